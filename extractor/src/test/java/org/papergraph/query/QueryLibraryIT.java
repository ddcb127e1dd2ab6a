package org.papergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.server.PapergraphServer;
import org.papergraph.store.PaperStore;
import org.papergraph.store.SampleDatabase;

/**
 * Every query of {@code queries/} run with the parameters of its header's example call on the sample
 * corpus (a real TDB2 database, loaded once for the class) through a real Fuseki server on a free loopback
 * port, against its golden file {@code golden/queries/NAME.tsv}. Rows are compared in order when the query
 * orders them (every ORDER BY of the library is total), as sets otherwise.
 *
 * <p>After a change of the extractor, rewrite the golden files with
 * {@code mvn -pl extractor test -Dtest=QueryLibraryIT -Dpapergraph.golden.update=true} and review the diff.
 */
class QueryLibraryIT {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/queries");
    private static final boolean UPDATE = Boolean.getBoolean("papergraph.golden.update");

    @TempDir
    static Path dir;
    private static PaperStore store;
    private static PapergraphServer server;

    @BeforeAll
    static void serveTheSampleCorpus() throws Exception {
        store = SampleDatabase.create(dir.resolve("db"));
        server = PapergraphServer.create().dataset(store.dataset()).port(0).files(SampleDatabase.project()).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static Stream<String> queries() {
        return NamedQuery.names(SampleDatabase.project()).stream();
    }

    @Test
    void theLibraryHasAtLeastTwelveQueriesEachWithAHeader() throws Exception {
        List<String> names = NamedQuery.names(SampleDatabase.project());
        assertTrue(names.size() >= 12, names.toString());
        for (String name : names) {
            NamedQuery q = NamedQuery.load(SampleDatabase.project(), name);
            assertFalse(q.description().isBlank(), name + ": no description");
            assertNotNull(q.example(), name + ": no example call");
            assertTrue(q.example().startsWith("papergraph query " + name + " "), name + ": " + q.example());
            assertEquals(q.parameters().stream().map(NamedQuery.Parameter::name).filter(q.exampleParameters()::containsKey).count(),
                    q.exampleParameters().size(), name + ": the example sets a parameter the header does not declare");
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void theExampleCallGivesTheGoldenRowsThroughTheServer(String name) throws Exception {
        NamedQuery q = NamedQuery.load(SampleDatabase.project(), name);
        Map<String, Node> bindings = q.bindings(q.exampleParameters());
        List<String> rows = Rows.of(SparqlSource.endpoint(server.queryUrl()).select(q.query(), bindings));
        Path golden = GOLDEN.resolve(name + ".tsv");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, rows, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + " (write it with -Dpapergraph.golden.update=true and review it)");
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
        assertTrue(rows.size() > 1, name + " gives no rows on the sample corpus; its example should show something");
        if (q.query().hasOrderBy()) {
            assertEquals(String.join("\n", expected), String.join("\n", rows), name + " (ordered)");
        } else {
            assertEquals(Rows.sorted(expected), Rows.sorted(rows), name + " (as a set of rows)");
        }
        // The same query on the database directly: the endpoint changes nothing.
        RowSetRewindable local = SparqlSource.local(store.dataset(), "db").select(q.query(), bindings);
        assertEquals(Rows.sorted(rows), Rows.sorted(Rows.of(local)), name + ": endpoint and database differ");
    }

    @Test
    void aParameterValueIsATermNotQueryText() throws Exception {
        NamedQuery q = NamedQuery.load(SampleDatabase.project(), "results-for-dataset");
        String hostile = "GLUE\")) } } SELECT * WHERE { ?s ?p ?o } #";
        RowSetRewindable rows = SparqlSource.endpoint(server.queryUrl()).select(q.query(), q.bindings(Map.of("datasetName", hostile)));
        assertEquals(1, Rows.of(rows).size(), "a dataset named " + hostile + " has no results");
    }

    /** Rows as lines: a header of variable names, then one line per row, tab-separated. */
    static final class Rows {
        static List<String> of(RowSetRewindable rows) {
            List<String> out = new ArrayList<>();
            out.add(String.join("\t", rows.getResultVars().stream().map(v -> v.getVarName()).toList()));
            rows.reset();
            rows.forEachRemaining(b -> {
                List<String> cells = new ArrayList<>();
                for (var v : rows.getResultVars()) cells.add(cell(b.get(v)));
                out.add(String.join("\t", cells));
            });
            return out;
        }

        static String cell(Node n) {
            if (n == null) return "";
            String s = n.isURI() ? "<" + n.getURI() + ">" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
            return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
        }

        static List<String> sorted(List<String> lines) {
            List<String> out = new ArrayList<>(lines.subList(1, lines.size()));
            out.sort(null);
            out.add(0, lines.get(0));
            return out;
        }
    }
}
