package org.papergraph.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --threads N}: extraction threads, 1 to 256 (default: the number of cores). A picocli mixin. */
public final class ThreadsOption {
    static final int MAX = 256;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int threads = Components.threads();

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads, 1 to " + MAX + " (default: the number of cores).")
    void setThreads(int value) {
        threads = Ranges.check(spec, "--threads", value, 1, MAX);
    }

    public int threads() {
        return threads;
    }
}
