package org.papergraph.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Streams the papers of one input. Bad records are reported to the problem listener and skipped; reading
 * goes on. Not thread-safe: one reader per input.
 */
public interface PaperSource extends Closeable {
    /** The next paper, or null at the end of the input. */
    Paper next() throws IOException;

    /** Characters consumed so far, for progress reporting. */
    long position();

    /** The input's name, for messages. */
    String name();

    void onProblem(Consumer<InputProblem> listener);
}
