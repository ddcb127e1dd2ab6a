package org.papergraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.papergraph.config.ProjectFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of a command that reads papers: {@code FILE…} (default: the bundled sample corpus) and
 * {@code --rejects FILE}. A picocli mixin; {@link #open} checks that every file exists before any work starts.
 */
public final class InputOptions {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Listing pages or JSON Lines, told apart by content (default: the bundled sample corpus).")
    List<Path> files;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Also write each rejected record, with its file, line and problem, to FILE (JSON Lines).")
    Path rejects;

    Inputs open(ProjectFiles project) {
        return Inputs.of(files, project);
    }

    List<Path> files() {
        return files == null ? List.of() : files;
    }

    Path rejects() {
        return rejects;
    }
}
