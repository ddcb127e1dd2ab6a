package org.papergraph.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.papergraph.server.PapergraphServer;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a database read-only over SPARQL.",
                "The endpoint is http://localhost:PORT/papergraph/ (query, sparql, data); it runs until stopped (Ctrl-C).",
                "The database must be one that load wrote."})
final class ServeCommand extends PapergraphCommand {
    @Mixin
    DbOption db;

    @Mixin
    ServerOptions server;

    @Override
    protected int doCall() {
        server.checkPortFree();
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
        command.message("%d papers at %s (Ctrl-C to stop)", store.paperCount(), server.queryUrl());
        command.err().printf("  try: curl -s %s --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'%n", server.queryUrl());
        command.err().flush();
        server.join();
    }

    /** {@code --port} and {@code --public}, shared by serve and up. A picocli mixin. */
    static final class ServerOptions {
        @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
        picocli.CommandLine.Model.CommandSpec spec;

        int port = PapergraphServer.DEFAULT_PORT;

        @Option(names = "--port", paramLabel = "N", description = "HTTP port, 0 to 65535 (default: " + PapergraphServer.DEFAULT_PORT + "; 0 picks a free one).")
        void setPort(int value) {
            port = Ranges.check(spec, "--port", value, 0, 65535);
        }

        @Option(names = "--public", description = "Listen on all interfaces, not only on localhost.")
        boolean allInterfaces;

        /** Finds a taken port before any work (an {@code up} would otherwise extract and load first). */
        void checkPortFree() {
            if (port == 0) return;
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(allInterfaces ? new InetSocketAddress(port) : new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException e) {
                throw CommandFailure.cannotCreate("port " + port + " is in use (" + e.getMessage()
                        + "); choose another with --port N (0 picks a free one)");
            }
        }
    }
}
