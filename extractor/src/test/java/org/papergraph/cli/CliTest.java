package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    /** Runs the CLI with the repository as home, capturing standard output and error. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        return runWithHome("..", args);
    }

    /** Runs the CLI with another home folder (its files win over those of the jar). */
    static synchronized Run runWithHome(String home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String oldHome = System.getProperty("papergraph.home");
        System.setProperty("papergraph.home", home);
        try {
            CommandLine cli = PapergraphCli.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            if (oldHome == null) System.clearProperty("papergraph.home"); else System.setProperty("papergraph.home", oldHome);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("extract", "load", "serve", "up", "evaluate", "train", "query", "bench", "export", "generate")) {
            Run r = run(command, "--help");
            assertEquals(ExitCodes.OK, r.exit(), command);
            assertTrue(r.out().contains("Usage: papergraph " + command), r.out());
        }
        assertEquals(ExitCodes.OK, run("--help").exit());
    }

    @Test
    void extractJsonlGivesOneLinePerDistinctPaperOfTheSampleCorpus() throws Exception {
        Run r = run("extract", "--format", "jsonl");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(211, lines.size());
        ObjectMapper json = new ObjectMapper();
        Set<String> titles = new HashSet<>();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            titles.add(node.get("title").asText().toLowerCase());
            assertTrue(node.get("entities").isArray());
            for (JsonNode e : node.get("entities")) {
                assertTrue(Set.of("METHOD", "MODEL", "DATASET", "METRIC", "TASK").contains(e.get("type").asText()));
                assertTrue(e.has("text") && e.has("canonical") && e.has("proposed"));
            }
        }
        assertEquals(211, titles.size());
        assertTrue(r.err().contains("54 duplicates skipped"), r.err());
    }

    @Test
    void aDashAsOutputIsStandardOutput() {
        Run r = run("extract", "--format", "jsonl", "-o", "-");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertEquals(211, r.out().lines().count());
        assertTrue(!java.nio.file.Files.exists(java.nio.file.Path.of("-")), "a file named '-' was written");
    }

    @Test
    void aMissingInputIsNamedAndGetsItsOwnExitCode() {
        Run r = run("extract", "no/such/file.txt");
        assertEquals(ExitCodes.NO_INPUT, r.exit());
        assertTrue(r.err().contains("no/such/file.txt"), r.err());
    }

    @Test
    void badLinesAreReportedAndTheRestIsLoadedAndQueried(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("papers.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"title\":\"A\",\"abstract\":\"We evaluate BERT on GLUE and SQuAD.\"}",
                "{broken",
                "{\"title\":\"B\",\"abstract\":\"We train ResNet-50 on ImageNet.\"}") + "\n");
        Path db = dir.resolve("db");
        Run load = run("load", input.toString(), "--db", db.toString());
        assertEquals(ExitCodes.SOME_REJECTED, load.exit(), load.err());
        assertTrue(load.err().contains(input + ":2: not valid JSON"), load.err());
        assertTrue(load.err().contains("2 papers"), load.err());
        Run query = run("query", "papers-per-dataset", "--db", db.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, query.exit(), query.err());
        assertTrue(query.out().contains("GLUE"), query.out());
        assertTrue(query.out().contains("ImageNet"), query.out());
        Run unknown = run("query", "no-such-query", "--db", db.toString());
        assertEquals(ExitCodes.NO_INPUT, unknown.exit());
        assertTrue(unknown.err().contains("papers-per-dataset"), unknown.err());
    }

    @Test
    void evaluatePrintsPerTypeFigures() {
        Path gold = Path.of("..", "..", "shared", "gold", "dev.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(gold), "shared/gold is beside the checkout");
        Run r = run("evaluate", "--gold", gold.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        for (String type : List.of("METHOD", "MODEL", "DATASET", "METRIC", "TASK", "micro", "results")) {
            assertTrue(r.out().contains(type), r.out());
        }
    }

    @Test
    void trainWritesAModelTheStatisticalStageCanRead(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model.bin");
        Run r = run("train", "-o", model.toString(), Path.of("training", "sample-corpus-01.jsonl").toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().contains("25 abstracts"), r.err());
        try (var in = Files.newInputStream(model)) {
            org.papergraph.extract.CandidateClassifier.read(in, 0.5);
        }
        Run cv = run("train", "--cross-validate", "2", Path.of("training", "sample-corpus-01.jsonl").toString());
        assertEquals(ExitCodes.OK, cv.exit(), cv.err());
        assertTrue(cv.out().contains("2-fold cross-validation over 25 abstracts"), cv.out());
        // One row for the rules alone and one per threshold, each with the extractor's entity figures.
        assertTrue(cv.out().lines().anyMatch(l -> l.startsWith("(no model)")), cv.out());
        assertEquals(org.papergraph.eval.CandidateTraining.THRESHOLDS.size(),
                cv.out().lines().filter(l -> l.matches("0\\.\\d\\d .*\\|\\s+0\\.\\d{3}\\s+0\\.\\d{3}\\s+0\\.\\d{3}")).count(), cv.out());
        assertEquals(ExitCodes.USAGE, run("train", "--cross-validate", "1", Path.of("training", "sample-corpus-01.jsonl").toString()).exit());
        Run missing = run("train", "-o", model.toString(), dir.resolve("no-such.jsonl").toString());
        assertEquals(ExitCodes.NO_INPUT, missing.exit());
        assertTrue(missing.err().contains("no-such.jsonl"), missing.err());
    }
}
