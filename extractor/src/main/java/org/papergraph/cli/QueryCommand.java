package org.papergraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
                "Named queries are listed when NAME is not found."})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    static final String FOLDER = "queries";

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A named query or a query file.")
    String query;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        ProjectFiles project = ProjectFiles.fromEnvironment();
        String text;
        try {
            text = queryText(project, query);
        } catch (IllegalArgumentException e) {
            System.err.println("papergraph query: " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        Query parsed;
        try {
            parsed = QueryFactory.create(text);
        } catch (QueryParseException e) {
            System.err.println("papergraph query: " + query + ": " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        }
        try (PaperStore store = Stores.openExisting(db)) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution exec = QueryExecution.create(parsed, org.apache.jena.query.DatasetFactory.wrap(store.dataset()))) {
                    if (parsed.isSelectType()) {
                        var rs = exec.execSelect();
                        switch (format) {
                            case table -> ResultSetFormatter.out(System.out, rs, parsed.getPrologue());
                            case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                            case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
                            case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                        }
                    } else if (parsed.isAskType()) {
                        System.out.println(exec.execAsk());
                    } else {
                        org.apache.jena.riot.RDFDataMgr.write(System.out, exec.execConstruct(), org.apache.jena.riot.Lang.TURTLE);
                    }
                }
            });
        }
        return ExitCodes.OK;
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
