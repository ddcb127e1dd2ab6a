package org.papergraph.cli;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.ProjectFiles;
import org.papergraph.rdf.OntologyFiles;
import org.papergraph.rdf.PG;
import org.papergraph.server.PapergraphServer;
import org.papergraph.store.PaperStore;

/** {@code load --server URL --credentials FILE} against a real server over a real database. */
class LoadToServerIT {
    private static final ProjectFiles REPO = ProjectFiles.at(Path.of(".."));
    private static final String PAPERS = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?p a <" + PG.NS + "Paper> } }";

    @Test
    void papersGoToTheServedDatabaseAndALaterSightingUnderAnIdReplacesThem(@TempDir Path dir) throws Exception {
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "# writers\nloader: pa55word\n");
        Path wrong = dir.resolve("wrong");
        Files.writeString(wrong, "loader: guess\n");
        Path untitledIds = dir.resolve("a.jsonl");
        Files.writeString(untitledIds, """
                {"title": "Sparse Zyzzyva Attention", "abstract": "We propose Zyzzyva, a sparse attention method evaluated on GLUE."}
                {"title": "Dense Quokka Routing", "abstract": "We present Quokka, a routing model for mixture-of-experts."}
                """);
        Path withIds = dir.resolve("b.jsonl");
        Files.writeString(withIds, """
                {"id": "zy-1", "title": "Sparse Zyzzyva Attention", "abstract": "We propose Zyzzyva, a sparse attention method evaluated on GLUE."}
                """);
        try (PaperStore store = PaperStore.open(dir.resolve("db"), REPO)) {
            store.replaceGraph(PG.VOCABULARY_GRAPH, OntologyFiles.ontologyAndVocabulary(REPO));
            PapergraphServer server = PapergraphServer.create().dataset(store.dataset()).port(0).files(REPO).updates(passwords).build().start();
            try {
                String url = server.localUrl();
                CliTest.Run first = CliTest.run("load", untitledIds.toString(), "--server", url, "--credentials", passwords.toString());
                assertEquals(0, first.exit(), first.err());
                assertTrue(first.err().contains("2 papers into " + url + "papergraph/update"), first.err());
                assertEquals(2, papers(server));

                CliTest.Run again = CliTest.run("load", withIds.toString(), "--server", url, "--credentials", passwords.toString());
                assertEquals(0, again.exit(), again.err());
                assertEquals(2, papers(server), "the paper sighted again under an id replaced its first graph");

                CliTest.Run refused = CliTest.run("load", withIds.toString(), "--server", url, "--credentials", wrong.toString());
                assertEquals(ExitCodes.FAILURE, refused.exit(), refused.err());
                assertTrue(refused.err().contains("refused the credentials"), refused.err());
            } finally {
                server.stop();
            }
        }
        CliTest.Run both = CliTest.run("load", withIds.toString(), "--db", dir.resolve("db2").toString(), "--server", "http://localhost:1/",
                "--credentials", passwords.toString());
        assertEquals(ExitCodes.USAGE, both.exit(), both.err());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        CliTest.Run noCredentials = CliTest.run("load", withIds.toString(), "--server", "http://localhost:1/");
        assertEquals(ExitCodes.USAGE, noCredentials.exit(), noCredentials.err());
        assertTrue(noCredentials.err().contains("--credentials"), noCredentials.err());
    }

    private static long papers(PapergraphServer server) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.queryUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(PAPERS, StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(response.body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
