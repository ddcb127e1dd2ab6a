package org.papergraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.config.BuildInfo;
import org.papergraph.config.ProjectFiles;
import org.papergraph.ingest.InputProblem;
import org.papergraph.rdf.OntologyFiles;
import org.papergraph.rdf.PG;
import org.papergraph.rdf.Provenance;

/**
 * papergraph's load of a set of N-Quads files against Jena's parallel bulk loader on the same files, each into
 * a fresh folder, in one process. papergraph's side is what {@code load} does with N-Quads (vocabulary graph,
 * the paper graphs through {@link PaperStore#load}, the text index, the provenance record), without SHACL
 * validation, which Jena does not do either. Throughput is counted in the quads of the input for both. Not
 * thread-safe; run one at a time.
 */
public final class LoadBenchmark {
    /** One load: quads of the input per second, and the folder's size on disk (and of its TDB2 part alone). */
    public record Load(double quadsPerSecond, long quads, long bytes, long tdb2Bytes, double seconds, double indexSeconds) {
    }

    private LoadBenchmark() {
    }

    /** Loads the files with papergraph into {@code folder} (which must not exist) and measures it. */
    public static Load papergraph(List<Path> files, Path folder, ProjectFiles project) throws IOException {
        long inputQuads;
        double indexSeconds;
        long start = System.nanoTime();
        Instant started = Instant.now();
        try (PaperStore store = PaperStore.open(folder, project);
             NQuadsPapers papers = new NQuadsPapers(files, LoadBenchmark::problem)) {
            store.replaceGraph(PG.VOCABULARY_GRAPH, OntologyFiles.ontologyAndVocabulary(project));
            PaperStore.Loaded loaded = store.load(papers, PaperStore.DEFAULT_BATCH, true, PaperStore.BatchCheck.NONE, n -> { });
            store.addToGraph(PG.PROVENANCE_GRAPH, Provenance.run(BuildInfo.version(), started, Instant.now(),
                    files.stream().map(Path::toString).toList(), loaded.papers()));
            inputQuads = papers.quadsRead();
            indexSeconds = loaded.indexSeconds();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Load(inputQuads / seconds, inputQuads, size(folder), tdb2Size(folder), seconds, indexSeconds);
    }

    /** Loads the files with Jena's parallel bulk loader ({@code LoaderFactory.parallelLoader}) into a fresh TDB2 folder. */
    public static Load jena(List<Path> files, Path folder) throws IOException {
        long start = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
        long quads;
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                loader.load(files.stream().map(Path::toString).toList());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            quads = loader.countQuads() + loader.countTriples();
        } finally {
            TDBInternal.expel(dsg);
            DatabaseFolder.releaseLocks(folder);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Load(quads / seconds, quads, size(folder), tdb2Size(folder), seconds, 0);
    }

    private static void problem(InputProblem p) {
        // The benchmark's input is the output of extract: a problem in it makes the comparison meaningless.
        if (p.rejected()) throw new IllegalArgumentException("bad benchmark input: " + p);
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Bytes of every file under {@code folder}. */
    public static long size(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long tdb2Size(Path folder) throws IOException {
        long total = 0;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().matches("Data-\\d{4}")).toList()) total += size(p);
        }
        return total;
    }

    /** Deletes a benchmark folder. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
