package org.papergraph.cli;

import java.nio.file.Path;
import org.papergraph.store.PaperStore;
import org.papergraph.store.StoreException;

/** Opens a database for a command: a {@link StoreException} becomes a {@link CommandFailure} with its exit code. */
final class Stores {
    private Stores() {
    }

    /** For loaders: creates the database if missing. */
    static PaperStore open(Path db) {
        try {
            return PaperStore.open(db);
        } catch (StoreException e) {
            throw failure(e);
        }
    }

    /** For read commands: an existing papergraph database only; nothing is written into anything else. */
    static PaperStore openExisting(Path db) {
        try {
            return PaperStore.openExisting(db);
        } catch (StoreException e) {
            throw failure(e);
        }
    }

    static CommandFailure failure(StoreException e) {
        int code = switch (e.kind()) {
            case NOT_A_DATABASE -> ExitCodes.NO_INPUT;
            case CANNOT_CREATE, LOCKED -> ExitCodes.CANNOT_CREATE;
        };
        return new CommandFailure(code, e.getMessage(), e);
    }
}
