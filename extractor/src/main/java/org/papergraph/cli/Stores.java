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
        return PaperStore.open(db);
    }

    static PaperStore openExisting(Path db) {
        if (!Files.isDirectory(db)) {
            throw new IllegalArgumentException("no database at " + db + " (create one with: papergraph load FILE… --db " + db + ")");
        }
        return PaperStore.open(db);
    }
}
