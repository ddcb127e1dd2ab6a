package org.papergraph.server;

import java.util.Arrays;
import java.util.Optional;

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

    /** The best match for an Accept header (none or empty: anything); empty when nothing offered is acceptable. */
    static Optional<RdfMediaType> negotiate(String accept) {
        return negotiate(accept, true);
    }

    /** As {@link #negotiate(String)} among the RDF types only (no page). */
    static Optional<RdfMediaType> negotiateRdf(String accept) {
        return negotiate(accept, false);
    }

    /**
     * RFC 9110 §12.5.1: each offered type gets the quality of the most specific range that matches it
     * ({@code type/subtype} over {@code type/*} over {@code *}{@code /*}); the highest non-zero quality wins,
     * ties going to the earlier type of this enum. Parameters other than {@code q} are ignored.
     */
    private static Optional<RdfMediaType> negotiate(String accept, boolean html) {
        if (accept == null || accept.isBlank()) return Optional.of(TURTLE);
        RdfMediaType best = null;
        double bestQ = 0;
        for (RdfMediaType m : values()) {
            if (m == HTML && !html) continue;
            double q = quality(accept, m.contentType);
            if (q > bestQ) {
                best = m;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(String accept, String type) {
        int bestSpecificity = -1;
        double q = 0;
        String major = type.substring(0, type.indexOf('/'));
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String range = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
            int specificity = range.equals(type) ? 2 : range.equals(major + "/*") ? 1 : range.equals("*/*") ? 0 : -1;
            if (specificity <= bestSpecificity) continue;
            double rangeQ = 1;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].strip();
                if (param.startsWith("q=")) {
                    try {
                        rangeQ = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        rangeQ = 0;
                    }
                }
            }
            bestSpecificity = specificity;
            q = rangeQ;
        }
        return q;
    }

    static Optional<RdfMediaType> byExtension(String extension) {
        return Arrays.stream(values()).filter(m -> m.extension.equals(extension)).findFirst();
    }
}
