package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.ProjectFiles;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperStream;
import org.papergraph.rdf.PG;
import org.papergraph.store.PaperStore;

/**
 * The bulk first load, N-Quads shards and one graph per paper, through the command line on a real TDB2
 * database: 40 papers of the sample corpus as JSON Lines.
 */
class BulkLoadTest {
    private static final int PAPERS = 40;
    @TempDir
    static Path dir;
    static Path input;

    @BeforeAll
    static void writeInput() throws Exception {
        Inputs corpus = Inputs.of(List.of(), ProjectFiles.at(Path.of("..")));
        List<Paper> papers = new ArrayList<>();
        try (PaperStream stream = corpus.stream(new java.io.PrintWriter(java.io.Writer.nullWriter()))) {
            while (stream.hasNext() && papers.size() < PAPERS) papers.add(stream.next());
        }
        input = dir.resolve("papers.jsonl");
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (Paper p : papers) {
                ObjectNode line = json.createObjectNode();
                line.put("title", p.title());
                line.put("abstract", p.abstractText());
                out.write(json.writeValueAsString(line));
                out.write('\n');
            }
        }
    }

    private static CliTest.Run load(String... args) {
        List<String> all = new ArrayList<>(List.of("load", "--threads", "1", "--validate", "off"));
        all.addAll(List.of(args));
        CliTest.Run r = CliTest.run(all.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        return r;
    }

    @Test
    void aBulkFirstLoadAndATransactionalLoadGiveIsomorphicDatasetsAndTheSameTextIndex() {
        Path bulk = dir.resolve("bulk");
        Path transactions = dir.resolve("transactions");
        assertTrue(load(input.toString(), "--db", bulk.toString()).err().contains("bulk load into the empty database"));
        assertTrue(load(input.toString(), "--db", transactions.toString(), "--no-bulk", "--batch", "7").err().contains("in transactions"));
        assertTrue(IsoMatcher.isomorphic(withoutProvenance(transactions), withoutProvenance(bulk)),
                "every graph but the provenance graph is the same");
        assertEquals(textSearch(transactions, "segmentation"), textSearch(bulk, "segmentation"));
        assertEquals(textSearch(transactions, "imagenet"), textSearch(bulk, "imagenet"));
        assertFalse(textSearch(bulk, "segmentation").isEmpty());
        // Loading again goes through transactions and changes nothing.
        assertTrue(load(input.toString(), "--db", bulk.toString()).err().contains("in transactions"));
        assertTrue(IsoMatcher.isomorphic(withoutProvenance(transactions), withoutProvenance(bulk)));
    }

    @Test
    void loadingTheShardsGivesWhatLoadingTheirJsonLinesGivesAndTwiceChangesNothing() throws Exception {
        Path shards = dir.resolve("shards");
        CliTest.Run extract = CliTest.run("extract", input.toString(), "--shards", shards.toString(), "--shard-size", "15", "--threads", "2");
        assertEquals(ExitCodes.OK, extract.exit(), extract.err());
        List<String> names;
        try (var files = Files.list(shards)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("part-00000.nq.gz", "part-00001.nq.gz", "part-00002.nq.gz"), names);
        List<String> lines = new ArrayList<>();
        for (String n : names) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(shards.resolve(n)))) {
                lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }
        assertEquals(lines.size(), new HashSet<>(lines).size(), "no quad is written twice");
        Path fromShards = dir.resolve("from-shards");
        Path fromJson = dir.resolve("from-json");
        load(shards.toString(), "--db", fromShards.toString());
        load(input.toString(), "--db", fromJson.toString());
        DatasetGraph once = withoutProvenance(fromShards);
        assertTrue(IsoMatcher.isomorphic(withoutProvenance(fromJson), once), "shards load as the JSON Lines they came from");
        CliTest.Run again = load(shards.toString(), "--db", fromShards.toString());
        assertTrue(again.err().contains(PAPERS + " papers into"), again.err());
        assertTrue(IsoMatcher.isomorphic(once, withoutProvenance(fromShards)), "loading the same shards twice changes nothing");
        try (PaperStore store = PaperStore.openExisting(fromShards)) {
            assertEquals(PAPERS, store.paperCount());
            long runs = Txn.calculateRead(store.dataset(), () -> org.apache.jena.atlas.iterator.Iter.count(store.dataset().find(
                    NodeFactory.createURI(PG.PROVENANCE_GRAPH), Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), PG.ExtractionRun)));
            assertEquals(2, runs, "each run is recorded");
        }
    }

    @Test
    void theSamePaperLoadedWithoutAndThenWithAnIdIsOneGraph() throws Exception {
        Path first = dir.resolve("no-id.jsonl");
        Path second = dir.resolve("with-id.jsonl");
        String abs = "We propose QuokkaNet, a network evaluated on ImageNet, where it reaches 81.2% top-1 accuracy.";
        Files.writeString(first, "{\"title\":\"QuokkaNet: A Network\",\"abstract\":\"" + abs + "\"}\n");
        Files.writeString(second, "{\"id\":\"x1\",\"title\":\"QuokkaNet:  a network\",\"abstract\":\"" + abs + "\"}\n");
        Path db = dir.resolve("one-graph");
        load(first.toString(), "--db", db.toString());
        CliTest.Run r = load(second.toString(), "--db", db.toString());
        assertTrue(r.err().contains("1 earlier graphs of the same papers replaced"), r.err());
        try (PaperStore store = PaperStore.openExisting(db)) {
            assertEquals(1, store.paperCount());
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(NodeFactory.createURI(PG.ID + "paper/x1"))));
        }
    }

    @Test
    void aDatabaseLeftByAnInterruptedBulkLoadIsRefusedByReadersAndClearedByTheNextLoad() throws Exception {
        Path db = dir.resolve("interrupted");
        load(input.toString(), "--db", db.toString());
        // What a kill during the bulk load leaves: the marker (the kill itself is CrashSafetySlowTest's).
        Files.writeString(db.resolve("bulk-load-incomplete"), "");
        CliTest.Run q = CliTest.run("query", "papers-per-dataset", "--db", db.toString());
        assertEquals(ExitCodes.NO_INPUT, q.exit(), q.err());
        assertTrue(q.err().contains("its first load was interrupted during the bulk load; run the load again"), q.err());
        CliTest.Run again = load(input.toString(), "--db", db.toString());
        assertTrue(again.err().contains("it was cleared, and this load starts from scratch"), again.err());
        assertTrue(again.err().contains("bulk load into the empty database"), again.err());
        assertFalse(Files.exists(db.resolve("bulk-load-incomplete")));
        try (PaperStore store = PaperStore.openExisting(db)) {
            assertEquals(PAPERS, store.paperCount());
        }
    }

    /** Every quad but those of the provenance graph (which records each run, so differs by design). */
    static DatasetGraph withoutProvenance(Path db) {
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

    private static Set<String> textSearch(Path db, String word) {
        try (PaperStore store = PaperStore.openExisting(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<String> found = new HashSet<>();
                String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"" + word + "\" }";
                try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(store.dataset()))) {
                    qe.execSelect().forEachRemaining(row -> found.add(row.get("s").toString()));
                }
                return found;
            });
        }
    }
}
