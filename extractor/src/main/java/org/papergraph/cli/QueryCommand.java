package org.papergraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.util.EnumSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import picocli.CommandLine.Mixin;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.papergraph.config.ProjectFiles;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against a database and prints the answer.",
                "NAME is a query of queries/ (e.g. papers-per-dataset); FILE.rq is any query file.",
                "Named queries are listed when NAME is not found. SELECT and ASK answers are tables (table, csv, tsv, json);",
                "CONSTRUCT and DESCRIBE answers are graphs (turtle, ntriples, jsonld; table means turtle)."})
final class QueryCommand extends PapergraphCommand {
    enum Format { table, csv, tsv, json, turtle, ntriples, jsonld }

    static final String FOLDER = "queries";

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A named query or a query file.")
    String query;

    @Mixin
    DbOption db;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected int doCall() throws IOException {
        ProjectFiles project = project();
        String text;
        try {
            text = queryText(project, query);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.noInput(e.getMessage());
        }
        Query parsed;
        try {
            parsed = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw CommandFailure.dataError(query + ": " + e.getMessage());
        }
        boolean graph = parsed.isConstructType() || parsed.isDescribeType();
        if (graph && EnumSet.of(Format.csv, Format.tsv, Format.json).contains(format)) {
            throw CommandFailure.usage(query + " is a " + (parsed.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                    + " query: its answer is a graph, not a table; use -f turtle, ntriples or jsonld");
        }
        if (!graph && EnumSet.of(Format.turtle, Format.ntriples, Format.jsonld).contains(format)) {
            throw CommandFailure.usage(query + " is a " + (parsed.isAskType() ? "ASK" : "SELECT")
                    + " query: its answer is a table, not a graph; use -f table, csv, tsv or json");
        }
        try (PaperStore store = db.openExisting(); OutputStream out = outStream()) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution exec = QueryExecution.create(parsed, DatasetFactory.wrap(store.dataset()))) {
                    if (parsed.isSelectType()) {
                        var rs = exec.execSelect();
                        switch (format) {
                            // Ingest strips control characters, but a database may hold others' data: a terminal table shows them escaped.
                            case table -> ResultSetFormatter.out(new ControlEscapingStream(out), rs, parsed.getPrologue());
                            case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                            case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                            default -> ResultSetFormatter.outputAsJSON(out, rs);
                        }
                    } else if (parsed.isAskType()) {
                        boolean answer = exec.execAsk();
                        switch (format) {
                            case csv -> ResultSetFormatter.outputAsCSV(out, answer);
                            case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
                            case json -> ResultSetFormatter.outputAsJSON(out, answer);
                            default -> out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
                        }
                    } else {
                        Model model = parsed.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                        RDFDataMgr.write(out, model, switch (format) {
                            case ntriples -> Lang.NTRIPLES;
                            case jsonld -> Lang.JSONLD;
                            default -> Lang.TURTLE;
                        });
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return ExitCodes.OK;
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

    /** The text of a named query or of a query file. */
    static String queryText(ProjectFiles project, String nameOrFile) throws IOException {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8);
        String name = nameOrFile.endsWith(".rq") ? nameOrFile.substring(0, nameOrFile.length() - 3) : nameOrFile;
        String path = FOLDER + "/" + name + ".rq";
        if (!project.exists(path)) {
            throw new IllegalArgumentException("no query file " + nameOrFile + " and no named query \"" + name + "\"; named queries: "
                    + String.join(", ", project.list(FOLDER, ".rq").stream().map(n -> n.substring(0, n.length() - 3)).toList()));
        }
        try (InputStream in = project.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
