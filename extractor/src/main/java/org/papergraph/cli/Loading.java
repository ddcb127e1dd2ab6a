package org.papergraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.config.BuildInfo;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.ParallelExtraction;
import org.papergraph.ingest.PaperStream;
import org.papergraph.rdf.OntologyFiles;
import org.papergraph.rdf.PG;
import org.papergraph.rdf.Provenance;
import org.papergraph.rdf.ShapesValidator;
import org.papergraph.store.NQuadsPapers;
import org.papergraph.store.PaperGraph;
import org.papergraph.store.PaperStore;

/** Extract-and-load (and load of N-Quads as they are), shared by {@code load} and {@code up}. */
final class Loading {
    /** What to do with SHACL violations of a batch. */
    enum Validation { off, warn, fail }

    private static final int VIOLATIONS_SHOWN = 10;

    private Loading() {
    }

    /** What a load did: papers stored, duplicates skipped, and whether validation stopped it. */
    record Outcome(long papers, long duplicates, boolean stopped) {
    }

    /**
     * The inputs of a load: N-Quads files ({@code .nq}, {@code .nq.gz}) and directories of shards are loaded as
     * they are; every other file is read as papers and extracted.
     */
    record Sources(Inputs inputs, List<Path> nquads) {
        static Sources of(List<Path> files, ProjectFiles project) throws IOException {
            List<Path> papers = new ArrayList<>();
            List<Path> nquads = new ArrayList<>();
            for (Path f : files) {
                if (Files.isDirectory(f)) {
                    List<Path> shards = NQuadsPapers.files(f);
                    if (shards.isEmpty()) throw CommandFailure.noInput("input " + f + " is a directory without N-Quads shards (*.nq, *.nq.gz);"
                            + " name the files in it (e.g. " + f + "/*.jsonl)");
                    nquads.addAll(shards);
                } else if (NQuadsPapers.isNQuads(f)) {
                    if (!Files.isRegularFile(f)) throw CommandFailure.noInput("input file " + f + " does not exist or is not a file");
                    nquads.add(f);
                } else {
                    papers.add(f);
                }
            }
            Inputs inputs = papers.isEmpty() && !nquads.isEmpty() ? Inputs.none() : Inputs.of(papers, project);
            for (Path n : nquads) inputs.alsoRead(n);
            return new Sources(inputs, nquads);
        }
    }

    static Outcome run(Sources sources, PaperStore store, ProjectFiles project, java.util.function.Supplier<Extractor> extractor, int threads, int batch,
                       boolean bulk, Boolean progress, Validation validation, PapergraphCommand command) throws Exception {
        Inputs inputs = sources.inputs();
        PrintStream err = command.errStream();
        if (store.clearedInterruptedLoad()) {
            command.message("%s held what an interrupted first load left (killed during its bulk load into the empty database);"
                    + " it was cleared, and this load starts from scratch", store.location());
        }
        ShapesValidator validator = validation == Validation.off ? null : ShapesValidator.load(project);
        Instant started = Instant.now();
        store.replaceGraph(PG.VOCABULARY_GRAPH, OntologyFiles.ontologyAndVocabulary(project));
        boolean[] stopped = {false};
        long[] violations = {0};
        PaperStore.BatchCheck check = validator == null ? PaperStore.BatchCheck.NONE : (List<PaperGraph> papers, long before) -> {
            var merged = GraphFactory.createDefaultGraph();
            for (PaperGraph p : papers) p.quads().forEach(q -> merged.add(q.asTriple()));
            List<ShapesValidator.Violation> found = validator.validate(merged);
            if (found.isEmpty()) return true;
            violations[0] += found.size();
            err.printf("papergraph " + command.name() + ": %d SHACL violation(s) in papers %d–%d%s%n", found.size(), before + 1,
                    before + papers.size(), validation == Validation.fail ? "; nothing of this batch was stored" : "");
            found.stream().limit(VIOLATIONS_SHOWN).forEach(v -> err.println("  " + v));
            if (found.size() > VIOLATIONS_SHOWN) err.println("  … and " + (found.size() - VIOLATIONS_SHOWN) + " more");
            if (validation == Validation.fail) {
                stopped[0] = true;
                return false;
            }
            return true;
        };
        long nquadBytes = 0;
        for (Path n : sources.nquads()) nquadBytes += Files.size(n);
        long offset = nquadBytes;
        PaperStore.Loaded loaded;
        long readDuplicates = 0;
        try (NQuadsPapers rdf = new NQuadsPapers(sources.nquads(), inputs.problems(command.err()));
             PaperStream stream = inputs.stream(command.err());
             Progress bar = Progress.forInput("load", inputs.totalChars(), progress, err);
                          // N-Quads alone need no extractor (building one loads the models).
             ParallelExtraction extractions = new ParallelExtraction(stream.onProgress(c -> bar.charsRead(offset + c)),
                     inputs.hasPaperInputs() ? extractor.get() : null, threads, batch)) {
            // The extraction reads at most about one batch ahead (ParallelExtraction's bounded queue of tasks), so memory stays flat.
            Iterator<PaperGraph> papers = concat(rdf, inputs.hasPaperInputs() ? PaperGraph.of(extractions) : Collections.emptyIterator());
            String done = bulk && store.isEmpty() ? " papers loaded" : " papers committed";
            LongConsumer shown = n -> {
                if (rdf.bytesRead() < offset) bar.charsRead(rdf.bytesRead());
                bar.message(n + done);
            };
            loaded = store.load(papers, batch, bulk, check, shown);
            readDuplicates = stream.duplicates();
            // Every run is kept: the provenance graph is the history of the database.
            store.addToGraph(PG.PROVENANCE_GRAPH,
                    Provenance.run(BuildInfo.version(), started, Instant.now(), inputs.names(), loaded.papers()));
            command.message("%d papers into %s (%d duplicates skipped, %s, %s; %d earlier graphs of the same papers replaced; %s) in %.1f s;"
                            + " %d quads in the store",
                    loaded.papers(), store.location(), readDuplicates + loaded.duplicates(), inputs.problemSummary(),
                    validation == Validation.off ? "not validated" : violations[0] + " SHACL violations", loaded.replaced(),
                    loaded.bulk() ? String.format(java.util.Locale.ROOT, "bulk load into the empty database, text index built in %.1f s",
                            loaded.indexSeconds()) : "in transactions",
                    java.time.Duration.between(started, Instant.now()).toMillis() / 1000.0,
                    store.quadCount());
        }
        return new Outcome(loaded.papers(), readDuplicates + loaded.duplicates(), stopped[0]);
    }

    private static <T> Iterator<T> concat(Iterator<T> first, Iterator<T> second) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || second.hasNext();
            }

            @Override
            public T next() {
                return first.hasNext() ? first.next() : second.next();
            }
        };
    }
}
