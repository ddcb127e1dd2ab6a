package org.papergraph.cli;

import java.io.IOException;
import org.papergraph.server.PapergraphServer;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a database read-only over SPARQL, with the query page, its IRIs as linked data and VoID.",
                "SPARQL is at http://localhost:PORT/papergraph/ (query, sparql, data), the query page at /, every IRI of the",
                "graph under /id/ (HTML, Turtle, JSON-LD, N-Triples, RDF/XML) and the VoID description at /.well-known/void.",
                "It runs until stopped (Ctrl-C).",
                "The database must be one that load wrote."})
final class ServeCommand extends PapergraphCommand {
    @Mixin
    DbOption db;

    @Mixin
    ServerOptions server;

    @Override
    protected int doCall() {
        server.checkBeforeWork();
        PaperStore store = db.openExisting();
        serve(this, store, server);
        return ExitCodes.OK;
    }

    static void serve(PapergraphCommand command, PaperStore store, ServerOptions options) {
        PapergraphServer server;
        try {
            server = PapergraphServer.create()
                    .dataset(store.dataset())
                    .port(options.port)
                    .loopbackOnly(!options.allInterfaces)
                    .files(command.project())
                    .base(options.base)
                    .updates(options.updatesPasswordFile())
                    .build()
                    .start();
        } catch (RuntimeException e) {
            // Fuseki reports a port taken between the check and the start as an IOException inside.
            if (String.valueOf(e.getMessage()).contains("bind") || e.getCause() instanceof IOException) {
                throw CommandFailure.cannotCreate("cannot listen on port " + options.port + ": " + e.getMessage()
                        + " (choose another with --port N; 0 picks a free one)");
            }
            throw e;
        }
        command.message("%d papers at %s (Ctrl-C to stop)", store.paperCount(), server.localUrl());
        command.err().printf("  query page: %s  SPARQL: %s%s%n", server.localUrl(), server.queryUrl(),
                options.updates ? "  updates: " + server.localUrl() + "papergraph/update (authenticated)" : "");
        command.err().printf("  try: curl -s %s --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'%n", server.queryUrl());
        command.err().flush();
        server.join();
    }
}
