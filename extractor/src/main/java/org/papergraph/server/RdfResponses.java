package org.papergraph.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/** Writes graphs in the RDF media types of {@link RdfMediaType} (not HTML). Stateless; thread-safe. */
final class RdfResponses {
    private RdfResponses() {
    }

    static void write(Graph g, RdfMediaType type, JsonLdContext context, String contextUrl, OutputStream out) {
        switch (type) {
            case TURTLE -> RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
            case NTRIPLES -> RDFWriter.source(g).format(RDFFormat.NTRIPLES).output(out);
            case RDFXML -> RDFWriter.source(g).format(RDFFormat.RDFXML_PRETTY).output(out);
            case JSONLD -> context.write(g, contextUrl, out);
            case HTML -> throw new IllegalArgumentException("HTML is a page, not a serialization");
        }
    }

    /** A short plain-text error: no stack trace, no HTML. */
    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().println(message);
    }
}
