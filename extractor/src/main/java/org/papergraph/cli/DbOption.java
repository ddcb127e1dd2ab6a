package org.papergraph.cli;

import java.nio.file.Path;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Option;

/**
 * {@code --db DIR}, required: the TDB2 database folder. A picocli mixin. Read commands use
 * {@link #openExisting()} (refuses anything but an existing papergraph database, writing nothing); loaders
 * use {@link #openForWriting()} (creates it if missing).
 */
public final class DbOption {
    @Option(names = "--db", required = true, paramLabel = "DIR",
            description = "The database folder (read commands: an existing papergraph database; load: created if missing).")
    Path db;

    public Path path() {
        return db;
    }

    public PaperStore openExisting() {
        return Stores.openExisting(db);
    }

    public PaperStore openForWriting() {
        return Stores.open(db);
    }
}
