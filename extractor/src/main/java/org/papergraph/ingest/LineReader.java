package org.papergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;

/** A line reader that counts lines and characters and can put one line back. Not thread-safe. */
final class LineReader implements AutoCloseable {
    private final BufferedReader in;
    private long lineNumber;
    private long position;
    private String pushedBack;
    private long pushedBackNumber;

    LineReader(BufferedReader in) {
        this.in = in;
    }

    String readLine() throws IOException {
        if (pushedBack != null) {
            String line = pushedBack;
            pushedBack = null;
            lineNumber = pushedBackNumber;
            return line;
        }
        String line = in.readLine();
        if (line != null) {
            lineNumber++;
            position += line.length() + 1;
        }
        return line;
    }

    /** Puts back the line just read; the line number returns to {@code numberBefore}. */
    void unread(String line, long numberBefore) {
        pushedBack = line;
        pushedBackNumber = lineNumber;
        lineNumber = numberBefore;
    }

    /** The number of the line last read (1-based). */
    long lineNumber() {
        return lineNumber;
    }

    long position() {
        return position;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
