package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.papergraph.config.ProjectFiles;

class OntologyTest {
    /** Standard vocabularies the ontology builds on; their terms need no declaration of ours. */
    private static final List<String> STANDARD = List.of(
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#", "http://purl.org/dc/terms/", "http://www.w3.org/2004/02/skos/core#",
            "http://www.w3.org/ns/prov#", "http://xmlns.com/foaf/0.1/", "http://schema.org/", "http://www.w3.org/ns/mls#",
            "http://www.w3.org/ns/dcat#");

    private final Model ontology = OntologyFiles.read(ProjectFiles.at(Path.of("..")), OntologyFiles.ONTOLOGY);

    @Test
    void everyClassAndPropertyOfTheSampleGraphIsDeclared() throws Exception {
        Graph data = SampleCorpus.union();
        Set<String> terms = new TreeSet<>();
        data.find().forEachRemaining(t -> {
            terms.add(t.getPredicate().getURI());
            if (t.getPredicate().equals(RDF.type.asNode())) terms.add(t.getObject().getURI());
        });
        Set<String> undeclared = new TreeSet<>();
        for (String term : terms) {
            if (STANDARD.stream().anyMatch(term::startsWith)) continue;
            Resource r = ontology.getResource(term);
            if (!r.hasProperty(RDF.type)) undeclared.add(term);
        }
        assertTrue(terms.size() > 10, terms.toString());
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void everyOntologyTermHasALabelAndAComment() {
        Set<String> missing = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (!s.isURIResource() || !s.getURI().startsWith(PG.NS) && !s.getURI().startsWith("https://w3id.org/papergraph/ns")) return;
            if (!s.hasProperty(RDFS.label) || !s.hasProperty(RDFS.comment)) missing.add(s.getURI());
        });
        assertEquals(Set.of(), missing);
        long classes = ontology.listSubjectsWithProperty(RDF.type, OWL.Class).toList().size();
        assertTrue(classes >= 9, "classes: " + classes);
    }

    @Test
    void everyTermTheMapperWritesIsDeclared() {
        for (Node term : List.of(PG.Paper, PG.Method, PG.Model, PG.Dataset, PG.Metric, PG.Task, PG.Result, PG.Evidence,
                PG.mentions, PG.proposes, PG.uses, PG.evaluatesOn, PG.addresses, PG.measures, PG.reports, PG.value, PG.unit,
                PG.kind, PG.qualifier, PG.metric, PG.subject, PG.dataset, PG.baseline, PG.statedAs, PG.reportedIn,
                PG.evidence, PG.sentenceText, PG.startOffset, PG.endOffset, PG.authorCount, PG.upvotes, PG.titleKey, PG.Extractor,
                PG.ExtractionRun)) {
            assertTrue(ontology.getResource(term.getURI()).hasProperty(RDF.type), term.getURI());
        }
    }
}
