package org.papergraph.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Passes each paper once per load: a graph whose name or title key came earlier in the same load is skipped
 * (the first wins, as when reading papers). Remembers two 64-bit hashes per paper, not the papers, so memory
 * stays small (about 100 bytes a paper). Not thread-safe.
 */
final class DistinctPapers implements Iterator<PaperGraph> {
    private final Iterator<PaperGraph> papers;
    private final Set<Long> seen = new HashSet<>();
    private PaperGraph next;
    private long duplicates;

    DistinctPapers(Iterator<PaperGraph> papers) {
        this.papers = papers;
    }

    @Override
    public boolean hasNext() {
        while (next == null && papers.hasNext()) {
            PaperGraph p = papers.next();
            boolean fresh = seen.add(hash("g", p.graph().getURI()));
            if (p.titleKey() != null) fresh &= seen.add(hash("k", p.titleKey()));
            if (fresh) next = p; else duplicates++;
        }
        return next != null;
    }

    @Override
    public PaperGraph next() {
        if (!hasNext()) throw new NoSuchElementException();
        PaperGraph p = next;
        next = null;
        return p;
    }

    long duplicates() {
        return duplicates;
    }

    /** FNV-1a over the characters; 64 bits make a collision among millions of papers negligible. */
    private static long hash(String kind, String s) {
        long h = 0xcbf29ce484222325L;
        for (String part : new String[] {kind, s}) {
            for (int i = 0; i < part.length(); i++) {
                h ^= part.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
