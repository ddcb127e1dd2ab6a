package org.papergraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.papergraph.bench.Report;

/** Prints a benchmark's report on standard output and, when asked, appends it to a Markdown file. */
final class BenchReports {
    private BenchReports() {
    }

    static void print(PapergraphCommand command, Report report, Path markdown) {
        command.out().print(report.plain());
        command.out().flush();
        if (markdown == null) return;
        List<String> args = command.spec.root().commandLine().getParseResult().originalArgs();
        try {
            report.append(markdown, args);
        } catch (IOException e) {
            throw CommandFailure.cannotCreate("cannot append to " + markdown + ": " + e.getMessage());
        }
        command.message("appended to %s", markdown);
    }
}
