package org.papergraph.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
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
import org.papergraph.store.PaperStore;

/** Extract-and-load, shared by {@code load} and {@code up}. */
final class Loading {
    /** What to do with SHACL violations of a batch. */
    enum Validation { off, warn, fail }

    private static final int VIOLATIONS_SHOWN = 10;

    private Loading() {
    }

    /** What a load did: papers stored, duplicates skipped, and whether validation stopped it. */
    record Outcome(long papers, long duplicates, boolean stopped) {
    }

    static Outcome run(Inputs inputs, PaperStore store, ProjectFiles project, Extractor extractor, int threads, int batch,
                       Boolean progress, Validation validation, PapergraphCommand command) throws Exception {
        PrintStream err = command.errStream();
        ShapesValidator validator = validation == Validation.off ? null : ShapesValidator.load(project);
        Instant started = Instant.now();
        store.replaceGraph(PG.VOCABULARY_GRAPH, OntologyFiles.ontologyAndVocabulary(project));
        boolean[] stopped = {false};
        long[] violations = {0};
        PaperStore.BatchCheck check = validator == null ? PaperStore.BatchCheck.NONE : (DatasetGraph batchData, long before) -> {
            var merged = GraphFactory.createDefaultGraph();
            batchData.find().forEachRemaining(q -> merged.add(q.asTriple()));
            List<ShapesValidator.Violation> found = validator.validate(merged);
            if (found.isEmpty()) return true;
            violations[0] += found.size();
            err.printf("papergraph " + command.name() + ": %d SHACL violation(s) in papers %d–%d%s%n", found.size(), before + 1,
                    before + Iter.count(batchData.listGraphNodes()),
                    validation == Validation.fail ? "; nothing of this batch was stored" : "");
            found.stream().limit(VIOLATIONS_SHOWN).forEach(v -> err.println("  " + v));
            if (found.size() > VIOLATIONS_SHOWN) err.println("  … and " + (found.size() - VIOLATIONS_SHOWN) + " more");
            if (validation == Validation.fail) {
                stopped[0] = true;
                return false;
            }
            return true;
        };
        long papers;
        long duplicates;
        try (PaperStream stream = inputs.stream(command.err());
             Progress bar = Progress.forInput("load", inputs.totalChars(), progress, err);
             ParallelExtraction extractions = new ParallelExtraction(stream.onProgress(bar::charsRead), extractor, threads, batch)) {
            papers = store.load(extractions, batch, check, n -> bar.message(n + " papers committed"));
            // Every run is kept: the provenance graph is the history of the database.
            store.addToGraph(PG.PROVENANCE_GRAPH,
                    Provenance.run(BuildInfo.version(), started, Instant.now(), inputs.names(), papers));
            duplicates = stream.duplicates();
            command.message("%d papers into %s (%d duplicates skipped, %s, %s) in %.1f s; %d quads in the store",
                    papers, store.location(), stream.duplicates(), inputs.problemSummary(),
                    validation == Validation.off ? "not validated" : violations[0] + " SHACL violations",
                    java.time.Duration.between(started, Instant.now()).toMillis() / 1000.0,
                    store.quadCount());
        }
        return new Outcome(papers, duplicates, stopped[0]);
    }
}
