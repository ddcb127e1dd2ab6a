package org.papergraph.ingest;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Keeps the papers of a source that have one of the wanted categories; a paper without categories (any
 * format but arXiv's) is kept, since the filter is about arXiv's subject classes. Counts what it drops. Not
 * thread-safe, as the source it wraps.
 */
public final class CategoryFilter implements PaperSource {
    private final PaperSource source;
    private final Set<String> wanted;
    private final AtomicLong filtered;

    private CategoryFilter(PaperSource source, Set<String> wanted, AtomicLong filtered) {
        this.source = source;
        this.wanted = wanted;
        this.filtered = filtered;
    }

    /** The opener, filtered; {@code filtered} counts the papers dropped, across all the openers it is given to. */
    public static PaperStream.Opener wrap(PaperStream.Opener opener, Set<String> wanted, AtomicLong filtered) {
        return () -> new CategoryFilter(opener.open(), Set.copyOf(wanted), filtered);
    }

    static boolean keeps(Paper paper, Set<String> wanted) {
        if (paper.metadata() == null || paper.metadata().categories().isEmpty()) return true;
        return paper.metadata().categories().stream().anyMatch(wanted::contains);
    }

    @Override
    public Paper next() throws IOException {
        Paper paper;
        while ((paper = source.next()) != null) {
            if (keeps(paper, wanted)) return paper;
            filtered.incrementAndGet();
        }
        return null;
    }

    @Override
    public long position() {
        return source.position();
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public void onProblem(Consumer<InputProblem> listener) {
        source.onProblem(listener);
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
