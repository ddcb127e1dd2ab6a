package org.papergraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.papergraph.compare.Comparison;
import org.papergraph.compare.ComparisonWriter;
import org.papergraph.compare.EntityNames;
import org.papergraph.query.SparqlSource;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares methods across papers: the results on a dataset (or of a method) with their papers and evidence.",
                "Absolute scores form a leaderboard per metric, best first by the metric's direction (higher or lower is better);",
                "changes (increases, decreases, speed-ups) are listed apart with their baselines; values that disagree for the",
                "same subject, dataset and metric are flagged as conflicts. Names match the vocabulary's labels and altLabels,",
                "whatever the case; variants (ImageNet-1K of ImageNet) count for their family."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 database folder (no server may hold it open).")
        Path db;

        @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint, e.g. http://localhost:3030/papergraph/query.")
        String endpoint;
    }

    @Option(names = "--dataset", paramLabel = "D", description = "The dataset (required unless --method is given).")
    String dataset;

    @Option(names = "--metric", paramLabel = "M", description = "Only this metric (and its variants).")
    String metric;

    @Option(names = "--task", paramLabel = "T", description = "Only papers that mention this task (or a narrower one).")
    String task;

    @Option(names = "--method", paramLabel = "X", description = "Only this method or model (and its variants); alone, all its results.")
    String method;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ComparisonWriter.Format format;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (dataset == null && method == null) {
            err.println("papergraph compare: give --dataset D or --method X");
            return ExitCodes.USAGE;
        }
        Comparison.Request request = new Comparison.Request(dataset, metric, task, method);
        Comparison.Outcome outcome;
        try {
            if (target.endpoint != null) {
                outcome = Comparison.run(SparqlSource.endpoint(target.endpoint), request);
            } else {
                try (PaperStore store = Stores.openExisting(target.db)) {
                    outcome = Comparison.run(SparqlSource.local(store.dataset(), target.db.toString()), request);
                }
            }
        } catch (EntityNames.UnknownNameException e) {
            err.println("papergraph compare: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ComparisonWriter.write(outcome, format, spec.commandLine().getOut());
        err.printf("papergraph compare: %d leaderboard row(s), %d relative result(s), %d flagged as conflicting%n",
                outcome.leaderboard().size(), outcome.relative().size(), outcome.conflicts());
        return ExitCodes.OK;
    }
}
