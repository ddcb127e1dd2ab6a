package org.papergraph.extract;

import org.papergraph.model.Extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.papergraph.ingest.Paper;

/**
 * Runs an extractor over a stream of papers on a fixed pool of threads and hands back the extractions in
 * input order. Papers are read a chunk ahead, so reading, extracting and the consumer's work overlap.
 * Not thread-safe: one consumer.
 */
public final class ParallelExtraction implements Iterator<Extraction>, AutoCloseable {
    private static final int PAPERS_PER_TASK = 16;

    private final Iterator<Paper> papers;
    private final Extractor extractor;
    private final ExecutorService pool;
    private final int tasksAhead;
    private final ArrayDeque<Future<List<Extraction>>> pending = new ArrayDeque<>();
    private Iterator<Extraction> current = java.util.Collections.emptyIterator();

    public ParallelExtraction(Iterator<Paper> papers, Extractor extractor, int threads) {
        this(papers, extractor, threads, threads * 4 * PAPERS_PER_TASK);
    }

    /**
     * @param papersAhead how many papers may be extracted ahead of the consumer; a consumer that works in
     *                    bursts (a store committing a batch) wants about one batch, so the workers never idle
     */
    public ParallelExtraction(Iterator<Paper> papers, Extractor extractor, int threads, int papersAhead) {
        this.papers = papers;
        this.extractor = extractor;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        this.tasksAhead = Math.max(threads, papersAhead / PAPERS_PER_TASK);
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            fill();
            if (pending.isEmpty()) return false;
            try {
                current = pending.poll().get().iterator();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            }
        }
        return true;
    }

    private void fill() {
        while (pending.size() < tasksAhead && papers.hasNext()) {
            List<Paper> chunk = new ArrayList<>(PAPERS_PER_TASK);
            while (chunk.size() < PAPERS_PER_TASK && papers.hasNext()) chunk.add(papers.next());
            pending.add(pool.submit(() -> {
                List<Extraction> out = new ArrayList<>(chunk.size());
                for (Paper p : chunk) out.add(extractor.extract(p));
                return out;
            }));
        }
    }

    @Override
    public Extraction next() {
        if (!hasNext()) throw new NoSuchElementException();
        Extraction e = current.next();
        fill();
        return e;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
