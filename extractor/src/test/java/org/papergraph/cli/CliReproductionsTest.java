package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.cli.CliTest.Run;
import org.papergraph.rdf.PG;
import org.papergraph.store.PaperStore;
import picocli.CommandLine;

/**
 * The reproductions listed at the top of issue 16, each run through the real command line against real
 * files and a real TDB2 database: what used to go wrong, and the exit code it now gives.
 */
class CliReproductionsTest {
    static final String ABSTRACT = "We propose GaLore, a training strategy evaluated on C4 and GLUE. GaLore reduces memory usage by up to 65.5%.";
    static final String ABSTRACT_2 = "We train ResNet-50 on ImageNet and report 76.1% top-1 accuracy with our new augmentation.";

    @TempDir
    static Path shared;
    static Path papers;
    static Path db;

    @BeforeAll
    static void loadOnce() throws Exception {
        papers = shared.resolve("papers.jsonl");
        Files.writeString(papers, line("GaLore paper", ABSTRACT) + line("ResNet paper", ABSTRACT_2));
        db = shared.resolve("db");
        Run load = run("load", papers.toString(), "--db", db.toString(), "--threads", "1");
        assertEquals(ExitCodes.OK, load.exit(), load.err());
    }

    static String line(String title, String abstractText) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return "{\"title\":" + json.writeValueAsString(title) + ",\"abstract\":" + json.writeValueAsString(abstractText) + "}\n";
    }

    private static List<String> entries(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void readCommandsRefuseAFolderThatHoldsNoDatabaseAndWriteNothing(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("x"));
        Run query = run("query", "papers-per-dataset", "--db", empty.toString());
        assertEquals(ExitCodes.NO_INPUT, query.exit(), query.err());
        assertTrue(query.err().contains("no papergraph database at " + empty), query.err());
        Run serve = run("serve", "--db", empty.toString(), "--port", "0");
        assertEquals(ExitCodes.NO_INPUT, serve.exit(), serve.err());
        assertEquals(List.of(), entries(empty));
        // A TDB2 database that papergraph did not write is refused too, and left as it was.
        Path other = dir.resolve("other");
        try (PaperStore store = PaperStore.open(other)) {
            store.quadCount();
        }
        Run foreign = run("query", "papers-per-dataset", "--db", other.toString());
        assertEquals(ExitCodes.NO_INPUT, foreign.exit(), foreign.err());
        assertTrue(foreign.err().contains("not a papergraph database"), foreign.err());
        Run missing = run("query", "papers-per-dataset", "--db", dir.resolve("none").toString());
        assertEquals(ExitCodes.NO_INPUT, missing.exit());
        assertFalse(Files.exists(dir.resolve("none")));
    }

    @Test
    void inputOfWhichNothingCanBeReadIsADataError(@TempDir Path dir) throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.jsonl"), "{not json at all\n");
        Run g = run("load", garbage.toString(), "--db", dir.resolve("db").toString(), "--validate", "off");
        assertEquals(ExitCodes.DATA_ERROR, g.exit(), g.err());
        assertTrue(g.err().contains(garbage + ":1: not valid JSON"), g.err());
        assertTrue(g.err().contains("nothing could be read"), g.err());
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Run e = run("extract", empty.toString());
        assertEquals(ExitCodes.DATA_ERROR, e.exit(), e.err());
        assertTrue(e.err().contains(empty + ": no papers in this input"), e.err());
    }

    @Test
    void extractJsonlOutputLoadsBack(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.txt"), "Daily Papers\n\nGaLore paper\n\n" + ABSTRACT + "\n\n  • 6 authors\n·\nApr 7, 2025 3\n\n"
                + "ResNet paper\n\n" + ABSTRACT_2 + "\n");
        Path out = dir.resolve("a.jsonl");
        Run extract = run("extract", page.toString(), "-f", "jsonl", "-o", out.toString(), "--threads", "1");
        assertEquals(ExitCodes.OK, extract.exit(), extract.err());
        assertEquals(2, Files.readAllLines(out).size());
        Run load = run("load", out.toString(), "--db", dir.resolve("db").toString(), "--threads", "1", "--validate", "off");
        assertEquals(ExitCodes.OK, load.exit(), load.err());
        assertTrue(load.err().contains("2 papers into " + dir.resolve("db") + " (0 duplicates skipped, 0 rejected, 0 warnings"), load.err());
        try (PaperStore store = PaperStore.openExisting(dir.resolve("db"))) {
            assertEquals(2, store.paperCount());
        }
    }

    @Test
    void anUncreatableOutputIs73AndAnOutputThatIsAnInputIsRefusedBeforeWriting(@TempDir Path dir) throws Exception {
        Run r = run("extract", "-o", "/nonexistent/dir/o.trig", papers.toString());
        assertEquals(ExitCodes.CANNOT_CREATE, r.exit(), r.err());
        assertTrue(r.err().contains("cannot create /nonexistent/dir/o.trig"), r.err());
        Path b = Files.writeString(dir.resolve("b.jsonl"), Files.readString(papers));
        byte[] before = Files.readAllBytes(b);
        Run same = run("extract", b.toString(), "-f", "jsonl", "-o", b.toString());
        assertEquals(ExitCodes.USAGE, same.exit(), same.err());
        assertTrue(same.err().contains("is also an input"), same.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(b));
        Run sameRejects = run("extract", b.toString(), "--rejects", dir.resolve(".").resolve("b.jsonl").toString());
        assertEquals(ExitCodes.USAGE, sameRejects.exit(), sameRejects.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(b));
    }

    @Test
    void badOptionValuesAreUsageErrorsThatListWhatIsAllowed() {
        Run stages = run("evaluate", "--gold", "x.jsonl", "--stages=bogus");
        assertEquals(ExitCodes.USAGE, stages.exit());
        assertTrue(stages.err().contains("'bogus' is not a stage; expected one of none, patterns, head-nouns, statistical"), stages.err());
        assertFalse(stages.err().contains("No enum constant"), stages.err());
        for (String[] args : new String[][] {{"extract", "--threads", "0"}, {"load", "--db", "d", "--threads", "-3"}, {"bench", "--rounds", "0"},
                {"bench", "--repeat", "0"}, {"bench", "--warmup", "-1"}, {"load", "--db", "d", "--batch", "0"}, {"serve", "--db", "d", "--port", "70000"},
                {"extract", "-f", "xml"}, {"query", "q", "--db", "d", "-f", "yaml"}, {"evaluate", "--gold", "g", "--reject-above", "2"}}) {
            Run r = run(args);
            assertEquals(ExitCodes.USAGE, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("Invalid value for option") || r.err().contains("Expected values:") || r.err().contains("valid values"),
                    String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertTrue(run("extract", "-f", "xml").err().contains("turtle, trig, nquads, jsonl"));
        assertTrue(run("extract", "--help").out().contains("Output format: turtle, trig, nquads, jsonl"));
    }

    @Test
    void aBusyPortIsFoundBeforeAnyWork(@TempDir Path dir) throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(busy.getLocalPort());
            Path upDb = dir.resolve("up-db");
            long started = System.nanoTime();
            Run up = run("up", papers.toString(), "--db", upDb.toString(), "--port", port);
            assertEquals(ExitCodes.CANNOT_CREATE, up.exit(), up.err());
            assertTrue(up.err().contains("port " + port + " is in use"), up.err());
            assertFalse(Files.exists(upDb), "nothing was extracted or loaded");
            assertTrue((System.nanoTime() - started) / 1e9 < 5, "found at once");
            Run serve = run("serve", "--db", db.toString(), "--port", port);
            assertEquals(ExitCodes.CANNOT_CREATE, serve.exit(), serve.err());
            assertFalse(serve.err().contains("Exception"), serve.err());
        }
        assertTrue(run("up", "--help").out().contains("--public"));
    }

    @Test
    void nquadsHaveNoRepeatedQuadsAndParse() throws Exception {
        // An entity named twice in an abstract used to repeat its type and label quads.
        Run r = run("extract", papers.toString(), "-f", "nquads", "--threads", "1");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() > 40, "quads: " + lines.size());
        assertEquals(lines.size(), new HashSet<>(lines).size(), "no quad is written twice");
        var dataset = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(r.out())).lang(Lang.NQUADS).parse(dataset);
        assertEquals(lines.size(), org.apache.jena.atlas.iterator.Iter.count(dataset.find()));
    }

    @Test
    void everyLoadIsRecordedInTheProvenanceGraph(@TempDir Path dir) throws Exception {
        Path twice = dir.resolve("db");
        for (int i = 0; i < 2; i++) {
            assertEquals(ExitCodes.OK, run("load", papers.toString(), "--db", twice.toString(), "--threads", "1", "--validate", "off").exit());
        }
        try (PaperStore store = PaperStore.openExisting(twice)) {
            long runs = Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().find(
                    org.apache.jena.graph.NodeFactory.createURI(PG.PROVENANCE_GRAPH), org.apache.jena.graph.Node.ANY,
                    org.apache.jena.vocabulary.RDF.type.asNode(), PG.ExtractionRun)));
            assertEquals(2, runs);
            assertEquals(2, store.paperCount());
        }
    }

    @Test
    void aConstructQueryIsAnsweredAsAGraphNeverAsATable(@TempDir Path dir) throws Exception {
        Path rq = Files.writeString(dir.resolve("c.rq"), "PREFIX pg: <https://w3id.org/papergraph/ns#>\nCONSTRUCT { ?p a pg:Paper } WHERE { ?p a pg:Paper }\n");
        Run csv = run("query", rq.toString(), "--db", db.toString(), "-f", "csv");
        assertEquals(ExitCodes.USAGE, csv.exit(), csv.err());
        assertTrue(csv.err().contains("is a CONSTRUCT query: its answer is a graph"), csv.err());
        assertEquals("", csv.out());
        Run nt = run("query", rq.toString(), "--db", db.toString(), "-f", "ntriples");
        assertEquals(ExitCodes.OK, nt.exit(), nt.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(nt.out())).lang(Lang.NTRIPLES).parse(g);
        assertEquals(2, g.size());
        Run selectAsTurtle = run("query", "papers-per-dataset", "--db", db.toString(), "-f", "turtle");
        assertEquals(ExitCodes.USAGE, selectAsTurtle.exit());
    }

    @Test
    void topLevelSummariesAreWholeSentences() {
        CommandLine cli = PapergraphCli.commandLine();
        String help = run("--help").out().replaceAll("\\s+", " ");
        for (CommandLine sub : cli.getSubcommands().values()) {
            String[] description = sub.getCommandSpec().usageMessage().description();
            if (sub.getCommandName().equals("help")) continue;
            assertTrue(description[0].endsWith("."), sub.getCommandName() + ": " + description[0]);
            assertTrue(help.contains(description[0].replaceAll("\\s+", " ")), "summary of " + sub.getCommandName() + " shown whole");
        }
    }

    @Test
    void aDbThatIsAFileIs73(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        for (String command : List.of("load", "query")) {
            Run r = command.equals("load") ? run("load", papers.toString(), "--db", file.toString()) : run("query", "papers-per-dataset", "--db", file.toString());
            assertEquals(ExitCodes.CANNOT_CREATE, r.exit(), r.err());
            assertTrue(r.err().contains("is a file, not a database folder"), r.err());
        }
        // A lock held by another process: DatabaseLockSlowTest (it needs a second JVM).
    }

    @Test
    void someRejectedIsExit3AndRejectsGoToTheRejectsFile(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("mixed.jsonl"), line("Good one", ABSTRACT)
                + "{\"title\":\"Bad\",\"abstract\":true}\n"
                + line("Huge", "word ".repeat(1_000_000))
                + line("Escape \u001b[2J title", ABSTRACT_2));
        Path rejects = dir.resolve("rejects.jsonl");
        Path mixedDb = dir.resolve("db");
        long started = System.nanoTime();
        Run r = run("load", input.toString(), "--db", mixedDb.toString(), "--rejects", rejects.toString(), "--threads", "1", "--validate", "off");
        assertEquals(ExitCodes.SOME_REJECTED, r.exit(), r.err());
        assertTrue((System.nanoTime() - started) / 1e9 < 60, "the 5 MB abstract is rejected, not extracted");
        assertTrue(r.err().contains(input + ":2: \"abstract\" should be a string, found boolean"), r.err());
        assertTrue(r.err().contains(input + ":3: abstract of \"Huge\" has 5,000,000 characters, over the cap of 100,000"), r.err());
        assertTrue(r.err().contains("2 papers into"), r.err());
        assertFalse(r.err().contains("\u001b"), "no raw ESC in messages");
        List<String> rejected = Files.readAllLines(rejects);
        assertEquals(2, rejected.size());
        JsonNode first = new ObjectMapper().readTree(rejected.get(0));
        assertEquals(input.toString(), first.get("file").asText());
        assertEquals(2, first.get("line").asInt());
        assertTrue(first.get("record").asText().contains("\"abstract\":true"));
        Run table = run("query", "papers-per-dataset", "--db", mixedDb.toString());
        assertEquals(ExitCodes.OK, table.exit(), table.err());
        Path titles = Files.writeString(dir.resolve("t.rq"), "SELECT ?t { ?p <http://purl.org/dc/terms/title> ?t }");
        Run t = run("query", titles.toString(), "--db", mixedDb.toString());
        assertTrue(t.out().contains("Escape [2J title"), t.out());
        assertFalse(t.out().contains("\u001b"), "stored text has no control characters, so tables print none");
    }

    @Test
    void aTableNeverPrintsRawControlCharactersEvenFromADatabaseWrittenByOthers(@TempDir Path dir) throws Exception {
        Path foreign = dir.resolve("db");
        assertEquals(ExitCodes.OK, run("load", papers.toString(), "--db", foreign.toString(), "--validate", "off").exit());
        try (PaperStore store = PaperStore.open(foreign)) {
            // Written around ingest, as another tool might: ESC and BEL in a title.
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(org.apache.jena.graph.NodeFactory.createURI(PG.ID + "paper/x"),
                    org.apache.jena.graph.NodeFactory.createURI(PG.ID + "paper/x"), org.apache.jena.vocabulary.DCTerms.title.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralString("Evil \u001b[2J\u0007 title")));
        }
        Path titles = Files.writeString(dir.resolve("t.rq"), "SELECT ?t { ?p <http://purl.org/dc/terms/title> ?t }");
        Run t = run("query", titles.toString(), "--db", foreign.toString());
        assertEquals(ExitCodes.OK, t.exit(), t.err());
        assertTrue(t.out().contains("Evil \\u001B[2J\\u0007 title"), t.out());
        assertFalse(t.out().chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r'), t.out());
    }

    @Test
    void missingFilesAndDirectoriesAsInputAre66(@TempDir Path dir) {
        Run missing = run("load", dir.resolve("no.jsonl").toString(), "--db", dir.resolve("db").toString());
        assertEquals(ExitCodes.NO_INPUT, missing.exit());
        assertTrue(missing.err().contains("no.jsonl does not exist"), missing.err());
        Run directory = run("extract", dir.toString());
        assertEquals(ExitCodes.NO_INPUT, directory.exit());
        assertTrue(directory.err().contains("is a directory"), directory.err());
        assertFalse(Files.exists(dir.resolve("db")), "checked before the database is created");
    }

    @Test
    void aFailureThatIsNoInputsFaultIs1WithoutAStackTrace(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("fuseki-config"));
        Files.writeString(home.resolve("fuseki-config/papergraph.ttl"), "@prefix fuseki: <http://jena.apache.org/fuseki#> .\n");
        Run r = CliTest.runWithHome(home.toString(), "serve", "--db", db.toAbsolutePath().toString(), "--port", "0");
        assertEquals(ExitCodes.FAILURE, r.exit(), r.err());
        assertTrue(r.err().contains("no fuseki:Service"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
