package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.papergraph.store.PaperStore;

/** Opens a database with a message that says what is wrong with the folder. */
final class Stores {
    private Stores() {
    }

    static PaperStore open(Path db) {
        if (Files.exists(db) && !Files.isDirectory(db)) {
            throw new IllegalArgumentException("--db " + db + " is a file, not a database folder");
        }
        try {
            return PaperStore.open(db);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                // TDB2 allows one process per database: typically a running `serve` or `up`.
                throw new IllegalStateException("the database " + db + " is in use by another process (" + e.getMessage()
                        + "); stop the server, or query it over HTTP at /papergraph/query", e);
            }
            throw e;
        }
    }

    static PaperStore openExisting(Path db) {
        if (!Files.isDirectory(db)) {
            throw new IllegalArgumentException("no database at " + db + " (create one with: papergraph load FILE… --db " + db + ")");
        }
        return open(db);
    }
}
