package org.papergraph.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.papergraph.server.PapergraphServer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The server's options, shared by {@code serve} and {@code up}: {@code --port}, {@code --public}, {@code --base},
 * {@code --updates} and {@code --password-file}. A picocli mixin.
 */
final class ServerOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    int port = PapergraphServer.DEFAULT_PORT;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port, 0 to 65535 (default: " + PapergraphServer.DEFAULT_PORT + "; 0 picks a free one).")
    void setPort(int value) {
        port = Ranges.check(spec, "--port", value, 0, 65535);
    }

    @Option(names = "--public", description = "Listen on all interfaces, not only on localhost.")
    boolean allInterfaces;

    @Option(names = "--base", paramLabel = "URL",
            description = "Public address of the server root, e.g. https://w3id.org/papergraph/ behind the w3id redirect; "
                    + "pages and the VoID link there (default: http://localhost:PORT/).")
    String base;

    @Option(names = "--updates", description = "Enable SPARQL update (/papergraph/update) and the read-write graph store "
            + "(/papergraph/store) for the users of --password-file, with HTTP basic authentication.")
    boolean updates;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Jetty password file, one 'user: password' line per user, read at start (needed by --updates).")
    Path passwordFile;

    /**
     * Checks the options before any work (an {@code up} would otherwise extract and load first): a taken port,
     * {@code --updates} without {@code --password-file}.
     */
    void checkBeforeWork() {
        updatesPasswordFile();
        checkPortFree();
    }

    /** The password file when {@code --updates} is on, null when it is off. */
    Path updatesPasswordFile() {
        if (!updates) return null;
        if (passwordFile == null) {
            throw CommandFailure.usage("--updates needs --password-file FILE");
        }
        return passwordFile;
    }

    /** Finds a taken port before any work. */
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
