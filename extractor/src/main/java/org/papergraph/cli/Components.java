package org.papergraph.cli;

import java.util.Set;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.CandidateClassifier;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.Lexicon;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.nlp.OpenNlpAnalyzer;
import org.papergraph.rdf.SkosVocabulary;

/** Builds the shared, thread-safe parts a command needs. */
final class Components {
    private Components() {
    }

    static Extractor extractor(ProjectFiles files, Set<RuleBasedExtractor.Stage> stages) {
        return extractor(files, SkosVocabulary.lexicon(files), stages, CandidateClassifier.DEFAULT_REJECT_ABOVE);
    }

    static Extractor extractor(ProjectFiles files, Lexicon lexicon, Set<RuleBasedExtractor.Stage> stages, double rejectAbove) {
        CandidateClassifier classifier = stages.contains(RuleBasedExtractor.Stage.STATISTICAL)
                ? CandidateClassifier.read(files.open(CandidateClassifier.MODEL_FILE), rejectAbove)
                : null;
        return new RuleBasedExtractor(OpenNlpAnalyzer.shared(), lexicon, stages, classifier);
    }

    /** The stages a plain run uses. */
    static final Set<RuleBasedExtractor.Stage> DEFAULT_STAGES = java.util.EnumSet.allOf(RuleBasedExtractor.Stage.class);

    static Extractor extractor(ProjectFiles files) {
        return extractor(files, DEFAULT_STAGES);
    }

    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
