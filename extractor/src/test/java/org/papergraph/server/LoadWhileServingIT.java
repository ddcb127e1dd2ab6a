package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.model.Extraction;
import org.papergraph.rdf.ExtractionMapper;
import org.papergraph.rdf.OntologyFiles;
import org.papergraph.rdf.PG;
import org.papergraph.store.PaperStore;
import org.papergraph.store.RemotePaperStore;

/**
 * Papers loaded into a served database through its update endpoint while readers keep querying it: every
 * query is answered, no reader ever sees a paper's graph partly written, and the database ends with exactly
 * the graphs a local load writes.
 */
class LoadWhileServingIT {
    private static final String GRAPH_SIZES = """
            SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "%s")) } GROUP BY ?g
            """.formatted(PG.ID + "paper/");

    @Test
    void readersSeeWholePapersAndNoErrorsDuringALoad(@TempDir Path dir) throws Exception {
        List<Extraction> corpus = org.papergraph.store.SampleDatabase.extractions();
        List<Extraction> before = corpus.subList(0, 30);
        List<Extraction> loaded = corpus.subList(30, corpus.size());
        Map<String, Long> expectedSize = new HashMap<>();
        // What a local load stores: TDB2 keeps numbers by value ("99"^^xsd:decimal comes back as "99.0").
        DatasetGraph expected = DatabaseMgr.createDatasetGraph();
        ExtractionMapper mapper = new ExtractionMapper();
        Txn.executeWrite(expected, () -> {
            for (Extraction e : corpus) mapper.write(e, StreamRDFLib.dataset(expected));
        });
        Txn.executeRead(expected, () -> expected.listGraphNodes().forEachRemaining(g ->
                expectedSize.put(g.getURI(), (long) expected.getGraph(g).size())));

        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "loader: pa55word\n");
        try (PaperStore store = PaperStore.open(dir.resolve("db"), ServedCorpus.REPO)) {
            store.replaceGraph(PG.VOCABULARY_GRAPH, OntologyFiles.ontologyAndVocabulary(ServedCorpus.REPO));
            store.load(before);
            PapergraphServer server = PapergraphServer.create().dataset(store.dataset()).port(0).files(ServedCorpus.REPO)
                    .updates(passwords).build().start();
            try {
                AtomicBoolean loading = new AtomicBoolean(true);
                List<String> failures = new CopyOnWriteArrayList<>();
                AtomicLong answered = new AtomicLong();
                Map<Integer, Long> statuses = new ConcurrentHashMap<>();
                List<Thread> readers = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    Thread reader = new Thread(() -> read(server, expectedSize, loading, failures, answered, statuses), "reader-" + i);
                    reader.start();
                    readers.add(reader);
                }
                RemotePaperStore remote = RemotePaperStore.connect(URI.create(server.localUrl() + "papergraph/update"), passwords);
                long sent;
                try {
                    sent = remote.load(loaded.iterator(), 8, n -> { });
                } finally {
                    loading.set(false);
                    for (Thread reader : readers) reader.join(60_000);
                }
                assertEquals(loaded.size(), sent);
                assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + (failures.isEmpty() ? "" : failures.get(0)));
                assertEquals(Map.of(200, answered.get()), statuses, "HTTP statuses of the readers' queries");
                assertTrue(answered.get() >= 10, "the readers queried during the load: " + answered.get());
            } finally {
                server.stop();
            }
            Txn.executeRead(expected, () -> Txn.executeRead(store.dataset(), () -> {
                for (Node g : (Iterable<Node>) expected::listGraphNodes) {
                    var want = canonical(expected.getGraph(g));
                    var got = canonical(store.dataset().getGraph(g));
                    assertTrue(want.isIsomorphicWith(got), () -> "graph " + g + ": missing "
                            + want.find().filterDrop(got::contains).toList() + ", extra " + got.find().filterDrop(want::contains).toList());
                }
            }));
            assertEquals(corpus.size(), store.paperCount());
        }
    }

    /** A copy with literals in canonical form: the two databases may spell the same number differently. */
    private static org.apache.jena.graph.Graph canonical(org.apache.jena.graph.Graph graph) {
        var copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        var literals = org.apache.jena.riot.process.normalize.CanonicalizeLiteral.get();
        graph.find().forEachRemaining(t -> copy.add(org.apache.jena.graph.Triple.create(t.getSubject(), t.getPredicate(),
                literals.apply(t.getObject()))));
        return copy;
    }

    /** Queries the sizes of all paper graphs until the load ends; a graph must have all its quads or be absent. */
    private static void read(PapergraphServer server, Map<String, Long> expectedSize, AtomicBoolean loading,
                             List<String> failures, AtomicLong answered, Map<Integer, Long> statuses) {
        long graphsSeen = 0;
        do {
            try {
                var response = ServedCorpus.query(server.queryUrl(), GRAPH_SIZES, "text/csv");
                statuses.merge(response.statusCode(), 1L, Long::sum);
                answered.incrementAndGet();
                if (response.statusCode() != 200) {
                    failures.add("HTTP " + response.statusCode() + ": " + response.body());
                    continue;
                }
                List<String> rows = response.body().lines().skip(1).toList();
                for (String row : rows) {
                    String[] cells = row.split(",");
                    long n = Long.parseLong(cells[1].strip());
                    Long whole = expectedSize.get(cells[0]);
                    if (whole == null || whole != n) failures.add("graph " + cells[0] + " seen with " + n + " of " + whole + " quads");
                }
                if (rows.size() < graphsSeen) failures.add("papers went from " + graphsSeen + " to " + rows.size());
                graphsSeen = rows.size();
            } catch (Exception e) {
                failures.add(e.toString());
            }
        } while (loading.get());
    }
}
