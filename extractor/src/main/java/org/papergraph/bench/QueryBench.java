package org.papergraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.papergraph.config.ProjectFiles;
import org.papergraph.query.NamedQuery;
import org.papergraph.server.PapergraphServer;
import org.papergraph.store.PaperStore;

/**
 * Query latency as a client sees it: the real server started in-process on a database (loopback, a free
 * port), then every named query sent over HTTP with the parameters of its header's example call, warm-up
 * rounds first, each round sending every query once (so the queries share the drift of a busy machine), and
 * the latency (request sent to last byte of the answer read) summarised as p50/p95/p99. Also the start time:
 * from building the server to the first query answered. Not thread-safe: one run at a time.
 */
public final class QueryBench {
    /** The query a client sends first to see that the server answers. */
    static final String FIRST_QUERY = "ASK { ?s ?p ?o }";

    public record Settings(int rounds, int warmup) {
    }

    /** Latencies in milliseconds; {@code error} is null unless a call failed (then there are no figures). */
    public record Timing(String name, long rows, double p50, double p95, double p99, String error) {
    }

    /** Seconds: opening the database; from building the server to built, to listening, to the first query answered. */
    public record Start(double open, double built, double listening, double answering) {
    }

    public record Result(long papers, long quads, long bytesOnDisk, Start start, List<Timing> timings) {
        public Report report(String title, String database) {
            Report r = new Report(title);
            r.line("database: %s, %d papers, %d quads, %d MB on disk", database, papers, quads, bytesOnDisk >> 20);
            r.line("server start: opening the database %.2f s; then building the server %.2f s, listening after %.2f s,"
                    + " first query answered after %.2f s", start.open(), start.built(), start.listening(), start.answering());
            Table t = new Table("query", "rows", "p50 ms", "p95 ms", "p99 ms");
            for (Timing q : timings) {
                if (q.error() != null) t.row(q.name(), "-", "failed: " + q.error(), "-", "-");
                else t.row(q.name(), q.rows(), ms(q.p50()), ms(q.p95()), ms(q.p99()));
            }
            r.table(t);
            return r;
        }

        private static String ms(double v) {
            return String.format(Locale.ROOT, v < 10 ? "%.1f" : "%.0f", v);
        }
    }

    private QueryBench() {
    }

    public static Result run(Supplier<PaperStore> open, ProjectFiles files, List<NamedQuery> queries, Settings settings,
                             Consumer<String> log) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        PaperStore store = open.get();
        double openSeconds = (System.nanoTime() - t0) / 1e9;
        PapergraphServer server = null;
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long t1 = System.nanoTime();
            server = PapergraphServer.create().dataset(store.dataset()).port(0).loopbackOnly(true).files(files).build();
            double built = (System.nanoTime() - t1) / 1e9;
            server.start();
            double listening = (System.nanoTime() - t1) / 1e9;
            Answer first = send(http, server.queryUrl(), FIRST_QUERY);
            double startSeconds = (System.nanoTime() - t1) / 1e9;
            Start start = new Start(openSeconds, built, listening, startSeconds);
            if (first.error() != null) throw new IllegalStateException("the server did not answer its first query: " + first.error());
            log.accept(String.format(Locale.ROOT, "server answering after %.2f s (database opened in %.2f s)", startSeconds, openSeconds));

            List<String> texts = new ArrayList<>();
            for (NamedQuery q : queries) texts.add(text(q));
            double[][] latencies = new double[queries.size()][settings.rounds()];
            long[] rows = new long[queries.size()];
            String[] errors = new String[queries.size()];
            for (int round = -settings.warmup(); round < settings.rounds(); round++) {
                for (int i = 0; i < queries.size(); i++) {
                    if (errors[i] != null) continue;
                    long sent = System.nanoTime();
                    Answer a = send(http, server.queryUrl(), texts.get(i));
                    double ms = (System.nanoTime() - sent) / 1e6;
                    if (a.error() != null) {
                        errors[i] = a.error();
                        log.accept(queries.get(i).name() + ": " + a.error());
                        continue;
                    }
                    rows[i] = a.rows();
                    if (round >= 0) latencies[i][round] = ms;
                }
                if (round >= 0) log.accept("round " + (round + 1) + " of " + settings.rounds());
            }
            List<Timing> timings = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                double[] l = latencies[i];
                timings.add(errors[i] != null ? new Timing(queries.get(i).name(), 0, 0, 0, 0, errors[i])
                        : new Timing(queries.get(i).name(), rows[i], Percentiles.percentile(l, 50), Percentiles.percentile(l, 95),
                        Percentiles.percentile(l, 99), null));
            }
            // Counted after the timing: a full scan would warm the caches the queries are measured on.
            return new Result(store.paperCount(), store.quadCount(), DiskSize.of(store.location()), start, timings);
        } finally {
            if (server != null) server.stop();
            store.close();
        }
    }

    /** The query text a client sends: the example call's parameters substituted as terms, as the query command does. */
    static String text(NamedQuery q) {
        Map<Var, Node> substitution = new HashMap<>();
        q.bindings(q.exampleParameters()).forEach((name, node) -> substitution.put(Var.alloc(name), node));
        Query substituted = QueryTransformOps.transform(q.query(), substitution);
        return substituted.serialize();
    }

    private record Answer(long rows, String error) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Answer send(HttpClient http, String url, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            String body = new String(response.body(), StandardCharsets.UTF_8).strip();
            return new Answer(0, "HTTP " + response.statusCode() + (body.isEmpty() ? "" : " " + body.lines().findFirst().orElse("")));
        }
        JsonNode answer = JSON.readTree(response.body());
        JsonNode bindings = answer.path("results").path("bindings");
        return new Answer(bindings.isArray() ? bindings.size() : 1, null);
    }
}
