package org.papergraph.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.config.PasswordLines;
import org.papergraph.model.Extraction;
import org.papergraph.rdf.ExtractionMapper;
import org.papergraph.rdf.PG;

/**
 * Loads papers into a database that a papergraph server is serving, through its authenticated SPARQL Update
 * endpoint ({@code serve --updates}). Each request replaces the graphs of a few papers in one update, which
 * the server runs in one write transaction: readers see a paper whole or not at all, and go on being answered
 * during the load. Requests stay under the server's body limit (1 MiB). Not thread-safe: one loading thread.
 */
public final class RemotePaperStore {
    /** The server refuses bodies over 1 MiB; leave room for the last paper's fragment. */
    static final int MAX_REQUEST_CHARS = 900 * 1024;

    private final URI update;
    private final HttpClient http;
    private final ExtractionMapper mapper = new ExtractionMapper();

    private final String authorization;

    private RemotePaperStore(URI update, HttpClient http, String authorization) {
        this.update = update;
        this.http = http;
        this.authorization = authorization;
    }

    /**
     * @param updateUrl   the server's update endpoint, e.g. {@code http://host:3030/papergraph/update}
     * @param credentials a file whose first non-comment line is {@code user: password} (the line of the
     *                    server's password file for that user)
     */
    public static RemotePaperStore connect(URI updateUrl, Path credentials) {
        String[] userPassword = readCredentials(credentials);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // Sent with every request rather than after a 401 challenge, so that no update body travels twice.
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (userPassword[0] + ":" + userPassword[1]).getBytes(StandardCharsets.UTF_8));
        return new RemotePaperStore(updateUrl, http, authorization);
    }

    static String[] readCredentials(Path file) {
        List<PasswordLines.Entry> entries;
        try {
            entries = PasswordLines.read(file, "credentials file");
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (entries.isEmpty()) throw new IllegalArgumentException(file + ": no 'user: password' line");
        return new String[] {entries.get(0).user(), entries.get(0).password()};
    }

    public URI endpoint() {
        return update;
    }

    /**
     * Sends the extractions, replacing each paper's graph, at most {@code papersPerRequest} papers (and under
     * the body limit) per update request; returns the number of papers sent.
     */
    public long load(Iterator<Extraction> extractions, int papersPerRequest, LongConsumer progress) {
        long sent = 0;
        StringBuilder request = new StringBuilder();
        int inRequest = 0;
        while (extractions.hasNext()) {
            String fragment = replaceGraphs(extractions.next());
            if (inRequest > 0 && (inRequest >= papersPerRequest || request.length() + fragment.length() > MAX_REQUEST_CHARS)) {
                send(request.toString());
                sent += inRequest;
                progress.accept(sent);
                request.setLength(0);
                inRequest = 0;
            }
            request.append(fragment);
            inRequest++;
        }
        if (inRequest > 0) {
            send(request.toString());
            sent += inRequest;
            progress.accept(sent);
        }
        return sent;
    }

    /** Adds a model to a named graph on the server (the provenance of a load). */
    public void addToGraph(String graphIri, Model model) {
        StringBuilder sb = new StringBuilder("INSERT DATA { GRAPH <").append(graphIri).append("> {\n");
        model.getGraph().find().forEachRemaining(t ->
                sb.append(NodeFmtLib.strNT(t.getSubject())).append(' ').append(NodeFmtLib.strNT(t.getPredicate())).append(' ')
                        .append(NodeFmtLib.strNT(t.getObject())).append(" .\n"));
        send(sb.append("} }\n").toString());
    }

    private String replaceGraphs(Extraction extraction) {
        List<Quad> quads = new ArrayList<>();
        StreamRDF collect = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        mapper.write(extraction, collect);
        StringBuilder sb = new StringBuilder();
        if (!quads.isEmpty()) {
            // The same paper stored earlier under another id is replaced too, as a local load does (pg:titleKey).
            sb.append("DELETE { GRAPH ?old { ?s ?p ?o } } WHERE { GRAPH ?old { ?x <").append(PG.titleKey.getURI()).append("> ")
                    .append(NodeFmtLib.strNT(NodeFactory.createLiteralString(extraction.paper().titleKey())))
                    .append(" . ?s ?p ?o } FILTER(?old != ").append(NodeFmtLib.strNT(quads.get(0).getGraph())).append(") } ;\n");
        }
        Node graph = null;
        for (Quad q : quads) {
            if (!q.getGraph().equals(graph)) {
                if (graph != null) sb.append("} } ;\n");
                graph = q.getGraph();
                String g = NodeFmtLib.strNT(graph);
                sb.append("DROP SILENT GRAPH ").append(g).append(" ;\nINSERT DATA { GRAPH ").append(g).append(" {\n");
            }
            sb.append(NodeFmtLib.strNT(q.getSubject())).append(' ').append(NodeFmtLib.strNT(q.getPredicate())).append(' ')
                    .append(NodeFmtLib.strNT(q.getObject())).append(" .\n");
        }
        if (graph != null) sb.append("} } ;\n");
        return sb.toString();
    }

    private void send(String sparqlUpdate) {
        HttpRequest request = HttpRequest.newBuilder(update)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/sparql-update; charset=utf-8")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RemoteLoadException(update + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteLoadException(update + ": interrupted", e);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new RemoteLoadException(update + ": the server refused the credentials (HTTP " + status
                    + "); is it running with --updates and a password file that has this user?", null);
        }
        if (status == 404) {
            throw new RemoteLoadException(update + ": no update endpoint (HTTP 404); start the server with --updates --password-file FILE", null);
        }
        if (status / 100 != 2) {
            String body = response.body().strip();
            throw new RemoteLoadException(update + ": HTTP " + status + (body.isEmpty() ? "" : ": " + body.lines().findFirst().orElse("")), null);
        }
    }

    /** The server could not be reached or refused an update; what was sent before it stays stored. */
    public static final class RemoteLoadException extends RuntimeException {
        RemoteLoadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
