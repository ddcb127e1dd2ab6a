package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.ProjectFiles;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperStream;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PG;
import org.papergraph.store.PaperStore;

/**
 * Crash safety of {@code load}: a load of several hundred papers runs in a child JVM and is killed with
 * SIGKILL ({@code kill -9}) after it has committed a batch, at a random moment of the next one; twice. After
 * each kill the database opens, holds whole batches only (exactly the first N papers of the input, N a
 * multiple of the batch size) and every paper graph is whole. The load is then run to the end, and the
 * database holds exactly the quads of a clean load of the same input, none lost and none twice.
 */
class CrashSafetySlowTest {
    private static final int BATCH = 50;
    private static final int COPIES = 2;
    private static final Pattern COMMITTED = Pattern.compile("(\\d+) papers (?:committed|loaded)");

    @Test
    void aLoadKilledTwiceMidwayResumesToExactlyTheCleanLoad(@TempDir Path dir) throws Exception {
        List<String> ids = writeInput(dir.resolve("big.jsonl"));
        Path crashed = dir.resolve("crashed");
        Random random = new Random();
        int faults = 0;
        for (int kill = 0; kill < 2; kill++) {
            // In transactions from the first load on (--no-bulk): what is tested here is that whole batches survive.
            long committed = loadAndKill(dir.resolve("big.jsonl"), crashed, random.nextInt(400), "--no-bulk");
            assertTrue(committed >= BATCH, "killed after a commit: " + committed);
            faults++;
            checkWholeBatches(crashed, ids);
        }
        CliTest.Run resumed = CliTest.run("load", dir.resolve("big.jsonl").toString(), "--db", crashed.toString(), "--batch", "" + BATCH, "--validate", "off");
        assertEquals(ExitCodes.OK, resumed.exit(), resumed.err());
        Path clean = dir.resolve("clean");
        CliTest.Run cleanRun = CliTest.run("load", dir.resolve("big.jsonl").toString(), "--db", clean.toString(), "--batch", "" + BATCH, "--validate", "off");
        assertEquals(ExitCodes.OK, cleanRun.exit(), cleanRun.err());
        DatasetGraph after = withoutProvenance(crashed);
        DatasetGraph expected = withoutProvenance(clean);
        // Paper graphs have no blank nodes: compared quad by quad, to count what was lost or doubled.
        Set<Quad> ground = ground(expected);
        Set<Quad> groundAfter = ground(after);
        Set<Quad> missing = new HashSet<>(ground);
        missing.removeAll(groundAfter);
        Set<Quad> extra = new HashSet<>(groundAfter);
        extra.removeAll(ground);
        assertEquals(Set.of(), missing.stream().limit(10).collect(java.util.stream.Collectors.toSet()), "lost: " + missing.size());
        assertEquals(Set.of(), extra.stream().limit(10).collect(java.util.stream.Collectors.toSet()), "extra: " + extra.size());
        // The whole, with the vocabulary graph's blank nodes (OWL lists), by isomorphism.
        assertTrue(IsoMatcher.isomorphic(expected, after), "the database after the crashes and a re-run is isomorphic to a clean load's");
        try (PaperStore a = PaperStore.openExisting(crashed); PaperStore b = PaperStore.openExisting(clean)) {
            assertEquals(ids.size(), a.paperCount());
            assertEquals(b.paperCount(), a.paperCount());
        }
        System.err.printf("crash safety: %d papers, %d kill -9 survived, %d quads, 0 lost, 0 extra%n", ids.size(), faults, groundAfter.size());
    }

    /**
     * A first load into an empty database goes through the bulk loader, which is not transactional: killed midway,
     * the database is refused by readers with a message saying what to do, and the next load clears it and
     * loads from scratch, giving exactly the clean load's quads.
     */
    @Test
    void aBulkFirstLoadKilledMidwayIsRefusedByReadersAndTheNextLoadStartsAfresh(@TempDir Path dir) throws Exception {
        List<String> ids = writeInput(dir.resolve("big.jsonl"));
        Path crashed = dir.resolve("crashed");
        long loaded = loadAndKill(dir.resolve("big.jsonl"), crashed, new Random().nextInt(400));
        assertTrue(loaded >= BATCH, "killed during the bulk load: " + loaded);
        org.papergraph.store.StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(org.papergraph.store.StoreException.class,
                () -> PaperStore.openExisting(crashed));
        assertEquals(org.papergraph.store.StoreException.Kind.NOT_A_DATABASE, refused.kind());
        assertTrue(refused.getMessage().contains("run the load again"), refused.getMessage());
        CliTest.Run resumed = CliTest.run("load", dir.resolve("big.jsonl").toString(), "--db", crashed.toString(), "--batch", "" + BATCH, "--validate", "off");
        assertEquals(ExitCodes.OK, resumed.exit(), resumed.err());
        assertTrue(resumed.err().contains("it was cleared, and this load starts from scratch"), resumed.err());
        Path clean = dir.resolve("clean");
        CliTest.Run cleanRun = CliTest.run("load", dir.resolve("big.jsonl").toString(), "--db", clean.toString(), "--batch", "" + BATCH, "--validate", "off");
        assertEquals(ExitCodes.OK, cleanRun.exit(), cleanRun.err());
        assertEquals(ground(withoutProvenance(clean)), ground(withoutProvenance(crashed)), "exactly the clean load's quads");
        assertTrue(IsoMatcher.isomorphic(withoutProvenance(clean), withoutProvenance(crashed)));
        try (PaperStore a = PaperStore.openExisting(crashed)) {
            assertEquals(ids.size(), a.paperCount());
        }
    }

