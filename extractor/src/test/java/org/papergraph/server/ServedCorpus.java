package org.papergraph.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.system.Txn;
import org.papergraph.config.ProjectFiles;
import org.papergraph.rdf.OntologyFiles;
import org.papergraph.rdf.PG;
import org.papergraph.rdf.SampleCorpus;
import org.papergraph.store.PaperStore;

/** The sample corpus in a real TDB2 database in a temporary folder, and HTTP helpers for tests against a server. */
final class ServedCorpus {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The repository root: the project's files on disk. */
    static final ProjectFiles REPO = ProjectFiles.at(Path.of(".."));

    private static PaperStore sharedStore;
    private static PapergraphServer sharedServer;

    private ServedCorpus() {
    }

    /**
     * One server over the sample corpus for all the test classes of a run (loading it takes a while), in a
     * temporary folder; stopped and deleted when the JVM exits. Tests must not change its data.
     */
    static synchronized PapergraphServer server() throws Exception {
        if (sharedServer != null) return sharedServer;
        Path dir = java.nio.file.Files.createTempDirectory("papergraph-served-");
        sharedStore = load(dir.resolve("db"), REPO);
        sharedServer = PapergraphServer.create().dataset(sharedStore.dataset()).port(0).files(REPO).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sharedServer.stop();
            sharedStore.close();
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException ignored) {
                // A temporary folder left behind is harmless.
            }
        }));
        return sharedServer;
    }

    static synchronized PaperStore store() throws Exception {
        server();
        return sharedStore;
    }

    /** Opens a store in {@code dir} (through the configuration's text dataset) holding the sample corpus and the vocabulary. */
    static PaperStore load(Path dir, ProjectFiles files) throws Exception {
        PaperStore store = PaperStore.open(dir, files);
        var sample = SampleCorpus.dataset();
        Txn.executeWrite(store.dataset(), () -> sample.find().forEachRemaining(store.dataset()::add));
        store.replaceGraph(PG.VOCABULARY_GRAPH, OntologyFiles.ontologyAndVocabulary(files));
        return store;
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String endpoint, String sparql, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
