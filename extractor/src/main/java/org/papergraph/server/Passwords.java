package org.papergraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The user names of a Jetty password file ({@code user: password[, role…]} per line, {@code #} comments), as
 * Fuseki reads it for authentication; the names become the users allowed to update.
 */
final class Passwords {
    private Passwords() {
    }

    static Set<String> users(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        Set<String> users = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'user: password', got a line without both");
            }
            users.add(line.substring(0, colon).strip());
        }
        return users;
    }
}
