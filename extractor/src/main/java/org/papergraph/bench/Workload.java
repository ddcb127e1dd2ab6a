package org.papergraph.bench;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.papergraph.ingest.Paper;

/**
 * One side of an extraction benchmark: what is done to each paper (thread-safe: the pool calls it from
 * every thread), what it is called, and how long building it took.
 */
public record Workload(String name, Consumer<Paper> work, double loadSeconds) {
    /** Builds the work, timing the build (model files read, sessions created). */
    public static Workload load(String name, Supplier<Consumer<Paper>> build) {
        long start = System.nanoTime();
        Consumer<Paper> work = build.get();
        return new Workload(name, work, (System.nanoTime() - start) / 1e9);
    }
}
