package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}'s output loaded into a real TDB2 database, SHACL-valid (about 50 s on the shared machine). */
class GeneratedCorpusLoadSlowTest {
    private static final String CORPUS = GenerateCommandTest.CORPUS;

    @Test
    void twoHundredGeneratedRecordsAreAllLoaded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.jsonl");
        CliTest.Run gen = CliTest.run("generate", "200", "-o", file.toString(), "--seed", "42", "--from", CORPUS);
        assertEquals(ExitCodes.OK, gen.exit(), gen.err());
        assertTrue(gen.err().contains("200 records written to " + file), gen.err());
        assertEquals(200, Files.readAllLines(file).size());
        assertTrue(Files.notExists(dir.resolve("synthetic.jsonl.part")));

        Path db = dir.resolve("db");
        CliTest.Run load = CliTest.run("load", file.toString(), "--db", db.toString(), "--validate", "fail");
        assertEquals(ExitCodes.OK, load.exit(), load.err());
        assertTrue(load.err().contains("200 papers"), load.err());
        Path rq = Files.writeString(dir.resolve("count.rq"), """
                SELECT (COUNT(DISTINCT ?p) AS ?papers) (COUNT(DISTINCT ?doi) AS ?dois) WHERE { GRAPH ?g {
                  ?p a <https://w3id.org/papergraph/ns#Paper> ; <https://w3id.org/papergraph/ns#arxivId> ?id ;
                     <http://purl.org/ontology/bibo/authorList> ?authors .
                  OPTIONAL { ?p <http://purl.org/ontology/bibo/doi> ?doi } } }""");
        CliTest.Run count = CliTest.run("query", rq.toString(), "--db", db.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, count.exit(), count.err());
        String[] row = count.out().lines().skip(1).findFirst().orElseThrow().split(",");
        assertEquals("200", row[0]);
        assertTrue(Integer.parseInt(row[1]) > 20 && Integer.parseInt(row[1]) < 120, "some have a DOI: " + row[1]);
    }

}
