package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.papergraph.config.ProjectFiles;
import org.papergraph.ingest.PaperStream;
import org.papergraph.ingest.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes N synthetic papers in arXiv's metadata snapshot format, for runs at a scale no bundled corpus has.",
                "Titles and abstracts recombine the sentences and names of real corpora (default: the bundled corpus and "
                        + GenerateCommand.NEURIPS + " when present); the same N, seed and inputs give the same bytes.",
                "Ids are YYMM.NNNNN from 1501, titles are unique; a FILE ending in .gz is gzipped. `load` and `extract` read the output."})
final class GenerateCommand extends PapergraphCommand {
    static final String NEURIPS = "../shared/corpora/neurips2023.jsonl";

    @Parameters(index = "0", paramLabel = "N", description = "How many records, 1 to " + SyntheticCorpus.MAX_RECORDS + ".")
    void setCount(int value) {
        count = Ranges.check(spec, "N", value, 1, SyntheticCorpus.MAX_RECORDS);
    }

    int count;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write (- for standard output; .gz is gzipped). Written to FILE.part, renamed when complete.")
    String output;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--from", arity = "1..*", paramLabel = "FILE",
            description = "Corpora to recombine, in any input format papergraph reads (default: the bundled corpus and " + NEURIPS + ").")
    List<Path> from;

    @Mixin
    ProgressOption progress;

    @Override
    protected int doCall() throws Exception {
        ProjectFiles project = project();
        long started = System.nanoTime();
        SyntheticCorpus corpus;
        try (Inputs inputs = Inputs.of(from, project)) {
            if (from == null || from.isEmpty()) project.onDisk(NEURIPS).ifPresent(inputs::and);
            if (!output.equals("-")) inputs.refuseOverwriting(Path.of(output), "-o");
            try (PaperStream papers = inputs.stream(err())) {
                corpus = SyntheticCorpus.of(papers);
            }
            if (corpus.abstracts() == 0) throw CommandFailure.dataError("no abstracts to recombine in " + String.join(", ", inputs.names()));
            message("recombining %,d abstracts of %s (%,d sentences, %,d defined names)", corpus.abstracts(),
                    String.join(", ", inputs.names()), corpus.sentenceCount(), corpus.nameCount());
        }
        if (output.equals("-")) {
            try (OutputStream out = new BufferedOutputStream(outStream(), 1 << 16)) {
                write(corpus, out);
            }
        } else {
            Path target = Path.of(output);
            Path part = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = open(part, target)) {
                write(corpus, out);
            } catch (IOException e) {
                Files.deleteIfExists(part);
                throw CommandFailure.cannotCreate("cannot write " + target + ": " + e.getMessage());
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        message("%,d records written to %s in %.1f s (seed %d)", count, output.equals("-") ? "standard output" : output,
                (System.nanoTime() - started) / 1e9, seed);
        return ExitCodes.OK;
    }

    private void write(SyntheticCorpus corpus, OutputStream out) throws IOException {
        try (Progress bar = Progress.forRecords("generate", count, progress.forced(), errStream())) {
            corpus.write(count, seed, out, bar::recordsDone);
        }
    }

    private static OutputStream open(Path part, Path target) {
        try {
            OutputStream file = Files.newOutputStream(part);
            boolean gzip = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
            return new BufferedOutputStream(gzip ? new GZIPOutputStream(file, 1 << 16) : file, 1 << 16);
        } catch (IOException e) {
            throw CommandFailure.cannotCreate("cannot create " + target + ": " + e.getMessage());
        }
    }
}
