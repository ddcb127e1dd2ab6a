package org.papergraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.papergraph.config.ProjectFiles;
import org.papergraph.query.NamedQuery;
import org.papergraph.query.SparqlSource;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against a database or an endpoint and prints the answer.",
                "NAME is a query of queries/ (e.g. leaderboard); FILE.rq is any query file.",
                "Each query's header lists its parameters and their defaults; set them with --param NAME=VALUE.",
                "Named queries are listed when NAME is not found."})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A named query or a query file.")
    String query;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 database folder (no server may hold it open).")
        Path db;

        @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint, e.g. http://localhost:3030/papergraph/query.")
        String endpoint;
    }

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter of the query (repeatable), e.g. --param datasetName=GLUE.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        NamedQuery named;
        Map<String, Node> bindings;
        try {
            named = NamedQuery.load(ProjectFiles.fromEnvironment(), query);
        } catch (NamedQuery.UnknownQueryException e) {
            err.println("papergraph query: " + e.getMessage());
            return ExitCodes.NO_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("papergraph query: " + e.getMessage());
            return ExitCodes.DATA_ERROR;
        }
        try {
            bindings = named.bindings(params);
        } catch (IllegalArgumentException e) {
            err.println("papergraph query: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (target.endpoint != null) {
            run(SparqlSource.endpoint(target.endpoint), named.query(), bindings);
        } else {
            try (PaperStore store = Stores.openExisting(target.db)) {
                run(SparqlSource.local(store.dataset(), target.db.toString()), named.query(), bindings);
            }
        }
        return ExitCodes.OK;
    }

    private void run(SparqlSource source, Query parsed, Map<String, Node> bindings) {
        PrintWriter out = spec.commandLine().getOut();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (parsed.isSelectType()) {
            ResultSet rs = ResultSet.adapt(source.select(parsed, bindings));
            switch (format) {
                case table -> ResultSetFormatter.out(buffer, rs, parsed.getPrologue());
                case csv -> ResultSetFormatter.outputAsCSV(buffer, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(buffer, rs);
                case json -> ResultSetFormatter.outputAsJSON(buffer, rs);
            }
        } else if (parsed.isAskType()) {
            out.println(source.ask(parsed, bindings));
        } else {
            RDFDataMgr.write(buffer, source.graph(parsed, bindings), Lang.TURTLE);
        }
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
    }
}
