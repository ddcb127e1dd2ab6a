package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.FusekiConfigFile;
import org.papergraph.config.ProjectFiles;
import org.papergraph.store.PaperStore;
import org.papergraph.store.PaperStoreTest;

/**
 * A server with updates enabled for the users of a password file, and a configuration whose query timeout is
 * 500 ms (the repository's file with that one value changed), over a real TDB2 database.
 */
class UpdatesAndTimeoutIT {
    @TempDir
    static Path dir;
    static PaperStore store;
    static PapergraphServer server;

    @BeforeAll
    static void start() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("fuseki-config"));
        String config = Files.readString(Path.of("..", FusekiConfigFile.PATH));
        assertTrue(config.contains("\"30000\""));
        Files.writeString(home.resolve(FusekiConfigFile.PATH), config.replace("\"30000\"", "\"500\""));
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "# papergraph writers\neditor: s3cret\n");
        ProjectFiles files = ProjectFiles.at(home);
        store = PaperStore.open(dir.resolve("db"), files);
        store.load(PaperStoreTest.fewAbstracts());
        server = PapergraphServer.create().dataset(store.dataset()).port(0).files(files).updates(passwords).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    private static HttpResponse<String> update(String sparql, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.localUrl() + "papergraph/update"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return ServedCorpus.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int rows(String sparql) throws Exception {
        HttpResponse<String> r = ServedCorpus.query(server.queryUrl(), sparql, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return (int) r.body().lines().count() - 1;
    }

    private static final String INSERT = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            INSERT DATA { GRAPH <https://w3id.org/papergraph/id/paper/added> {
              <https://w3id.org/papergraph/id/paper/added> dcterms:title "Zyzzyva networks for sparse attention" } }""";
    private static final String FIND = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?p { ?p text:query (dcterms:title "zyzzyva") }""";

    @Test
    void anUpdateWithoutCredentialsIsRefusedAndWithThemApplied() throws Exception {
        long before = store.quadCount();
        int status = update(INSERT, null, null).statusCode();
        assertTrue(status == 401 || status == 403, "status " + status);
        assertEquals(401, update(INSERT, "editor", "wrong").statusCode());
        assertTrue(update("CLEAR ALL", "nobody", "s3cret").statusCode() >= 400);
        assertEquals(before, store.quadCount(), "refused updates changed the data");
        assertEquals(0, rows(FIND));

        HttpResponse<String> ok = update(INSERT, "editor", "s3cret");
        assertTrue(ok.statusCode() / 100 == 2, ok.statusCode() + " " + ok.body());
        assertEquals(before + 1, store.quadCount());
        // The update went through the text dataset: the new title is indexed.
        assertEquals(1, rows(FIND));
        // The public endpoints stay read-only.
        HttpResponse<String> viaQuery = ServedCorpus.HTTP.send(HttpRequest.newBuilder(URI.create(server.queryUrl()))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(viaQuery.statusCode() >= 400, "query endpoint took an update: " + viaQuery.statusCode());
        assertEquals(before + 1, store.quadCount());
    }

    @Test
    void aQueryPastTheTimeoutIsCutOffAndTheServerGoesOnAnswering() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long started = System.nanoTime();
        HttpResponse<String> r = ServedCorpus.query(server.queryUrl(), slow, "application/sparql-results+json");
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ms < 10_000, "cut off after " + ms + " ms");
        assertTrue(rows("SELECT * { ?s ?p ?o } LIMIT 3") == 3);
        String q = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        assertEquals(200, ServedCorpus.get(server.queryUrl() + "?query=" + q, "application/sparql-results+json").statusCode());
    }

    @Test
    void aTimeoutWhileRowsStreamIsAnErrorNotACutAnswer() throws Exception {
        // Rows trickle out of a four-way cross product with a rare match: the timeout strikes between rows.
        String trickle = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l FILTER(?c = ?f && ?f = ?i && ?i = ?l && ?a != ?d) }";
        HttpResponse<String> r = ServedCorpus.query(server.queryUrl(), trickle, "application/sparql-results+json");
        if (r.statusCode() == 200) {
            // Only acceptable if the answer is complete.
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
            assertTrue(r.body().trim().endsWith("}"), "a 200 with a cut body");
        } else {
            assertEquals(503, r.statusCode(), r.body());
        }
        assertEquals(3, rows("SELECT * { ?s ?p ?o } LIMIT 3"));
    }
}
