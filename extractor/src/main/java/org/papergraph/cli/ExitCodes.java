package org.papergraph.cli;

/** Exit codes of the papergraph commands (the sysexits.h numbers where one fits). */
public final class ExitCodes {
    public static final int OK = 0;
    /** A failure that is no one input's fault. */
    public static final int FAILURE = 1;
    /** Wrong options or arguments (picocli's own code). */
    public static final int USAGE = 2;
    /** Input given but unreadable as a whole (some records were skipped with a message: still OK). */
    public static final int DATA_ERROR = 65;
    /** An input file does not exist or cannot be opened. */
    public static final int NO_INPUT = 66;
    /** The database or the configuration could not be opened or written. */
    public static final int CANNOT_CREATE = 73;

    private ExitCodes() {
    }
}
