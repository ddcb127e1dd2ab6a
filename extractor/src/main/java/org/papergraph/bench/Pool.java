package org.papergraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.papergraph.ingest.Paper;

/**
 * A fixed pool of threads that runs a workload over papers in chunks of {@link #PAPERS_PER_TASK}, the chunk
 * size of {@link org.papergraph.extract.ParallelExtraction}, so both sides of a comparison are split the
 * same way. The pool is made once per thread count and reused across rounds, so thread start-up is not
 * measured. Not thread-safe: one caller.
 */
final class Pool implements AutoCloseable {
    static final int PAPERS_PER_TASK = 16;

    private final ExecutorService executor;

    Pool(int threads) {
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench");
            t.setDaemon(true);
            return t;
        });
    }

    /** Abstracts per second of {@code work} over {@code repeat} passes of the papers. */
    double rate(List<Paper> papers, int repeat, Consumer<Paper> work) {
        long start = System.nanoTime();
        List<Future<?>> tasks = new ArrayList<>();
        for (int pass = 0; pass < repeat; pass++) {
            for (int from = 0; from < papers.size(); from += PAPERS_PER_TASK) {
                List<Paper> chunk = papers.subList(from, Math.min(papers.size(), from + PAPERS_PER_TASK));
                tasks.add(executor.submit(() -> chunk.forEach(work)));
            }
        }
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            }
        }
        return papers.size() * (double) repeat / ((System.nanoTime() - start) / 1e9);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
