package org.papergraph.cli;

/**
 * A command failed for a reason the user can act on: the message says what and the exit code says which
 * kind of failure (see {@link ExitCodes}). Thrown anywhere below a command's {@code call()};
 * {@link PapergraphCli} prints the message (no stack trace) and exits with the code.
 */
public final class CommandFailure extends RuntimeException {
    private final int exitCode;

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static CommandFailure noInput(String message) {
        return new CommandFailure(ExitCodes.NO_INPUT, message);
    }

    public static CommandFailure dataError(String message) {
        return new CommandFailure(ExitCodes.DATA_ERROR, message);
    }

    public static CommandFailure cannotCreate(String message) {
        return new CommandFailure(ExitCodes.CANNOT_CREATE, message);
    }

    public static CommandFailure usage(String message) {
        return new CommandFailure(ExitCodes.USAGE, message);
    }
}
