package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RdfMediaTypeTest {
    @Test
    void negotiatesLikeBrowsersAndLinkedDataClientsExpect() {
        String chromium = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
                + "application/signed-exchange;v=b3;q=0.7";
        assertEquals(Optional.of(RdfMediaType.HTML), RdfMediaType.negotiate(chromium));
        assertEquals(Optional.of(RdfMediaType.TURTLE), RdfMediaType.negotiateRdf(chromium));
        assertEquals(Optional.of(RdfMediaType.TURTLE), RdfMediaType.negotiate("*/*"));
        assertEquals(Optional.of(RdfMediaType.TURTLE), RdfMediaType.negotiate(null));
        assertEquals(Optional.of(RdfMediaType.JSONLD), RdfMediaType.negotiate("application/ld+json;profile=\"http://www.w3.org/ns/json-ld#compacted\""));
        assertEquals(Optional.of(RdfMediaType.NTRIPLES), RdfMediaType.negotiate("text/turtle;q=0.5, application/n-triples"));
        assertEquals(Optional.of(RdfMediaType.RDFXML), RdfMediaType.negotiate("application/rdf+xml, text/*;q=0.1"));
        assertEquals(Optional.empty(), RdfMediaType.negotiate("image/png"));
        assertEquals(Optional.empty(), RdfMediaType.negotiate("text/turtle;q=0, image/*"));
        assertEquals(Optional.empty(), RdfMediaType.negotiateRdf("text/html"));
    }
}
