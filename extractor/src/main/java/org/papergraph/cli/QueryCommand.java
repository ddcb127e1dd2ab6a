package org.papergraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.SparqlSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against a database or an endpoint and prints the answer.",
                "NAME is a query of queries/ (e.g. leaderboard); FILE.rq is any query file.",
                "Each query's header lists its parameters and their defaults; set them with --param NAME=VALUE.",
                "Named queries are listed when NAME is not found. SELECT and ASK answers are tables (table, csv, tsv, json);",
                "CONSTRUCT and DESCRIBE answers are graphs (turtle, ntriples, jsonld; table means turtle)."})
final class QueryCommand extends PapergraphCommand {
    enum Format { table, csv, tsv, json, turtle, ntriples, jsonld }

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A named query or a query file.")
    String query;

    @ArgGroup(exclusive = true, multiplicity = "1")
    SparqlTarget target;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter of the query (repeatable), e.g. --param datasetName=GLUE.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected int doCall() throws IOException {
        NamedQuery named;
        try {
            named = NamedQuery.load(project(), query);
        } catch (NamedQuery.UnknownQueryException e) {
            throw CommandFailure.noInput(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CommandFailure.dataError(e.getMessage());
        }
        Map<String, Node> bindings;
        try {
            bindings = named.bindings(params);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage(e.getMessage());
        }
        Query parsed = named.query();
        boolean graph = parsed.isConstructType() || parsed.isDescribeType();
        if (graph && EnumSet.of(Format.csv, Format.tsv, Format.json).contains(format)) {
            throw CommandFailure.usage(query + " is a " + (parsed.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                    + " query: its answer is a graph, not a table; use -f turtle, ntriples or jsonld");
        }
        if (!graph && EnumSet.of(Format.turtle, Format.ntriples, Format.jsonld).contains(format)) {
            throw CommandFailure.usage(query + " is a " + (parsed.isAskType() ? "ASK" : "SELECT")
                    + " query: its answer is a table, not a graph; use -f table, csv, tsv or json");
        }
        target.run(source -> {
            // The sources read answers completely before returning: a failing endpoint leaves no partial output.
            try (OutputStream out = outStream()) {
                write(source, parsed, bindings, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        return ExitCodes.OK;
    }

    private void write(SparqlSource source, Query parsed, Map<String, Node> bindings, OutputStream out) throws IOException {
        if (parsed.isSelectType()) {
            ResultSet rs = ResultSet.adapt(source.select(parsed, bindings));
            switch (format) {
                // Ingest strips control characters, but a database may hold others' data: a terminal table shows them escaped.
                case table -> ResultSetFormatter.out(new ControlEscapingStream(out), rs, parsed.getPrologue());
                case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                default -> ResultSetFormatter.outputAsJSON(out, rs);
            }
        } else if (parsed.isAskType()) {
            boolean answer = source.ask(parsed, bindings);
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(out, answer);
                case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
                case json -> ResultSetFormatter.outputAsJSON(out, answer);
                default -> out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } else {
            RDFDataMgr.write(out, source.graph(parsed, bindings), switch (format) {
                case ntriples -> Lang.NTRIPLES;
                case jsonld -> Lang.JSONLD;
                default -> Lang.TURTLE;
            });
        }
    }

    /** Shows control bytes (other than line ends) as {@code \}{@code uXXXX}, so that no escape sequence reaches a terminal. */
    static final class ControlEscapingStream extends java.io.FilterOutputStream {
        ControlEscapingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if ((b < 0x20 && b != '\n' && b != '\r') || b == 0x7f) {
                out.write(String.format("\\u%04X", b).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) write(b[i]);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
