package org.papergraph.cli;

/**
 * Exit codes of the papergraph commands (the sysexits.h numbers where one fits). Commands return them or
 * throw a {@link CommandFailure} carrying one; {@link PapergraphCli} maps exceptions to them in one place.
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** A failure that is no one input's fault. */
    public static final int FAILURE = 1;
    /** Wrong options or arguments (picocli's own code). */
    public static final int USAGE = 2;
    /** Done, but some records (or whole inputs) were rejected, each with a message; the rest was processed. */
    public static final int SOME_REJECTED = 3;
    /** Input given but nothing of it could be read (every record rejected, or no records at all). */
    public static final int DATA_ERROR = 65;
    /** An input file, or the database a read command needs, does not exist or cannot be opened. */
    public static final int NO_INPUT = 66;
    /** An output, the database, its lock or the listening port could not be created or taken. */
    public static final int CANNOT_CREATE = 73;

    private ExitCodes() {
    }
}
