package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.papergraph.model.EntityType;

class IrisTest {
    @Test
    void entityIrisComeFromTheNormalizedCanonicalName() {
        assertEquals(PG.ID + "method/low-rank-adaptation", Iris.entity(EntityType.METHOD, "Low-Rank  Adaptation"));
        assertEquals(Iris.entity(EntityType.DATASET, "GLUE"), Iris.entity(EntityType.DATASET, "GLUE benchmark"));
    }

    @Test
    void anyCharacterGivesAValidIri() {
        for (String name : new String[] {"ViT-B/16", "Q&A <bench> \"x\"", "Ünïcödé 模型", "100% {a|b}", "a#b?c"}) {
            String iri = Iris.entity(EntityType.MODEL, name);
            IRIx parsed = IRIx.create(iri);
            assertTrue(parsed.isAbsolute(), iri);
            assertTrue(iri.substring(PG.ID.length()).matches("[A-Za-z0-9\\-._~%/]+"), iri);
        }
        assertEquals(PG.ID + "paper/a%2Fb%20c", Iris.paper("a/b c"));
    }
}
