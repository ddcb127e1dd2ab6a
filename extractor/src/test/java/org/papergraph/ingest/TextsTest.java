package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void cleaningStripsControlsAndKeepsEverythingElse() {
        assertEquals("Title red ", Texts.clean("Ti\u0000tle\u001b red\u007f\u0085"), "NEL is a line break, so a space");
        assertEquals("a b c", Texts.clean("a\tb\nc"));
        assertEquals("x\ufffdy\ufffd", Texts.clean("x\ud800y\udc00"));
        assertEquals("🚀 نموذج é", Texts.clean("🚀 نموذج é"));
        assertEquals("ab", Texts.clean("a\ufffeb\uffff"));
        String plain = "nothing to do";
        assertTrue(plain == Texts.clean(plain), "no copy when nothing changes");
    }

    @Test
    void visibleMeansMoreThanSpacesControlsAndMarks() {
        assertFalse(Texts.hasVisible(" \u00a0\u202f\u200b\u200d\u2060\ufeff\u3000"));
        assertFalse(Texts.hasVisible("\u0301\u0302"));
        assertTrue(Texts.hasVisible(" \u00a0x"));
        assertTrue(Texts.hasVisible("模型"));
        assertTrue(Texts.hasVisible("🚀"));
    }

    @Test
    void messagesNeverCarryRawControlsOrBidiOverrides() {
        assertEquals("a\\u001B[2Jb\\u0000 \\u202E", Texts.printable("a\u001b[2Jb\u0000 \u202e"));
        assertEquals("lone \\uD800", Texts.printable("lone \ud800"));
        assertEquals("🚀", Texts.printable("🚀"));
    }

    @Test
    void recordRulesNameTheProblem() {
        assertNull(Texts.recordProblem("T", "An abstract."));
        assertEquals("missing \"title\"", Texts.recordProblem("", "x"));
        assertTrue(Texts.recordProblem("T", "x".repeat(Texts.MAX_ABSTRACT_CHARS + 1)).contains("over the cap of 100,000"));
        assertNull(Texts.recordProblem("T", "x".repeat(Texts.MAX_ABSTRACT_CHARS)));
        assertTrue(Texts.recordProblem("T".repeat(Texts.MAX_TITLE_CHARS + 1), "x").startsWith("title of 2,001 characters"));
    }
}
