package org.papergraph.cli;

import java.util.Set;
import org.papergraph.config.ProjectFiles;
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
        Lexicon lexicon = SkosVocabulary.lexicon(files);
        return new RuleBasedExtractor(OpenNlpAnalyzer.shared(), lexicon, stages);
    }

    static Extractor extractor(ProjectFiles files) {
        return extractor(files, java.util.EnumSet.allOf(RuleBasedExtractor.Stage.class));
    }

    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
