package org.papergraph.server;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * The representations a resource of the graph has on the server, in the order content negotiation
 * prefers them when the client accepts several equally ({@code Accept: *}{@code /*} gets Turtle).
 */
enum RdfMediaType {
    TURTLE("text/turtle", "ttl", "Turtle"),
    HTML("text/html", "html", "HTML"),
    JSONLD("application/ld+json", "jsonld", "JSON-LD"),
    NTRIPLES("application/n-triples", "nt", "N-Triples"),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML");

    final String contentType;
    final String extension;
    final String label;

    RdfMediaType(String contentType, String extension, String label) {
        this.contentType = contentType;
        this.extension = extension;
        this.label = label;
    }

    private static final AcceptList OFFERED = AcceptList.create(Arrays.stream(values()).map(m -> m.contentType).toArray(String[]::new));
    private static final AcceptList OFFERED_RDF = AcceptList.create(Arrays.stream(values()).filter(m -> m != HTML)
            .map(m -> m.contentType).toArray(String[]::new));

    /** The best match for an Accept header (none or empty: anything); empty when nothing offered is acceptable. */
    static Optional<RdfMediaType> negotiate(String accept) {
        return negotiate(accept, OFFERED);
    }

    /** As {@link #negotiate(String)} among the RDF types only (no page). */
    static Optional<RdfMediaType> negotiateRdf(String accept) {
        return negotiate(accept, OFFERED_RDF);
    }

    private static Optional<RdfMediaType> negotiate(String accept, AcceptList offered) {
        if (accept == null || accept.isBlank()) return Optional.of(TURTLE);
        AcceptList wanted;
        try {
            wanted = AcceptList.create(accept);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        MediaType match = AcceptList.match(wanted, offered);
        if (match == null) return Optional.empty();
        String type = match.getContentTypeStr();
        return Arrays.stream(values()).filter(m -> m.contentType.equals(type)).findFirst();
    }

    static Optional<RdfMediaType> byExtension(String extension) {
        return Arrays.stream(values()).filter(m -> m.extension.equals(extension)).findFirst();
    }
}
