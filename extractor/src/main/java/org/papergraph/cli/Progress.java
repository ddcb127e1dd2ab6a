package org.papergraph.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error, shown when the input is large enough to wait for (or when asked);
 * otherwise a no-op. Not thread-safe: updated by the thread that consumes the work.
 */
final class Progress implements AutoCloseable {
    /** Inputs above this many characters (about 2,500 abstracts) get a bar by default. */
    static final long LARGE_INPUT_CHARS = 4_000_000;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress forInput(String task, long totalChars, Boolean forced, PrintStream err) {
        boolean show = forced != null ? forced : totalChars >= LARGE_INPUT_CHARS;
        if (!show) return new Progress(null);
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(Math.max(1, totalChars / 1024))
                .setUnit(" KiB", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .showSpeed()
                .build();
        return new Progress(bar);
    }

    /** A bar counting {@code total} records, for work whose size is known in records rather than characters. */
    static Progress forRecords(String task, long total, Boolean forced, PrintStream err) {
        boolean show = forced != null ? forced : total >= 100_000;
        if (!show) return new Progress(null);
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(1, total)).setUnit(" records", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(err))
                .showSpeed().build());
    }

    /** Sets the bar of {@link #forRecords} to {@code done} records. */
    void recordsDone(long done) {
        if (bar != null) bar.stepTo(Math.min(bar.getMax(), done));
    }

    void charsRead(long chars) {
        if (bar != null) bar.stepTo(Math.min(bar.getMax(), chars / 1024));
    }

    void message(String extra) {
        if (bar != null) bar.setExtraMessage(extra);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
        }
    }
}
