package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.papergraph.store.LoadBenchmark;
import org.papergraph.store.NQuadsPapers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Measures papergraph's load of N-Quads against Jena's parallel bulk loader on the same files.",
                "Each round loads the N-Quads (files, or directories of the shards extract --shards writes) into a fresh folder with each, alternating which goes first.",
                "Prints quads/s and the size on disk of each, their medians and the ratios."})
final class BenchLoadCommand extends PapergraphCommand {
    @Parameters(paramLabel = "NQUADS", arity = "1..*", description = "N-Quads files (.nq, .nq.gz) or directories of shards.")
    List<Path> inputs;

    int rounds = 3;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds of each, 1 to 100 (default: 3).")
    void setRounds(int value) {
        rounds = Ranges.check(spec, "--rounds", value, 1, 100);
    }

    @Option(names = "--work", paramLabel = "DIR", description = "Where the databases are built (and deleted after each round; default: the system's temporary folder).")
    Path work;

    @Override
    protected int doCall() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) throw CommandFailure.noInput("input " + p + " does not exist");
            if (!Files.isDirectory(p) && !NQuadsPapers.isNQuads(p)) throw CommandFailure.usage(p + " is not N-Quads (.nq, .nq.gz) or a directory of shards");
            files.addAll(NQuadsPapers.files(p));
        }
        if (files.isEmpty()) throw CommandFailure.noInput("no N-Quads files in " + inputs);
        Path base = Files.createTempDirectory(work == null ? Path.of(System.getProperty("java.io.tmpdir")) : Files.createDirectories(work), "bench-load-");
        double[] ours = new double[rounds];
        double[] theirs = new double[rounds];
        double[] ourBytes = new double[rounds];
        double[] ourTdb2 = new double[rounds];
        double[] theirBytes = new double[rounds];
        message("%d N-Quads file(s), %d round(s), folders under %s", files.size(), rounds, base);
        try {
            for (int round = 0; round < rounds; round++) {
                Path a = base.resolve("papergraph-" + round);
                Path b = base.resolve("jena-" + round);
                LoadBenchmark.Load p;
                LoadBenchmark.Load j;
                // Alternate which goes first, so that warm-up and the page cache favour neither.
                if ((round & 1) == 0) {
                    p = LoadBenchmark.papergraph(files, a, project());
                    j = LoadBenchmark.jena(files, b);
                } else {
                    j = LoadBenchmark.jena(files, b);
                    p = LoadBenchmark.papergraph(files, a, project());
                }
                LoadBenchmark.delete(a);
                LoadBenchmark.delete(b);
                ours[round] = p.quadsPerSecond();
                theirs[round] = j.quadsPerSecond();
                ourBytes[round] = p.bytes();
                ourTdb2[round] = p.tdb2Bytes();
                theirBytes[round] = j.bytes();
                err().printf(Locale.ROOT, "  round %d: papergraph %.0f quads/s (%.1f s of which text index %.1f s, %.1f MB), Jena bulk loader %.0f quads/s (%.1f s, %.1f MB); %d quads%n",
                        round + 1, p.quadsPerSecond(), p.seconds(), p.indexSeconds(), p.bytes() / 1e6, j.quadsPerSecond(), j.seconds(), j.bytes() / 1e6, j.quads());
            }
        } finally {
            LoadBenchmark.delete(base);
        }
        double mo = LoadBenchmark.median(ours);
        double mt = LoadBenchmark.median(theirs);
        double bo = LoadBenchmark.median(ourBytes);
        double bt = LoadBenchmark.median(theirBytes);
        out().printf(Locale.ROOT, "papergraph load           median %.0f quads/s, %.1f MB on disk (TDB2 %.1f MB, the rest the text index)%n",
                mo, bo / 1e6, LoadBenchmark.median(ourTdb2) / 1e6);
        out().printf(Locale.ROOT, "Jena parallel bulk loader median %.0f quads/s, %.1f MB on disk%n", mt, bt / 1e6);
        out().printf(Locale.ROOT, "ratio speed papergraph/Jena %.2f, size papergraph/Jena %.2f (TDB2 alone %.2f)%n",
                mo / mt, bo / bt, LoadBenchmark.median(ourTdb2) / bt);
        return ExitCodes.OK;
    }
}
