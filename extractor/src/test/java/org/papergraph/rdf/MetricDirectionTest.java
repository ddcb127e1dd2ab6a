package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;
import org.papergraph.config.ProjectFiles;

/** Every metric of the vocabulary says whether higher or lower is better (compare and the leaderboard rank by it). */
class MetricDirectionTest {
    @Test
    void everyMetricConceptHasOneBooleanDirection() {
        Model model = OntologyFiles.read(ProjectFiles.at(Path.of("..")), "ontology/vocabulary/metrics.ttl");
        var higherIsBetter = model.createProperty(PG.NS + "higherIsBetter");
        List<String> wrong = new ArrayList<>();
        int metrics = 0;
        for (Resource concept : model.listSubjectsWithProperty(SKOS.inScheme, model.createResource("https://w3id.org/papergraph/vocab/metrics")).toList()) {
            metrics++;
            List<Statement> d = concept.listProperties(higherIsBetter).toList();
            if (d.size() != 1 || !XSDDatatype.XSDboolean.getURI().equals(d.get(0).getObject().asLiteral().getDatatypeURI())) wrong.add(concept.getURI());
        }
        assertTrue(metrics > 100, "metrics: " + metrics);
        assertEquals(List.of(), wrong);
        // Spot checks of the direction itself.
        assertEquals(true, model.getResource(PG.ID + "metric/accuracy").getProperty(higherIsBetter).getBoolean());
        assertEquals(false, model.getResource(PG.ID + "metric/perplexity").getProperty(higherIsBetter).getBoolean());
    }
}
