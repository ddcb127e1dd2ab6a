package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad and hostile requests against the shared server over the sample corpus. */
class EndpointHardeningIT {
    static PapergraphServer server;
    /** A loopback HTTP server that counts the requests it gets: a SERVICE call that reaches it is an SSRF. */
    static HttpServer trap;
    static final AtomicInteger TRAPPED = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        server = ServedCorpus.server();
        trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext("/", exchange -> {
            TRAPPED.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        trap.start();
    }

    @AfterAll
    static void stop() {
        if (trap != null) trap.stop(0);
    }

    static String trapUrl() {
        return "http://127.0.0.1:" + trap.getAddress().getPort() + "/sparql";
    }

    @Test
    void serviceCannotMakeTheServerFetchAUrl() throws Exception {
        int before = TRAPPED.get();
        for (String target : List.of(trapUrl(), "http://169.254.169.254/latest/meta-data/", server.queryUrl())) {
            HttpResponse<String> r = ServedCorpus.query(server.queryUrl(), "SELECT * { SERVICE <" + target + "> { ?s ?p ?o } } LIMIT 1",
                    "application/sparql-results+json");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, target + " → " + r.statusCode() + " " + r.body());
        }
        assertEquals(before, TRAPPED.get(), "the server called a SERVICE URL");
    }

