package org.papergraph.cli;

import java.io.PrintStream;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.ParallelExtraction;
import org.papergraph.ingest.PaperStream;
import org.papergraph.rdf.OntologyFiles;
import org.papergraph.rdf.PG;
import org.papergraph.store.PaperStore;

/** Extract-and-load, shared by {@code load} and {@code up}. */
final class Loading {
    private Loading() {
    }

    static long run(Inputs inputs, PaperStore store, ProjectFiles project, int threads, int batch, Boolean progress,
                    PrintStream err) throws Exception {
        Extractor extractor = Components.extractor(project);
        long started = System.nanoTime();
        store.replaceGraph(PG.VOCABULARY_GRAPH, OntologyFiles.ontologyAndVocabulary(project));
        long papers;
        try (PaperStream stream = inputs.stream(err);
             Progress bar = Progress.forInput("load", inputs.totalChars(), progress, err);
             ParallelExtraction extractions = new ParallelExtraction(stream.onProgress(bar::charsRead), extractor, threads)) {
            papers = store.load(extractions, batch, n -> bar.message(n + " papers committed"));
            err.printf("papergraph load: %d papers into %s (%d duplicates skipped, %d input problems) in %.1f s; %d quads in the store%n",
                    papers, store.location(), stream.duplicates(), inputs.problems(), (System.nanoTime() - started) / 1e9,
                    store.quadCount());
        }
        return papers;
    }
}
