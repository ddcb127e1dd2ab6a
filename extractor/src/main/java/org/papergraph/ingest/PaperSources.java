package org.papergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the right reader for an input by its name: {@code .jsonl}/{@code .json} is JSON Lines, anything else a listing page. */
public final class PaperSources {
    private PaperSources() {
    }

    public static PaperSource open(Path file) throws IOException {
        return open(file.toString(), Files.newInputStream(file));
    }

    public static PaperSource open(String name, InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String lower = name.toLowerCase();
        return lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".ndjson")
                ? new JsonLinesSource(name, reader)
                : new ListingPageSource(name, reader);
    }
}
