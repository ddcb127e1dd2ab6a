package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.FusekiConfigFile;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.extract.TestLexicons;
import org.papergraph.ingest.Paper;
import org.papergraph.model.Extraction;
import org.papergraph.nlp.OpenNlpAnalyzer;

class TextIndexedDatasetTest {
    private static final ProjectFiles REPO = ProjectFiles.at(Path.of(".."));

    static int hits(PaperStore store, String field, String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?s { ?s text:query (" + field + " \"" + word + "\") }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecution.create(q, DatasetFactory.wrap(store.dataset()))) {
                int n = 0;
                for (var rs = exec.execSelect(); rs.hasNext(); rs.next()) n++;
                return n;
            }
        });
    }

    private static Extraction paper(String abstractText) {
        return new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project())
                .extract(new Paper(null, "Sparse Widgets", abstractText, 2, null, null, null, "t:widgets"));
    }

    @Test
    void loadsKeepTheIndexInStepAndAMissingIndexIsRebuilt(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (PaperStore store = PaperStore.open(db, REPO)) {
            store.load(List.of(paper("We train ResNet-50 on ImageNet with quokka regularization.")));
            assertEquals(1, hits(store, "dcterms:abstract", "quokka"));
            assertEquals(1, hits(store, "dcterms:title", "widgets"));
            assertTrue(hits(store, "rdfs:label", "imagenet") >= 1);
            // Loading the paper again replaces its graph, and its index entries with it.
            store.load(List.of(paper("We train ResNet-50 on ImageNet with wombat regularization.")));
            assertEquals(0, hits(store, "dcterms:abstract", "quokka"));
            assertEquals(1, hits(store, "dcterms:abstract", "wombat"));
        }
        // A database whose index is gone (or was loaded before there was one) gets it rebuilt when opened.
        Path index = db.resolve("text-index");
        assertTrue(Files.isDirectory(index));
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (PaperStore store = PaperStore.open(db, REPO)) {
            assertEquals(1, hits(store, "dcterms:abstract", "wombat"));
            assertEquals(0, hits(store, "dcterms:abstract", "quokka"));
        }
    }

    @Test
    void aStockFusekiServerAcceptsTheConfigurationFile(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (PaperStore store = PaperStore.open(db, REPO)) {
            store.load(List.of(paper("We train ResNet-50 on ImageNet with quokka regularization.")));
        }
        // What `fuseki-server --config fuseki-config/papergraph.ttl` does, with the file's database folder moved.
        FusekiConfigFile config = FusekiConfigFile.read(REPO).forDatabase(db);
        FusekiServer server = FusekiServer.create().port(0).loopback(true).parseConfig(config.model()).build().start();
        try {
            String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                    + "SELECT ?s { ?s text:query (dcterms:abstract \"quokka\") }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort()
                    + "/papergraph/query?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(2, r.body().lines().count(), r.body());
        } finally {
            server.stop();
            org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(db.toString()));
        }
    }
}
