package org.papergraph.store;

import java.nio.file.Path;

/** A database folder that cannot be used, and why; the message names the folder and what to do. */
public final class StoreException extends RuntimeException {
    /** What is wrong with the folder. */
    public enum Kind {
        /** Nothing there, or a folder that holds no papergraph database (for read commands). */
        NOT_A_DATABASE,
        /** The path is a file, or the folder cannot be created or written. */
        CANNOT_CREATE,
        /** Another process holds the database's lock. */
        LOCKED
    }

    private final Kind kind;
    private final Path location;

    public StoreException(Kind kind, Path location, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.location = location;
    }

    public Kind kind() {
        return kind;
    }

    public Path location() {
        return location;
    }
}
