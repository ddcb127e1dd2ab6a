package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.ProjectFiles;
import org.papergraph.store.PaperStore;
import org.papergraph.store.PaperStoreTest;

/** The pages and WebJars on a real server, next to the SPARQL endpoint. */
class StaticFilesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    private static PaperStore store;
    private static PapergraphServer server;

    @BeforeAll
    static void start() {
        store = PaperStore.open(dir.resolve("db"));
        store.load(PaperStoreTest.fewAbstracts());
        server = PapergraphServer.create().dataset(store.dataset()).port(0).files(ProjectFiles.at(Path.of(".."))).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesThePageAndTheChartLibraryFromTheJar() throws Exception {
        HttpResponse<String> page = get("/www/leaderboard.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().toString());
        assertTrue(page.body().contains("../webjars/echarts/5.3.1/dist/echarts.min.js"), page.body());
        assertFalse(page.body().matches("(?s).*src=\"https?://.*"), "no script from the network");
        HttpResponse<String> echarts = get("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertEquals(200, echarts.statusCode());
        assertTrue(echarts.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(echarts.body().length() > 500_000, "echarts.min.js: " + echarts.body().length() + " chars");
        assertEquals(200, get("/www/leaderboard.js").statusCode());
    }

    @Test
    void missingFilesAndPathsOutOfTheFoldersAre404AndOtherMethods405() throws Exception {
        assertEquals(404, get("/www/no-such-page.html").statusCode());
        assertEquals(404, get("/www/").statusCode());
        // Jetty itself refuses an encoded climb (400); the filter would not look it up either.
        int climb = get("/www/%2e%2e/models/entity-candidates.bin").statusCode();
        assertTrue(climb == 400 || climb == 404, "status " + climb);
        for (String name : new String[] {"../models/entity-candidates.bin", "a/../../x.js", "./leaderboard.html", "a//b.js", "dir/", "noextension", "a\\b.js", "x%2e.js"}) {
            assertFalse(StaticFiles.isPlainPath(name), name);
        }
        assertTrue(StaticFiles.isPlainPath("echarts/5.3.1/dist/echarts.min.js"));
        assertEquals(404, get("/webjars/echarts/5.3.1/").statusCode());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/www/leaderboard.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void theEndpointStillAnswersBesideThePages() throws Exception {
        HttpResponse<String> ask = get("/papergraph/query?query=" + java.net.URLEncoder.encode("ASK { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, ask.statusCode(), ask.body());
        assertTrue(ask.body().contains("true"), ask.body());
    }
}
