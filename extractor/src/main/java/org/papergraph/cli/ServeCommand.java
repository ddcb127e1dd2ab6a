package org.papergraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.papergraph.config.ProjectFiles;
import org.papergraph.server.PapergraphServer;
import org.papergraph.store.PaperStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a database read-only over SPARQL at http://localhost:PORT/papergraph/ (query, sparql, data),",
                "the query page at /, every IRI of the graph under /id/ (HTML, Turtle, JSON-LD, N-Triples, RDF/XML)",
                "and the VoID description at /.well-known/void. Runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = "--port", defaultValue = "" + PapergraphServer.DEFAULT_PORT, description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--public", description = "Listen on all interfaces, not only on localhost.")
    boolean allInterfaces;

    @CommandLine.Mixin
    ServerOptions server = new ServerOptions();

    @Override
    public Integer call() {
        PaperStore store = Stores.openExisting(db);
        serve(store, port, allInterfaces, server);
        return ExitCodes.OK;
    }

    static void serve(PaperStore store, int port, boolean allInterfaces, ServerOptions options) {
        PapergraphServer server = PapergraphServer.create()
                .dataset(store.dataset())
                .port(port)
                .loopbackOnly(!allInterfaces)
                .files(ProjectFiles.fromEnvironment())
                .base(options.base)
                .updates(options.updatesPasswordFile())
                .build()
                .start();
        System.err.printf("papergraph serve: %d papers at %s (Ctrl-C to stop)%n", store.paperCount(), server.localUrl());
        System.err.printf("  query page: %s  SPARQL: %s%s%n", server.localUrl(), server.queryUrl(),
                options.updates ? "  updates: " + server.localUrl() + "papergraph/update (authenticated)" : "");
        System.err.printf("  try: curl -s %s --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'%n", server.queryUrl());
        server.join();
    }
}
