package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymFinderTest {
    private final AcronymFinder finder = new AcronymFinder();

    private List<String> pairs(String text) {
        return finder.find(text).stream().map(d -> d.shortForm() + "=" + d.longForm()).toList();
    }

    @Test
    void findsLongFormsWhoseLettersSpellTheAcronym() {
        assertEquals(List.of("GaLore=Gradient Low-Rank Projection"), pairs("We propose Gradient Low-Rank Projection (GaLore), a strategy."));
        assertEquals(List.of("LLMs=Large Language Models"), pairs("Training Large Language Models (LLMs) is costly."));
        assertEquals(List.of("MoD=Mixture-of-Denoisers"), pairs("we propose Mixture-of-Denoisers (MoD), a pre-training objective"));
    }

    @Test
    void ignoresParenthesesThatAreNoAcronyms() {
        assertTrue(pairs("the results (see below) are good (e.g., 3x).").isEmpty());
        assertTrue(pairs("a random phrase (XYZ) here").isEmpty());
    }

    @Test
    void findsDefinitionsWrittenOutInWords() {
        assertEquals(List.of("QUUX=Quick Unsupervised Universal Xformer"),
                pairs("we build on Quick Unsupervised Universal Xformer, or QUUX for short. It is fast."));
    }
}
