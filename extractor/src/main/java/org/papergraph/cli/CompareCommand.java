package org.papergraph.cli;

import org.papergraph.compare.Comparison;
import org.papergraph.compare.ComparisonWriter;
import org.papergraph.compare.EntityNames;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares methods across papers: the results on a dataset (or of a method) with their papers and evidence.",
                "Absolute scores form a leaderboard per metric, best first by the metric's direction (higher or lower is better);",
                "changes (increases, decreases, speed-ups) are listed apart with their baselines; values that disagree for the",
                "same subject, dataset and metric are flagged as conflicts. Names match the vocabulary's labels and altLabels,",
                "whatever the case; variants (ImageNet-1K of ImageNet) count for their family."})
final class CompareCommand extends PapergraphCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    SparqlTarget target;

    @Option(names = "--dataset", paramLabel = "D", description = "The dataset (required unless --method is given).")
    String dataset;

    @Option(names = "--metric", paramLabel = "M", description = "Only this metric (and its variants).")
    String metric;

    @Option(names = "--task", paramLabel = "T", description = "Only papers that mention this task (or a narrower one).")
    String task;

    @Option(names = "--method", paramLabel = "X", description = "Only this method or model (and its variants); alone, all its results.")
    String method;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ComparisonWriter.Format format;

    @Override
    protected int doCall() {
        if (dataset == null && method == null) {
            throw CommandFailure.usage("give --dataset D or --method X");
        }
        Comparison.Request request = new Comparison.Request(dataset, metric, task, method);
        Comparison.Outcome outcome;
        try {
            outcome = target.run(source -> Comparison.run(source, request));
        } catch (EntityNames.UnknownNameException e) {
            throw CommandFailure.usage(e.getMessage());
        }
        ComparisonWriter.write(outcome, format, out());
        message("%d leaderboard row(s), %d relative result(s), %d flagged as conflicting",
                outcome.leaderboard().size(), outcome.relative().size(), outcome.conflicts());
        return ExitCodes.OK;
    }
}
