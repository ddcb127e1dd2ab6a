package org.papergraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the server shared by {@code serve} and {@code up}. */
final class ServerOptions {
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

    Path updatesPasswordFile() {
        if (!updates) return null;
        if (passwordFile == null) {
            throw new IllegalArgumentException("--updates needs --password-file FILE");
        }
        return passwordFile;
    }
}
