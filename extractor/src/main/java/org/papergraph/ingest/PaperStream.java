package org.papergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The papers of several inputs in order, each distinct title once (the first sighting wins). An {@code id}
 * seen before with another title is rejected (two papers cannot share a graph). Problems of every input go
 * to one listener. Not thread-safe.
 */
public final class PaperStream implements Iterator<Paper>, AutoCloseable {
    /** Opens one input; called lazily so that only one input is open at a time. */
    public interface Opener {
        PaperSource open() throws IOException;
    }

    private final Iterator<Opener> inputs;
    private final Consumer<InputProblem> problems;
    private final Set<String> seenTitles = new HashSet<>();
    /** id → where it was first seen and under which title key. */
    private final Map<String, String[]> seenIds = new HashMap<>();
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
                String key = paper.titleKey();
                String[] earlier = seenIds.putIfAbsent(paper.id(), new String[] {key, paper.source(), paper.title()});
                if (earlier != null && !earlier[0].equals(key)) {
                    problems.accept(InputProblem.rejected(current.name(), lineOf(paper.source()),
                            "id \"" + Texts.abbreviate(paper.id(), 60) + "\" is already the id of \"" + Texts.abbreviate(earlier[2], 60)
                                    + "\" (" + earlier[1] + ") with another title (\"" + Texts.abbreviate(paper.title(), 60)
                                    + "\"); record skipped", paper.title()));
                    continue;
                }
                if (seenTitles.add(key)) {
                    next = paper;
                    return true;
                }
                duplicates++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lineOf(String source) {
        try {
            return Long.parseLong(source.substring(source.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return 0;
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
