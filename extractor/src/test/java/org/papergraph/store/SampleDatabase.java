package org.papergraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.CandidateClassifier;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.extract.TestLexicons;
import org.papergraph.ingest.PaperSources;
import org.papergraph.ingest.PaperStream;
import org.papergraph.model.Extraction;
import org.papergraph.nlp.OpenNlpAnalyzer;
import org.papergraph.rdf.OntologyFiles;
import org.papergraph.rdf.PG;

/**
 * Real TDB2 databases holding the bundled sample corpus as {@code papergraph load} builds it: every stage
 * of the extractor (the statistical one included), the ontology and vocabulary graph. The extraction runs
 * once per JVM; each {@link #create} writes a new database folder from it.
 */
public final class SampleDatabase {
    private static List<Extraction> extractions;

    private SampleDatabase() {
    }

    public static ProjectFiles project() {
        return ProjectFiles.at(Path.of(".."));
    }

    /** The sample corpus, extracted with the default stages (cached). */
    public static synchronized List<Extraction> extractions() throws Exception {
        if (extractions != null) return extractions;
        ProjectFiles project = project();
        Extractor extractor = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project(),
                EnumSet.allOf(RuleBasedExtractor.Stage.class),
                CandidateClassifier.read(project.open(CandidateClassifier.MODEL_FILE), CandidateClassifier.DEFAULT_REJECT_ABOVE));
        List<PaperStream.Opener> openers = new ArrayList<>();
        try (var files = Files.list(Path.of("..", "corpus"))) {
            files.sorted().forEach(f -> openers.add(() -> PaperSources.open(f)));
        }
        List<Extraction> out = new ArrayList<>();
        try (PaperStream papers = new PaperStream(openers, p -> { })) {
            papers.forEachRemaining(p -> out.add(extractor.extract(p)));
        }
        extractions = List.copyOf(out);
        return extractions;
    }

    /** A new database at {@code dir} with the sample corpus and the vocabulary. */
    public static PaperStore create(Path dir) throws Exception {
        return create(dir, extractions());
    }

    /** A new database at {@code dir} with these papers and the vocabulary. */
    public static PaperStore create(Path dir, List<Extraction> papers) {
        PaperStore store = PaperStore.open(dir);
        store.replaceGraph(PG.VOCABULARY_GRAPH, OntologyFiles.ontologyAndVocabulary(project()));
        store.load(papers);
        return store;
    }
}
