package org.papergraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.Extractor;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperStream;
import org.papergraph.nlp.OpenNlpAnalyzer;
import org.papergraph.nlp.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchLoadCommand.class},
        description = {"Measures extraction speed against bare OpenNLP tagging of the same abstracts.",
                "Alternates full extraction and sentence+token+POS tagging in one process (ABBA);",
                "prints per-round throughput, medians and their ratio."})
final class BenchCommand extends PapergraphCommand {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (default: the bundled sample corpus).")
    List<Path> files;

    int rounds = 7;
    int warmup = 3;
    int repeat = 4;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds of each, 1 to 1000 (default: 7).")
    void setRounds(int value) {
        rounds = Ranges.check(spec, "--rounds", value, 1, 1000);
    }

    @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured warm-up rounds, 0 to 1000 (default: 3).")
    void setWarmup(int value) {
        warmup = Ranges.check(spec, "--warmup", value, 0, 1000);
    }

    @Option(names = "--repeat", paramLabel = "N", description = "Passes over the input per round, 1 to 1000 (default: 4).")
    void setRepeat(int value) {
        repeat = Ranges.check(spec, "--repeat", value, 1, 1000);
    }

    @Override
    protected int doCall() throws Exception {
        ProjectFiles project = project();
        List<Paper> papers = new ArrayList<>();
        try (Inputs inputs = Inputs.of(files, project); PaperStream stream = inputs.stream(err())) {
            stream.forEachRemaining(papers::add);
            if (papers.isEmpty()) inputs.outcome(0, stream.duplicates());
        }
        TextAnalyzer analyzer = OpenNlpAnalyzer.shared();
        Extractor extractor = Components.extractor(project);
        double[] tagging = new double[rounds];
        double[] extraction = new double[rounds];
        message("%d abstracts x %d passes, %d warm-up + %d measured rounds, one thread",
                papers.size(), repeat, warmup, rounds);
        for (int round = -warmup; round < rounds; round++) {
            // Alternate which runs first (ABBA), so that warm-up drift and GC debt do not favour either side.
            double t;
            double e;
            if ((round & 1) == 0) {
                t = rate(papers, p -> analyzer.analyze(p.abstractText()));
                e = rate(papers, extractor::extract);
            } else {
                e = rate(papers, extractor::extract);
                t = rate(papers, p -> analyzer.analyze(p.abstractText()));
            }
            if (round >= 0) {
                tagging[round] = t;
                extraction[round] = e;
                err().printf(Locale.ROOT, "  round %d: tagging %.0f abstracts/s, extraction %.0f abstracts/s%n", round + 1, t, e);
            }
        }
        double mt = median(tagging);
        double me = median(extraction);
        out().printf(Locale.ROOT, "tagging (OpenNLP sentence+token+POS)  median %.0f abstracts/s%n", mt);
        out().printf(Locale.ROOT, "extraction (papergraph)               median %.0f abstracts/s%n", me);
        out().printf(Locale.ROOT, "ratio extraction/tagging              %.2f%n", me / mt);
        return ExitCodes.OK;
    }

    private double rate(List<Paper> papers, java.util.function.Consumer<Paper> work) {
        long start = System.nanoTime();
        for (int i = 0; i < repeat; i++) for (Paper p : papers) work.accept(p);
        return papers.size() * (double) repeat / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