    @Test
    void whenServiceIsEnabledOnlyTheAllowListIsCalled() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.getContext().set(ARQ.httpServiceAllowed, true);
        ServiceAllowList.install(dsg.getContext());
        dsg.getContext().set(ServiceAllowList.ALLOW_LIST, trapUrl());
        int before = TRAPPED.get();
        try (QueryExecution exec = QueryExecution.create("SELECT * { SERVICE <http://127.0.0.1:9/other> { ?s ?p ?o } }", DatasetFactory.wrap(dsg))) {
            org.junit.jupiter.api.Assertions.assertThrows(QueryDeniedException.class, () -> exec.execSelect().hasNext());
        }
        assertEquals(before, TRAPPED.get());
        try (QueryExecution exec = QueryExecution.create("SELECT * { SERVICE <" + trapUrl() + "> { ?s ?p ?o } }", DatasetFactory.wrap(dsg))) {
            // The allowed endpoint is called (it answers 500, so the query fails after the call).
            org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> exec.execSelect().hasNext());
        }
        assertTrue(TRAPPED.get() > before, "the allowed endpoint was not called");
    }

    private static final String[] TOKENS = {"SELECT", "*", "WHERE", "{", "}", "?s", "?p", "?o", "<https://w3id.org/papergraph/id/>", "\"x\"",
        "FILTER", "(", ")", ".", ";", ",", "GRAPH", "OPTIONAL", "UNION", "LIMIT", "-1", "OFFSET", "99999999999999999999999", "ORDER BY",
        "PREFIX", "pg:", "a", "CONSTRUCT", "ASK", "DESCRIBE", "INSERT", "DELETE", "DATA", "LOAD", "CLEAR", "DROP", "\u0000", "\uD800",
        "é", "%", "'", "\\", "<", ">", "BIND", "AS", "COUNT", "GROUP", "HAVING", "VALUES", "UNDEF", "text:query", "REGEX", "\"(a+)+$\"",
        "SERVICE", "<file:///etc/passwd>", "#", "\n", "1e999", "^^", "@en", "_:b", "[]", "<<", ">>"};
    private static final String[] PATHS = {"/papergraph/query", "/papergraph/sparql", "/papergraph/", "/papergraph/data", "/papergraph/get",
        "/papergraph/update", "/papergraph/store", "/papergraph/upload", "/id/", "/id/paper/", "/doc/", "/$/", "/$/datasets", "/$/server",
        "/$/backup/papergraph", "/$/compact/papergraph", "/.well-known/void", "/ns/context.jsonld", "/static/", "/", "/papergraph/data?graph="};
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "FOO"};
    private static final String[] TYPES = {"application/sparql-query", "application/sparql-update", "application/x-www-form-urlencoded",
        "text/turtle", "application/ld+json", "application/n-quads", "multipart/form-data; boundary=x", "garbage", "text/plain; charset=klingon"};

    static String randomQuery(Random random) {
        StringBuilder q = new StringBuilder();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) q.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextBoolean() ? " " : "");
        if (random.nextInt(20) == 0) q.append("FILTER(" + "(".repeat(2000) + "1" + ")".repeat(2000) + ")");
        return q.toString();
    }

    static String randomPath(Random random) {
        String p = PATHS[random.nextInt(PATHS.length)];
        return switch (random.nextInt(6)) {
            case 0 -> p + "%" + Integer.toHexString(random.nextInt(256));
            case 1 -> p + "x".repeat(random.nextInt(3000));
            case 2 -> p + URLEncoder.encode(randomQuery(random), StandardCharsets.UTF_8);
            case 3 -> p + "?query=" + URLEncoder.encode(randomQuery(random), StandardCharsets.UTF_8);
            case 4 -> p + "?graph=" + URLEncoder.encode(randomQuery(random), StandardCharsets.UTF_8) + "&default";
            default -> p + "/../../etc/passwd";
        };
    }

    /**
     * Jetty closes a connection after some refusals; the client may not have seen that before it reuses the
     * connection, so one retry on a fresh connection tells a dropped connection from a request never answered.
     */
    static HttpResponse<String> send(HttpRequest request) throws Exception {
        try {
            return ServedCorpus.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException first) {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void aThousandMalformedRequestsGetNo5xxAndAGoodQueryIsAnsweredAfter() throws Exception {
        Random random = new Random(14);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int requests = 1200;
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            String method = METHODS[random.nextInt(METHODS.length)];
            String path = randomPath(random);
            URI uri;
            try {
                uri = URI.create(server.localUrl().replaceAll("/$", "") + path);
            } catch (IllegalArgumentException e) {
                uri = URI.create(server.localUrl() + "papergraph/query?query=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
            }
            String body = random.nextInt(4) == 0 ? "query=" + URLEncoder.encode(randomQuery(random), StandardCharsets.UTF_8) : randomQuery(random);
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", TYPES[random.nextInt(TYPES.length)])
                    .header("Accept", random.nextBoolean() ? TYPES[random.nextInt(TYPES.length)] : "*/*;q=" + random.nextInt(3));
            if (random.nextInt(10) == 0) b.header("Origin", "https://evil.example");
            try {
                b.method(method, method.equals("GET") || method.equals("HEAD") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
            } catch (IllegalArgumentException e) {
                b.method("GET", HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r;
            HttpRequest request = b.build();
            try {
                r = send(request);
            } catch (java.io.IOException e) {
                failures.add(method + " " + uri + ": no answer (" + e.getMessage() + ")");
                statuses.merge(-1, 1, Integer::sum);
                continue;
            }
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() >= 500 && r.statusCode() != 503) failures.add(method + " " + uri + " → " + r.statusCode() + " " + r.body());
            if (r.body().contains("\tat org.") || r.body().contains("\tat java.")) failures.add(method + " " + uri + ": stack trace in the answer");
        }
        System.err.printf("fuzz: %d requests in %.1f s, statuses %s%n", requests, (System.nanoTime() - started) / 1e9, statuses);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "fuzz-failures.txt"), failures);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, e.g. " + failures.subList(0, Math.min(5, failures.size())));
        HttpResponse<String> good = ServedCorpus.query(server.queryUrl(), "ASK { ?s a <https://w3id.org/papergraph/ns#Paper> }",
                "application/sparql-results+json");
        assertEquals(200, good.statusCode());
        assertTrue(good.body().contains("true"));
        assertFalse(statuses.isEmpty());
    }
}
