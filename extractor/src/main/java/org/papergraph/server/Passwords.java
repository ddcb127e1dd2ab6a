package org.papergraph.server;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.papergraph.config.PasswordLines;

/**
 * The user names of a Jetty password file ({@code user: password[, role…]} per line, {@code #} comments), as
 * Fuseki reads it for authentication; the names become the users allowed to update.
 */
final class Passwords {
    private Passwords() {
    }

    static Set<String> users(Path file) {
        Set<String> users = new LinkedHashSet<>();
        for (PasswordLines.Entry entry : PasswordLines.read(file, "password file")) users.add(entry.user());
        return users;
    }
}
