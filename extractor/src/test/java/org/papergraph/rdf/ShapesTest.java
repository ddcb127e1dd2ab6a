package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.config.ProjectFiles;

class ShapesTest {
    private final ShapesValidator validator = ShapesValidator.load(ProjectFiles.at(Path.of("..")));

    @Test
    void theSampleCorpusGraphConforms() throws Exception {
        Graph data = SampleCorpus.union();
        data.find().forEachRemaining(t -> { });
        Graph withProvenance = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(withProvenance::add);
        Provenance.run("test", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:01:00Z"), List.of("corpus"), 211)
                .getGraph().find().forEachRemaining(withProvenance::add);
        assertEquals(List.of(), validator.validate(withProvenance));
    }

    @Test
    void everyOntologyClassHasAShape() {
        var shapes = OntologyFiles.read(ProjectFiles.at(Path.of("..")), OntologyFiles.SHAPES);
        var ontology = OntologyFiles.read(ProjectFiles.at(Path.of("..")), OntologyFiles.ONTOLOGY);
        var targetClass = shapes.createProperty("http://www.w3.org/ns/shacl#targetClass");
        java.util.Set<String> missing = new java.util.TreeSet<>();
        ontology.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.Class).forEachRemaining(c -> {
            boolean targeted = shapes.contains(null, targetClass, c);
            boolean viaSubclasses = ontology.listSubjectsWithProperty(org.apache.jena.vocabulary.RDFS.subClassOf, c).toList().stream()
                    .anyMatch(sub -> shapes.contains(null, targetClass, sub));
            if (!targeted && !viaSubclasses) missing.add(c.getURI());
        });
        assertEquals(java.util.Set.of(), missing);
    }

    @Test
    void aResultWithoutValueIsAViolation() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new ExtractionMapper(PG.ID + "extractor/test").write(ExtractionMapperTest.sample(), StreamRDFLib.dataset(dsg));
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        assertEquals(List.of(), validator.validate(g));
        Node result = NodeFactory.createURI(PG.ID + "paper/galore/result/52-57");
        g.remove(result, PG.value, Node.ANY);
        List<ShapesValidator.Violation> violations = validator.validate(g);
        assertEquals(1, violations.size(), violations.toString());
        ShapesValidator.Violation v = violations.get(0);
        assertTrue(v.focusNode().contains("result/52-57"), v.toString());
        assertTrue(v.toString().contains("pg:value") || v.toString().contains("ns#value"), v.toString());
        assertTrue(v.message().contains("exactly one pg:value"), v.toString());
    }
}
