package org.papergraph.ingest;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * A source of one record a line (JSON Lines, arXiv's snapshot): reads the lines, skips blank ones, and hands
 * each to {@link #parse}, which returns a paper or null for a record it reported and dropped. Not thread-safe.
 */
abstract class LineRecordSource implements PaperSource {
    private final String name;
    private final LineReader lines;
    private Consumer<InputProblem> problems = p -> { };

    LineRecordSource(String name, LineReader lines) {
        this.name = name;
        this.lines = lines;
    }

    /** The paper of one non-blank line, or null when the record was reported (see {@link #reject}) and dropped. */
    abstract Paper parse(String line, long lineNumber);

    @Override
    public void onProblem(Consumer<InputProblem> listener) {
        this.problems = listener;
        lines.onProblem(listener);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long position() {
        return lines.position();
    }

    @Override
    public Paper next() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank()) continue;
            Paper paper = parse(line, lines.lineNumber());
            if (paper != null) return paper;
        }
        return null;
    }

    void problem(long lineNumber, String message) {
        problems.accept(InputProblem.warning(name, lineNumber, message));
    }

    void reject(long lineNumber, String message, String line) {
        problems.accept(InputProblem.rejected(name, lineNumber, message, line));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
