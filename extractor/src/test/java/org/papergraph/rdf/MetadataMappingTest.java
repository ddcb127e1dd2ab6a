package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.config.ProjectFiles;
import org.papergraph.ingest.Paper;
import org.papergraph.model.Extraction;
import org.papergraph.model.PaperMetadata;

/** The arXiv metadata of a paper in its graph: the terms, the ordered author list, and the shapes that check them. */
class MetadataMappingTest {
    private final ShapesValidator validator = ShapesValidator.load(ProjectFiles.at(Path.of("..")));

    private static Graph graphOf(PaperMetadata metadata) {
        Paper paper = new Paper("hep-th/9901001", "Strings on a circle", "We compactify a string.", 2, LocalDate.of(1999, 1, 1), null,
                "https://arxiv.org/abs/hep-th/9901001", "f:1", metadata);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new ExtractionMapper(PG.ID + "extractor/test").write(new Extraction(paper, List.of(), List.of()), StreamRDFLib.dataset(dsg));
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    @Test
    void theMetadataIsWrittenWithBiboDctermsAndAnRdfSeqOfNames() {
        Graph actual = graphOf(new PaperMetadata("hep-th/9901001", "10.1016/S0550-3213(99)00123-4", List.of("A. One", "B. Two"),
                List.of("hep-th", "gr-qc")));
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix pg: <https://w3id.org/papergraph/ns#> . @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix bibo: <http://purl.org/ontology/bibo/> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/papergraph/id/paper/hep-th%2F9901001> a pg:Paper ;
                    dcterms:identifier "hep-th/9901001" ; dcterms:title "Strings on a circle" ; pg:titleKey "strings on a circle" ; dcterms:abstract "We compactify a string." ;
                    dcterms:date "1999-01-01"^^xsd:date ; pg:authorCount 2 ; foaf:page <https://arxiv.org/abs/hep-th/9901001> ;
                    <http://www.w3.org/ns/prov#wasAttributedTo> <https://w3id.org/papergraph/id/extractor/test> ;
                    pg:arxivId "hep-th/9901001" ; bibo:doi "10.1016/S0550-3213(99)00123-4" ; dcterms:subject "hep-th", "gr-qc" ;
                    bibo:authorList <https://w3id.org/papergraph/id/paper/hep-th%2F9901001/authors> .
                <https://w3id.org/papergraph/id/paper/hep-th%2F9901001/authors> a rdf:Seq ; rdf:_1 "A. One" ; rdf:_2 "B. Two" .
                """).lang(Lang.TURTLE).parse(expected);
        assertTrue(actual.isIsomorphicWith(expected), () -> "actual:\n" + actual);
        assertEquals(List.of(), validator.validate(actual));
    }

    @Test
    void aPaperWithoutMetadataGetsNoneOfTheseTerms() {
        Graph g = graphOf(null);
        assertTrue(g.find(null, PG.arxivId, null).toList().isEmpty());
        assertTrue(g.find(null, PG.biboAuthorList, null).toList().isEmpty());
        assertEquals(List.of(), validator.validate(g));
    }

    @Test
    void aDoiWithItsResolverOrAnArxivIdThatIsNoneAreViolations() {
        List<ShapesValidator.Violation> v = validator.validate(graphOf(new PaperMetadata("arXiv:1234", "https://doi.org/10.1/x",
                List.of("A. One"), List.of())));
        assertEquals(2, v.size(), v.toString());
        assertTrue(v.toString().contains("bibo:doi must be one DOI") && v.toString().contains("pg:arxivId must be an arXiv identifier"), v.toString());
    }
}
