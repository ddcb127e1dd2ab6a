package org.papergraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.papergraph.rdf.PG;

/**
 * Dereferences the IRIs the graph mints. A request for {@code /id/PATH} is about the IRI {@code PG.ID + PATH}
 * ({@code https://w3id.org/papergraph/id/PATH}) and is answered directly with 200 and the representation
 * content negotiation picks (Turtle, HTML, JSON-LD, N-Triples, RDF/XML; 406 for anything else), with
 * {@code Vary: Accept}, a {@code Content-Location} naming the document of that format and {@code Link}
 * headers to the others. {@code /doc/PATH.EXT} is the document of one format. 200 rather than a 303 redirect
 * to the document (the cool-URIs note allows both): one round trip, and each answer says by its
 * {@code Content-Location} which document it is. Thread-safe: holds no request state.
 */
final class LinkedDataServlet extends HttpServlet {
    static final String ID = "/id/";
    static final String DOC = "/doc/";

    private final DatasetGraph dataset;
    private final Supplier<String> base;
    private final JsonLdContext context;

    LinkedDataServlet(DatasetGraph dataset, Supplier<String> base, JsonLdContext context) {
        this.dataset = dataset;
        this.base = base;
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String local;
        Optional<RdfMediaType> type;
        resp.setHeader("Vary", "Accept");
        if (path.startsWith(DOC)) {
            String rest = path.substring(DOC.length());
            int dot = rest.lastIndexOf('.');
            type = dot < 0 ? Optional.empty() : RdfMediaType.byExtension(rest.substring(dot + 1));
            if (type.isEmpty()) {
                RdfResponses.error(resp, 404, "no document " + path + " (documents end in .ttl, .html, .jsonld, .nt or .rdf)");
                return;
            }
            local = rest.substring(0, dot);
        } else {
            local = path.substring(ID.length());
            type = RdfMediaType.negotiate(req.getHeader("Accept"));
            if (type.isEmpty()) {
                RdfResponses.error(resp, 406, "not acceptable: " + req.getHeader("Accept") + "; available: "
                        + String.join(", ", List.of(RdfMediaType.values()).stream().map(m -> m.contentType).toList()));
                return;
            }
        }
        if (local.isEmpty()) {
            RdfResponses.error(resp, 404, "no resource at " + path);
            return;
        }
        Node iri = NodeFactory.createURI(PG.ID + local);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean found = Txn.calculateRead(dataset, () -> {
            Graph g = Descriptions.describe(dataset, iri);
            if (g.isEmpty()) return false;
            if (type.get() == RdfMediaType.HTML) {
                Writer w = new OutputStreamWriter(body, StandardCharsets.UTF_8);
                ResourcePage.render(dataset, iri, g, this::address, formats(local), queryPage(iri), w);
            } else {
                RdfResponses.write(g, type.get(), context, contextUrl(), body);
            }
            return true;
        });
        if (!found) {
            RdfResponses.error(resp, 404, "nothing is known about " + iri.getURI());
            return;
        }
        resp.setStatus(200);
        resp.setContentType(type.get().contentType + ";charset=utf-8");
        resp.setHeader("Content-Location", base.get() + DOC.substring(1) + local + "." + type.get().extension);
        List<String> alternates = new ArrayList<>();
        for (RdfMediaType m : RdfMediaType.values()) {
            alternates.add("<" + base.get() + DOC.substring(1) + local + "." + m.extension + ">; rel=\"alternate\"; type=\"" + m.contentType + "\"");
        }
        resp.setHeader("Link", String.join(", ", alternates));
        resp.setContentLength(body.size());
        if (!"HEAD".equals(req.getMethod())) body.writeTo(resp.getOutputStream());
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    /** Where a browser on this server finds a node: IRIs under {@code PG.ID} are served here. */
    String address(String iri) {
        return iri.startsWith(PG.ID) ? base.get() + ID.substring(1) + iri.substring(PG.ID.length()) : iri;
    }

    private String contextUrl() {
        return base.get() + JsonLdContext.PATH.substring(1);
    }

    private List<Map<String, String>> formats(String local) {
        List<Map<String, String>> out = new ArrayList<>();
        for (RdfMediaType m : RdfMediaType.values()) {
            out.add(Map.of("label", m.label, "type", m.contentType, "href", base.get() + DOC.substring(1) + local + "." + m.extension));
        }
        return out;
    }

    private String queryPage(Node iri) {
        return base.get() + "#/dataset/papergraph/query?query="
                + java.net.URLEncoder.encode("DESCRIBE <" + iri.getURI() + ">", StandardCharsets.UTF_8).replace("+", "%20");
    }
}
