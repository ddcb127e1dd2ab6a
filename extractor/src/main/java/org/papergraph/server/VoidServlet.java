package org.papergraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.VoidDescription;

/**
 * {@code /.well-known/void} (RFC 5785, VoID §7.2): the {@link VoidDescription} of the served data, computed
 * per request, in the RDF types of {@link RdfMediaType} (Turtle by default; 406 for HTML or anything
 * else). Also serves the JSON-LD context at {@link JsonLdContext#PATH}. Thread-safe: no request state.
 */
final class VoidServlet extends HttpServlet {
    static final String PATH = "/.well-known/void";

    private final DatasetGraph dataset;
    private final Supplier<String> base;
    private final JsonLdContext context;

    VoidServlet(DatasetGraph dataset, Supplier<String> base, JsonLdContext context) {
        this.dataset = dataset;
        this.base = base;
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals(JsonLdContext.PATH)) {
            resp.setStatus(200);
            resp.setContentType("application/ld+json;charset=utf-8");
            JsonLdContext.write(context.document(), resp.getOutputStream());
            return;
        }
        resp.setHeader("Vary", "Accept");
        Optional<RdfMediaType> type = RdfMediaType.negotiateRdf(req.getHeader("Accept"));
        if (type.isEmpty()) {
            RdfResponses.error(resp, 406, "not acceptable: " + req.getHeader("Accept") + "; the VoID description is RDF "
                    + "(text/turtle, application/ld+json, application/n-triples, application/rdf+xml)");
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Txn.executeRead(dataset, () -> {
            Graph g = VoidDescription.of(dataset, Optional.of(base.get())).getGraph();
            RdfResponses.write(g, type.get(), context, base.get() + JsonLdContext.PATH.substring(1), body);
        });
        resp.setStatus(200);
        resp.setContentType(type.get().contentType + ";charset=utf-8");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }
}
