package org.papergraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.Extractor;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperStream;
import org.papergraph.nlp.OpenNlpAnalyzer;
import org.papergraph.nlp.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures extraction speed against bare OpenNLP sentence+token+POS tagging of the same abstracts,",
                "alternating the two in one process; prints per-round throughput, medians and their ratio."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (default: the bundled sample corpus).")
    List<Path> files;

    @Option(names = "--rounds", defaultValue = "7", description = "Measured rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured warm-up rounds (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "4", description = "Passes over the input per round (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        ProjectFiles project = ProjectFiles.fromEnvironment();
        Inputs inputs;
        try {
            inputs = Inputs.of(files, project);
        } catch (Inputs.NoInputException e) {
            System.err.println("papergraph bench: " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        List<Paper> papers = new ArrayList<>();
        try (PaperStream stream = inputs.stream(System.err)) {
            stream.forEachRemaining(papers::add);
        }
        TextAnalyzer analyzer = OpenNlpAnalyzer.shared();
        Extractor extractor = Components.extractor(project);
        double[] tagging = new double[rounds];
        double[] extraction = new double[rounds];
        System.err.printf("papergraph bench: %d abstracts x %d passes, %d warm-up + %d measured rounds, one thread%n",
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
                System.err.printf(Locale.ROOT, "  round %d: tagging %.0f abstracts/s, extraction %.0f abstracts/s%n", round + 1, t, e);
            }
        }
        double mt = median(tagging);
        double me = median(extraction);
        System.out.printf(Locale.ROOT, "tagging (OpenNLP sentence+token+POS)  median %.0f abstracts/s%n", mt);
        System.out.printf(Locale.ROOT, "extraction (papergraph)               median %.0f abstracts/s%n", me);
        System.out.printf(Locale.ROOT, "ratio extraction/tagging              %.2f%n", me / mt);
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