    /** The sample corpus, {@value #COPIES} times under new titles: a few hundred papers, several batches. */
    private static List<String> writeInput(Path file) throws Exception {
        Inputs corpus = Inputs.of(List.of(), ProjectFiles.at(Path.of("..")));
        List<Paper> papers = new ArrayList<>();
        try (PaperStream stream = corpus.stream(new java.io.PrintWriter(java.io.Writer.nullWriter()))) {
            stream.forEachRemaining(papers::add);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < COPIES; copy++) {
                for (Paper p : papers) {
                    ObjectNode line = json.createObjectNode();
                    String title = p.title() + " (copy " + copy + ")";
                    line.put("title", title);
                    line.put("abstract", p.abstractText());
                    out.write(json.writeValueAsString(line));
                    out.write('\n');
                    ids.add(new Paper(null, title, p.abstractText(), null, null, null, null, "").id());
                }
            }
        }
        return ids;
    }

    /** Starts a load in a child JVM, waits for its first commit, waits {@code delayMs} more and kills it with SIGKILL. */
    private static long loadAndKill(Path input, Path db, int delayMs, String... more) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Dpapergraph.home=..",
                PapergraphCli.class.getName(), "load", input.toString(), "--db", db.toString(), "--batch", "" + BATCH,
                "--validate", "off", "--progress"));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process child = builder.start();
        StringBuilder err = new StringBuilder();
        Thread reader = new Thread(() -> drain(child.getErrorStream(), err));
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        long committed = 0;
        while (committed == 0 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            synchronized (err) {
                Matcher m = COMMITTED.matcher(err);
                while (m.find()) committed = Math.max(committed, Long.parseLong(m.group(1)));
            }
        }
        if (!child.isAlive()) {
            reader.join(5000);
            synchronized (err) {
                throw new AssertionError("the load ended (exit " + child.exitValue() + ") before it could be killed: " + err
                        + "; class path " + System.getProperty("java.class.path"));
            }
        }
        Thread.sleep(delayMs);
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by signal 9");
        return committed;
    }

    private static void drain(InputStream in, StringBuilder into) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            char[] buf = new char[4096];
            int n;
            while ((n = r.read(buf)) > 0) {
                synchronized (into) {
                    into.append(buf, 0, n);
                }
            }
        } catch (java.io.IOException e) {
            // The child died: its stream ends.
        }
    }

    /** The database opens and holds exactly the first N papers of the input, N a multiple of the batch, each paper whole. */
    private static void checkWholeBatches(Path db, List<String> ids) {
        try (PaperStore store = PaperStore.openExisting(db)) {
            Txn.executeRead(store.dataset(), () -> {
                Set<String> present = new HashSet<>();
                store.dataset().listGraphNodes().forEachRemaining(g -> {
                    if (g.getURI().startsWith(PG.ID + "paper/")) present.add(g.getURI());
                });
                int n = present.size();
                assertTrue(n % BATCH == 0 || n == ids.size(), "whole batches only: " + n);
                Set<String> firstN = new HashSet<>();
                for (String id : ids.subList(0, n)) firstN.add(Iris.paper(id));
                assertEquals(firstN, present, "the papers present are the first " + n + " of the input");
                for (String graph : present) {
                    Node g = NodeFactory.createURI(graph);
                    assertEquals(1, count(store, g, g, RDF.type.asNode(), PG.Paper), graph);
                    assertEquals(1, count(store, g, g, DCTerms.title.asNode(), Node.ANY), graph);
                    assertEquals(1, count(store, g, g, DCTerms.abstract_.asNode(), Node.ANY), graph);
                }
            });
        }
    }

    private static long count(PaperStore store, Node g, Node s, Node p, Node o) {
        return org.apache.jena.atlas.iterator.Iter.count(store.dataset().find(g, s, p, o));
    }

    /** An in-memory copy of every quad but those of the provenance graph (which records each completed run, so differs by design). */
    private static DatasetGraph withoutProvenance(Path db) {
        try (PaperStore store = PaperStore.openExisting(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph copy = DatasetGraphFactory.create();
                Node provenance = NodeFactory.createURI(PG.PROVENANCE_GRAPH);
                store.dataset().find().forEachRemaining((Quad q) -> {
                    if (!q.getGraph().equals(provenance)) copy.add(q);
                });
                return copy;
            });
        }
    }

    private static Set<Quad> ground(DatasetGraph dataset) {
        Set<Quad> quads = new HashSet<>();
        dataset.find().forEachRemaining(q -> {
            if (!q.getSubject().isBlank() && !q.getObject().isBlank()) quads.add(q);
        });
        return quads;
    }
}
