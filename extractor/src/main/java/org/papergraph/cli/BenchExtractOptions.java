package org.papergraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.bench.ExtractionBench;
import org.papergraph.bench.Workload;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.EncodedWindows;
import org.papergraph.extract.Extractor;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperStream;
import org.papergraph.nlp.Encoder;
import org.papergraph.nlp.OpenNlpAnalyzer;
import org.papergraph.nlp.TextAnalyzer;
import org.papergraph.nlp.WordPieceTokenizer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options and the run of {@code bench extract}, shared with {@code bench} without a subcommand (which
 * is the same benchmark). A picocli mixin; the measuring is {@link ExtractionBench}'s.
 */
final class BenchExtractOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (default: the bundled sample corpus).")
    List<Path> files;

    @Mixin
    ExtractorOptions extractor;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also append the figures, dated, with the machine and the command, to FILE (docs/benchmarks.md).")
    Path markdown;

    int rounds = 7;
    int warmup = 3;
    int repeat = 4;
    List<Integer> threads = defaultThreads();

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

    @Option(names = "--threads", paramLabel = "N,N…",
            description = "Thread counts to measure, each 1 to " + ThreadsOption.MAX + " (default: 1 and the number of cores); the speed-up is from the first to the last.")
    void setThreads(String value) {
        List<Integer> checked = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            int v;
            try {
                v = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--threads': '" + value + "' is not a list of whole numbers such as 1,2");
            }
            checked.add(Ranges.check(spec, "--threads", v, 1, ThreadsOption.MAX));
        }
        threads = List.copyOf(checked);
    }

    private static List<Integer> defaultThreads() {
        int cores = Components.threads();
        return cores == 1 ? List.of(1) : List.of(1, cores);
    }

    int run(PapergraphCommand command) throws Exception {
        ProjectFiles project = command.project();
        List<Paper> papers = new ArrayList<>();
        try (Inputs inputs = Inputs.of(files, project); PaperStream stream = inputs.stream(command.err())) {
            stream.forEachRemaining(papers::add);
            if (papers.isEmpty()) inputs.outcome(0, stream.duplicates());
        }
        // The floor is loaded first: the extractor shares its models, so the extractor's load time is what it adds.
        Workload floor;
        Workload extraction;
        if (extractor.kind == ExtractorOptions.Kind.learned) {
            floor = Workload.load("bare encoder forward pass (e5-small-v2 to layer " + Encoder.LAYER + ", word pieces and windows of the recognizer)", () -> {
                WordPieceTokenizer tokenizer = Components.tokenizer(project);
                Encoder encoder = Encoder.shared();
                return p -> EncodedWindows.of(tokenizer.encode(p.abstractText()), encoder);
            });
        } else {
            floor = Workload.load("bare OpenNLP sentence+token+POS tagging", () -> {
                TextAnalyzer analyzer = OpenNlpAnalyzer.shared();
                return p -> analyzer.analyze(p.abstractText());
            });
        }
        extraction = Workload.load(extractor.kind.name() + " extractor (papergraph)", () -> {
            Extractor e = extractor.build(project);
            return e::extract;
        });
        ExtractionBench.Settings settings = new ExtractionBench.Settings(rounds, warmup, repeat, threads);
        command.message("%d abstracts x %d passes, %d warm-up + %d measured rounds, threads %s", papers.size(), repeat, warmup, rounds, threads);
        ExtractionBench.Result result = ExtractionBench.run(papers, floor, extraction, settings, line -> command.err().println("  " + line));
        BenchReports.print(command, result.report("bench extract (" + extractor.kind.name() + ")"), markdown);
        return ExitCodes.OK;
    }
}
