package org.papergraph.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code user: password} lines of a Jetty password file ({@code #} comments and blank lines skipped):
 * read by the server for its users and by {@code load --server} for its credentials. Stateless.
 */
public final class PasswordLines {
    /** One line; {@code password} is everything after the colon, stripped. */
    public record Entry(String user, String password) {
    }

    private PasswordLines() {
    }

    /**
     * @param what how the file is named in messages ("password file", "credentials file")
     * @throws UncheckedIOException     the file cannot be read
     * @throws IllegalArgumentException a line lacks the user or the password (the message names file and line)
     */
    public static List<Entry> read(Path file, String what) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + file + ": " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'user: password', got a line without both");
            }
            entries.add(new Entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        return entries;
    }
}
