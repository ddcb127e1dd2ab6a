package org.papergraph.ingest;

/**
 * Something wrong in the input, located precisely enough for a person to fix it.
 *
 * @param file     the input's name
 * @param line     the 1-based line, or 0 for the input as a whole
 * @param problem  what is wrong, and what was done about it
 * @param rejected whether a record (or the whole input) was dropped; false for a warning about a record kept
 * @param record   the rejected record's text as read (for a rejects file), or null
 */
public record InputProblem(String file, long line, String problem, boolean rejected, String record) {
    /** A rejected record without its text. */
    public InputProblem(String file, long line, String problem) {
        this(file, line, problem, true, null);
    }

    public static InputProblem rejected(String file, long line, String problem, String record) {
        return new InputProblem(file, line, problem, true, record);
    }

    /** A remark about a record that was kept. */
    public static InputProblem warning(String file, long line, String problem) {
        return new InputProblem(file, line, problem, false, null);
    }

    /** {@code file:line: problem}, with control characters shown as escapes so that nothing raw reaches a terminal. */
    @Override
    public String toString() {
        return Texts.printable(file) + (line > 0 ? ":" + line : "") + ": " + Texts.printable(problem);
    }
}
