package org.papergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The papers of several inputs in order, each distinct title once (the first sighting wins). Problems of
 * every input go to one listener. Not thread-safe.
 */
public final class PaperStream implements Iterator<Paper>, AutoCloseable {
    /** Opens one input; called lazily so that only one input is open at a time. */
    public interface Opener {
        PaperSource open() throws IOException;
    }

    private final Iterator<Opener> inputs;
    private final Consumer<InputProblem> problems;
    private final Set<String> seenTitles = new HashSet<>();
    private LongConsumer progress = n -> { };
    private PaperSource current;
    private long closedPosition;
    private Paper next;
    private int duplicates;

    public PaperStream(List<Opener> inputs, Consumer<InputProblem> problems) {
        this.inputs = inputs.iterator();
        this.problems = problems;
    }

    /** Receives the characters consumed across all inputs after each paper. */
    public PaperStream onProgress(LongConsumer progress) {
        this.progress = progress;
        return this;
    }

    public int duplicates() {
        return duplicates;
    }

    @Override
    public boolean hasNext() {
        if (next != null) return true;
        try {
            while (true) {
                if (current == null) {
                    if (!inputs.hasNext()) return false;
                    current = inputs.next().open();
                    current.onProblem(problems);
                }
                Paper paper = current.next();
                if (paper == null) {
                    closedPosition += current.position();
                    current.close();
                    current = null;
                    continue;
                }
                progress.accept(closedPosition + current.position());
                if (seenTitles.add(paper.titleKey())) {
                    next = paper;
                    return true;
                }
                duplicates++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Paper next() {
        if (!hasNext()) throw new NoSuchElementException();
        Paper paper = next;
        next = null;
        return paper;
    }

    @Override
    public void close() throws IOException {
        if (current != null) current.close();
    }
}
