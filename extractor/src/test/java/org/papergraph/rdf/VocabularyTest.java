package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.papergraph.config.ProjectFiles;
import org.papergraph.model.EntityType;
import org.papergraph.extract.Names;

class VocabularyTest {
    private final Model vocabulary = SkosVocabulary.model(ProjectFiles.at(Path.of("..")));

    @Test
    void holdsAtLeast400ConceptsInFiveSchemes() {
        Map<String, Integer> perScheme = new HashMap<>();
        vocabulary.listResourcesWithProperty(RDF.type, SKOS.Concept).forEachRemaining(c ->
                perScheme.merge(c.getPropertyResourceValue(SKOS.inScheme).getURI(), 1, Integer::sum));
        int total = perScheme.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total >= 400, "concepts: " + total);
        assertEquals(EntityType.values().length, perScheme.size(), perScheme.toString());
        perScheme.values().forEach(n -> assertTrue(n >= 50, perScheme.toString()));
    }

    @Test
    void noTwoConceptsShareALabelWithinAScheme() {
        Map<String, String> owner = new HashMap<>();
        Set<String> clashes = new TreeSet<>();
        vocabulary.listResourcesWithProperty(RDF.type, SKOS.Concept).forEachRemaining(c -> {
            String scheme = c.getPropertyResourceValue(SKOS.inScheme).getURI();
            Set<String> labels = new TreeSet<>();
            c.listProperties(SKOS.prefLabel).forEachRemaining(s -> labels.add(s.getString()));
            c.listProperties(SKOS.altLabel).forEachRemaining(s -> labels.add(s.getString()));
            for (String label : labels) {
                String key = scheme + "|" + Names.looseKey(label);
                String previous = owner.putIfAbsent(key, c.getURI());
                if (previous != null && !previous.equals(c.getURI())) clashes.add(label + ": " + previous + " / " + c.getURI());
            }
        });
        assertEquals(Set.of(), clashes);
    }

    @Test
    void broaderConceptsExistAndMetricsSayWhichWayIsBetter() {
        Set<String> dangling = new TreeSet<>();
        vocabulary.listStatements(null, SKOS.broader, (Resource) null).forEachRemaining(s -> {
            if (!vocabulary.contains(s.getResource(), RDF.type, SKOS.Concept)) dangling.add(s.getResource().getURI());
        });
        assertEquals(Set.of(), dangling);
        var higherIsBetter = vocabulary.createProperty(PG.NS + "higherIsBetter");
        vocabulary.listResourcesWithProperty(SKOS.inScheme, vocabulary.createResource("https://w3id.org/papergraph/vocab/metrics"))
                .forEachRemaining(m -> assertTrue(m.hasProperty(higherIsBetter), m.getURI()));
    }
}
