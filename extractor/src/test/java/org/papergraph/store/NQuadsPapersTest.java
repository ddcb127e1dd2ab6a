package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.InputProblem;
import org.papergraph.rdf.PG;

class NQuadsPapersTest {
    private static String quad(String paper, String p, String o) {
        String g = "<" + PG.ID + "paper/" + paper + ">";
        return g + " <" + p + "> " + o + " " + g + " .";
    }

    private static final String TITLE = "http://purl.org/dc/terms/title";
    private static final String ABSTRACT = "http://purl.org/dc/terms/abstract";

    private static List<String> paper(String id) {
        return List.of(quad(id, TITLE, "\"Title " + id + "\""), quad(id, ABSTRACT, "\"Abstract " + id + ".\""),
                quad(id, PG.titleKey.getURI(), "\"title " + id + "\""));
    }

    private static List<PaperGraph> read(List<Path> files, List<InputProblem> problems) {
        List<PaperGraph> out = new ArrayList<>();
        try (NQuadsPapers papers = new NQuadsPapers(files, problems::add)) {
            papers.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void aBrokenLineIsReportedWithFileAndLineAndItsPaperIsDroppedWholeTheRestLoads(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(paper("a"));
        List<String> b = new ArrayList<>(paper("b"));
        b.set(1, b.get(1).replace(" .", "")); // line 5: no final dot
        lines.addAll(b);
        lines.addAll(paper("c"));
        lines.add("<" + PG.VOCABULARY_GRAPH + "> <" + TITLE + "> \"v\" <" + PG.VOCABULARY_GRAPH + "> .");
        Path file = dir.resolve("in.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<InputProblem> problems = new ArrayList<>();
        List<PaperGraph> papers = read(List.of(file), problems);
        assertEquals(List.of(PG.ID + "paper/a", PG.ID + "paper/c"), papers.stream().map(p -> p.graph().getURI()).toList());
        assertEquals(3, papers.get(0).quads().size());
        assertEquals("title a", papers.get(0).titleKey());
        InputProblem broken = problems.stream().filter(InputProblem::rejected).findFirst().orElseThrow();
        assertEquals(file.toString(), broken.file());
        assertEquals(5, broken.line(), problems.toString());
        assertEquals(1, problems.stream().filter(InputProblem::rejected).count(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.problem().contains("paper/b not loaded")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.problem().contains("1 quads of <" + PG.VOCABULARY_GRAPH + "> skipped")), problems.toString());
    }

    @Test
    void aBrokenLineBetweenTwoPapersDropsOnlyThePaperItNames(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(paper("a"));
        lines.add(quad("b", TITLE, "\"unterminated"));
        lines.addAll(paper("b").subList(1, 3));
        lines.addAll(paper("c"));
        Path file = dir.resolve("in.nq");
        Files.write(file, lines);
        List<InputProblem> problems = new ArrayList<>();
        List<PaperGraph> papers = read(List.of(file), problems);
        assertEquals(List.of(PG.ID + "paper/a", PG.ID + "paper/c"), papers.stream().map(p -> p.graph().getURI()).toList(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.rejected() && p.line() == 4), problems.toString());
    }

    @Test
    void jsonLinesNamedNqAreRefusedOnceAsAWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("papers.nq");
        Files.writeString(file, "{\"title\":\"T\",\"abstract\":\"A\"}\n{\"title\":\"U\",\"abstract\":\"B\"}\n");
        Path good = dir.resolve("good.nq");
        Files.write(good, paper("g"));
        List<InputProblem> problems = new ArrayList<>();
        List<PaperGraph> papers = read(List.of(file, good), problems);
        assertEquals(1, papers.size());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).problem().startsWith("named like N-Quads but holds no N-Quads statements"), problems.toString());
    }
}
