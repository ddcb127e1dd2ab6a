package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperStreamTest {
    private static final Path SEEDS = Path.of("..", "corpus");

    @Test
    void theSameTitleInTwoInputsIsOnePaper() throws Exception {
        String a = "{\"title\":\"Deep  Nets\",\"abstract\":\"One.\"}\n";
        String b = "{\"title\":\"deep nets \",\"abstract\":\"Two.\"}\n{\"title\":\"Other\",\"abstract\":\"Three.\"}\n";
        List<PaperStream.Opener> openers = List.of(
                () -> PaperSources.open("a.jsonl", new java.io.ByteArrayInputStream(a.getBytes())),
                () -> PaperSources.open("b.jsonl", new java.io.ByteArrayInputStream(b.getBytes())));
        List<Paper> papers = new ArrayList<>();
        try (PaperStream stream = new PaperStream(openers, p -> { })) {
            stream.forEachRemaining(papers::add);
            assertEquals(1, stream.duplicates());
        }
        assertEquals(List.of("One.", "Three."), papers.stream().map(Paper::abstractText).toList());
    }

    @Test
    void theFourSeedPagesHold265AbstractsOf211Papers() throws Exception {
        List<PaperStream.Opener> openers = new ArrayList<>();
        try (var files = Files.list(SEEDS)) {
            files.sorted().forEach(f -> openers.add(() -> PaperSources.open(f)));
        }
        List<InputProblem> problems = new ArrayList<>();
        List<Paper> papers = new ArrayList<>();
        try (PaperStream stream = new PaperStream(openers, problems::add)) {
            stream.forEachRemaining(papers::add);
            assertEquals(265, papers.size() + stream.duplicates());
        }
        assertEquals(211, papers.size());
        assertEquals(List.of(), problems);
    }
}
