package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NeurIPS 2023 corpus, which no rule was written for, as a real input: its first 300 records loaded into
 * a real TDB2 database with SHACL validation failing the load on any violation.
 */
class NeuripsCorpusSlowTest {
    static final Path NEURIPS = Path.of("..", "..", "shared", "corpora", "neurips2023.jsonl");
    private static final int RECORDS = 300;

    @Test
    void theFirst300RecordsAreAllStoredValidWithResultsAndEntitiesOfEveryType(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(NEURIPS),
                "skipped: " + NEURIPS.toAbsolutePath().normalize() + " is absent (shared/ is not beside the checkout)");
        List<String> lines;
        try (var all = Files.lines(NEURIPS)) {
            lines = all.limit(RECORDS).toList();
        }
        assertEquals(RECORDS, lines.size());
        Path input = Files.write(dir.resolve("neurips-300.jsonl"), lines);
        Path db = dir.resolve("db");
        CliTest.Run load = CliTest.run("load", input.toString(), "--db", db.toString(), "--validate", "fail");
        assertEquals(ExitCodes.OK, load.exit(), load.err());
        assertTrue(load.err().contains(RECORDS + " papers"), load.err());

        Path rq = Files.writeString(dir.resolve("census.rq"), """
                PREFIX pg: <https://w3id.org/papergraph/ns#>
                SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
                  GRAPH ?g { { ?x a pg:Paper . BIND("Paper" AS ?what) } UNION { ?x a pg:Result . BIND("Result" AS ?what) }
                    UNION { ?x a ?type . VALUES ?type { pg:Method pg:Model pg:Dataset pg:Metric pg:Task }
                            BIND(STRAFTER(STR(?type), "#") AS ?what) } }
                } GROUP BY ?what ORDER BY ?what""");
        CliTest.Run census = CliTest.run("query", rq.toString(), "--db", db.toString(), "--format", "csv");
        assertEquals(ExitCodes.OK, census.exit(), census.err());
        Map<String, Integer> counts = new TreeMap<>();
        census.out().lines().skip(1).forEach(l -> counts.put(l.split(",")[0], Integer.parseInt(l.split(",")[1].strip())));
        assertEquals(RECORDS, counts.get("Paper"), "every record stored: " + counts);
        for (String type : List.of("Result", "Method", "Model", "Dataset", "Metric", "Task")) {
            assertTrue(counts.getOrDefault(type, 0) >= 1, "no " + type + ": " + counts);
        }
    }
}
