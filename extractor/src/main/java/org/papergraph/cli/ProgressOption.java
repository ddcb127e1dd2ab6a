package org.papergraph.cli;

import picocli.CommandLine.Option;

/** {@code --progress}/{@code --no-progress}: force or hide the progress bar (default: for large inputs only). A picocli mixin. */
public final class ProgressOption {
    @Option(names = "--progress", negatable = true, description = "Show a progress bar on standard error (default: for large inputs only).")
    Boolean progress;

    /** null: decide by the input's size. */
    public Boolean forced() {
        return progress;
    }
}
