package org.papergraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.papergraph.config.ProjectFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of a command that reads papers: {@code FILE…} (default: the bundled sample corpus) and
 * {@code --rejects FILE}, {@code --categories CAT,…}. A picocli mixin; {@link #open} checks that every file exists before any work starts.
 */
public final class InputOptions {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Listing pages or JSON Lines, told apart by content (default: the bundled sample corpus).")
    List<Path> files;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Also write each rejected record, with its file, line and problem, to FILE (JSON Lines).")
    Path rejects;

    @Option(names = "--categories", paramLabel = "CAT", split = ",",
            description = "Keep only the arXiv records that have one of these categories (e.g. cs.LG,cs.CL); records of other formats are kept.")
    List<String> categories;

    Inputs open(ProjectFiles project) {
        return Inputs.of(files, project).withCategories(categories);
    }

    List<Path> files() {
        return files == null ? List.of() : files;
    }

    Path rejects() {
        return rejects;
    }
}
