package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.ProjectFiles;
import org.papergraph.store.PaperStore;
import org.papergraph.store.PaperStoreTest;

/** A real TDB2 database in a temporary folder, served by a real Fuseki on a free loopback port. */
class PapergraphServerIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> query(PapergraphServer server, String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.queryUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesPapersWithTheirMethodsAndDatasetsOverHttp(@TempDir Path dir) throws Exception {
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            store.load(PaperStoreTest.fewAbstracts());
            PapergraphServer server = PapergraphServer.create().dataset(store.dataset()).port(0)
                    .files(ProjectFiles.at(Path.of(".."))).build().start();
            try {
                assertTrue(server.port() > 0);
                HttpResponse<String> response = query(server, """
                        PREFIX pg: <https://w3id.org/papergraph/ns#>
                        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                        PREFIX dcterms: <http://purl.org/dc/terms/>
                        SELECT ?title ?method ?dataset WHERE {
                          ?p dcterms:title ?title ; pg:mentions ?m, ?d .
                          ?m a pg:Method ; rdfs:label ?method .
                          ?d a pg:Dataset ; rdfs:label ?dataset .
                        }""");
                assertEquals(200, response.statusCode(), response.body());
                JsonNode rows = new ObjectMapper().readTree(response.body()).path("results").path("bindings");
                Set<String> pairs = new HashSet<>();
                for (JsonNode row : rows) pairs.add(row.path("method").path("value").asText() + "@" + row.path("dataset").path("value").asText());
                assertTrue(pairs.contains("GaLore@C4"), pairs.toString());
                assertTrue(pairs.contains("GaLore@GLUE"), pairs.toString());

                HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/papergraph/update"))
                        .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(update.statusCode() >= 400, "the endpoint must be read-only, got " + update.statusCode());
                assertEquals(3, store.paperCount());
            } finally {
                server.stop();
            }
        }
    }
}
