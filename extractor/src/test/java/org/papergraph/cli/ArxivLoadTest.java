package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load} of the arXiv fixture into a real TDB2 database, read back with SPARQL through {@code query}. */
class ArxivLoadTest {
    private static final String FIXTURE = Path.of("src", "test", "resources", "ingest", "arxiv-snapshot.jsonl").toString();

    private static List<String> select(Path dir, Path db, String sparql) throws Exception {
        Path rq = Files.writeString(Files.createTempFile(dir, "q", ".rq"), """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX bibo: <http://purl.org/ontology/bibo/>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX pg: <https://w3id.org/papergraph/ns#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                """ + sparql);
        CliTest.Run r = CliTest.run("query", rq.toString(), "--db", db.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        return r.out().lines().skip(1).toList();
    }

    @Test
    void theDoiAuthorsCategoriesAndPageAreInThePapersGraph(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        CliTest.Run load = CliTest.run("load", FIXTURE, "--db", db.toString(), "--validate", "fail");
        assertEquals(ExitCodes.SOME_REJECTED, load.exit(), load.err());
        assertTrue(load.err().contains(FIXTURE + ":5: \"abstract\" should be a string"), load.err());
        assertTrue(load.err().contains("5 papers"), load.err());

        assertEquals(List.of("0704.0042,10.1000/example.2007.042,https://arxiv.org/abs/0704.0042,2007-04-03"), select(dir, db, """
                SELECT ?id ?doi ?page ?date WHERE { GRAPH ?g { ?p pg:arxivId "0704.0042" ; dcterms:identifier ?id ;
                    bibo:doi ?doi ; foaf:page ?page ; dcterms:date ?date } }"""));
        assertEquals(List.of("1,Jonas Eriksen", "2,\"Maria G. G{\\\"\"o}bel\"", "3,Rafael Alvarez Jr."), select(dir, db, """
                SELECT ?n ?name WHERE { GRAPH ?g { ?p pg:arxivId "0704.0042" ; bibo:authorList ?list . ?list a rdf:Seq ; ?member ?name .
                    FILTER(STRSTARTS(STR(?member), STR(rdf:_))) BIND(xsd:integer(STRAFTER(STR(?member), "_")) AS ?n) } } ORDER BY ?n"""
                .replace("xsd:integer", "<http://www.w3.org/2001/XMLSchema#integer>")));
        assertEquals(List.of("cs.CL", "cs.LG"), select(dir, db, """
                SELECT ?c WHERE { GRAPH ?g { ?p pg:arxivId "2301.01234" ; dcterms:subject ?c } } ORDER BY ?c"""));
        assertEquals(List.of("https://arxiv.org/abs/hep-th/9901001,10.1016/S0550-3213(99)00123-4"), select(dir, db, """
                SELECT ?page ?doi WHERE { GRAPH ?g { ?p pg:arxivId "hep-th/9901001" ; foaf:page ?page ; bibo:doi ?doi } }"""));
        assertEquals(List.of("LoRA"), select(dir, db, """
                SELECT ?name WHERE { GRAPH ?g { ?p pg:arxivId "2301.01234" ; pg:mentions ?e . ?e <http://www.w3.org/2000/01/rdf-schema#label> ?label ;
                    <http://www.w3.org/2004/02/skos/core#altLabel>? ?name . FILTER(?name = "LoRA") } } LIMIT 1"""));
    }

    @Test
    void categoriesFilterTheArxivRecordsAndTheSummarySaysHowMany(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        CliTest.Run load = CliTest.run("load", FIXTURE, "--db", db.toString(), "--categories", "cs.CL,hep-th");
        assertEquals(ExitCodes.SOME_REJECTED, load.exit(), load.err());
        assertTrue(load.err().contains("2 papers"), load.err());
        assertTrue(load.err().contains("3 filtered out by --categories"), load.err());
        assertEquals(List.of("2301.01234", "hep-th/9901001"), select(dir, db, """
                SELECT ?id WHERE { GRAPH ?g { ?p a pg:Paper ; pg:arxivId ?id } } ORDER BY ?id"""));
        CliTest.Run none = CliTest.run("extract", FIXTURE, "--categories", "q-bio.NC");
        assertEquals(ExitCodes.DATA_ERROR, none.exit(), none.err());
        assertTrue(none.err().contains("has one of the categories q-bio.NC (5 filtered out by --categories, 2 rejected)"), none.err());
    }
}
