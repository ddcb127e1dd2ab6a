package org.papergraph.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.Recognizer;
import org.papergraph.ingest.Paper;

/** The shipped form of a recognizer cross-validation run: written, read back, and refused when it is something else. */
class FoldSpansTest {
    private static final Path SHIPPED = Path.of("training/recognizer-cv-spans.jsonl.gz");

    @Test
    void readingAndWritingAgainGivesTheSameBytesAndSpans(@TempDir Path dir) throws IOException {
        FoldSpans spans = FoldSpans.read(SHIPPED);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        spans.write(again);
        assertArrayEquals(Files.readAllBytes(SHIPPED), again.toByteArray());
        Path copy = dir.resolve("copy.jsonl.gz");
        Files.write(copy, again.toByteArray());
        FoldSpans read = FoldSpans.read(copy);
        assertEquals(spans.inputs(), read.inputs());
        Paper paper = new Paper("neurips2023-7ce738cafd", "", "", null, null, null, null, "test");
        assertTrue(read.holds(paper.id()));
        List<Recognizer.Span> got = read.spans(paper, null, null);
        assertEquals(spans.spans(paper, null, null), got);
        assertTrue(got.stream().allMatch(s -> s.start() < s.end() && s.confidence() > 0 && s.confidence() <= 1));
    }

    @Test
    void aFileThatIsNotFoldSpansFailsNamingIt(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("scores.jsonl");
        Files.writeString(plain, "{\"id\": \"x\", \"scores\": []}\n");
        IOException e = assertThrows(IOException.class, () -> FoldSpans.read(plain));
        assertTrue(e.getMessage().contains(plain.toString()), e.getMessage());
    }
}
