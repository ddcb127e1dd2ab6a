package org.papergraph.cli;

import java.util.List;
import java.util.Set;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.AttributeChooser;
import org.papergraph.extract.CandidateClassifier;
import org.papergraph.extract.ResultRole;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.LearnedExtractor;
import org.papergraph.extract.Lexicon;
import org.papergraph.extract.Recognizer;
import org.papergraph.extract.SpanJudge;
import org.papergraph.extract.SpanSource;
import org.papergraph.nlp.WordPieceTokenizer;
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

    /** The extractor commands run unless told otherwise (see the README: the learned one does not yet beat the rules). */
    static final ExtractorOptions.Kind DEFAULT_EXTRACTOR = ExtractorOptions.Kind.rules;

    /**
     * The confidence below which the learned extractor's entities are dropped by default: the span judge's best
     * threshold in cross-validation on the NeurIPS folds (README, the trade-off table), not chosen on dev.
     */
    static final double DEFAULT_MIN_CONFIDENCE = 0.2;

    /** The extractor of a plain run. */
    static Extractor extractor(ProjectFiles files) {
        return rules(files);
    }

    /**
     * The rule extractor of a plain run: every rule stage, the statistical stage and the learned subject chooser
     * (the recognizer's feature source, and the baseline it is measured against).
     */
    static RuleBasedExtractor rules(ProjectFiles files) {
        return withChoosers(files, withoutChoosers(files));
    }

    /** The roles whose shipped chooser decides a result's attribute instead of the rules. */
    static final List<ResultRole> SHIPPED_CHOOSERS = List.of(ResultRole.SUBJECT, ResultRole.DATASET, ResultRole.KIND);

    /** {@code rules} with the shipped result-attribute choosers. */
    static RuleBasedExtractor withChoosers(ProjectFiles files, RuleBasedExtractor rules) {
        RuleBasedExtractor out = rules;
        for (ResultRole role : SHIPPED_CHOOSERS) out = out.choosingBy(chooser(files, role));
        return out;
    }

    /** The rule extractor with the rules' own choice of every result attribute: what the choosers learn from. */
    static RuleBasedExtractor withoutChoosers(ProjectFiles files) {
        return (RuleBasedExtractor) extractor(files, DEFAULT_STAGES);
    }

    /** The shipped chooser of a role; fails naming the file when it is missing. */
    static AttributeChooser chooser(ProjectFiles files, ResultRole role) {
        return AttributeChooser.read(role, files.open(role.modelFile), AttributeChooser.minProbability(role));
    }

    static LearnedExtractor learned(ProjectFiles files, RuleBasedExtractor rules, SpanSource spans) {
        return learned(files, rules, spans, DEFAULT_MIN_CONFIDENCE);
    }

    /** The learned extractor; {@code spans} null means the shipped recognizer, loaded once per process. */
    static LearnedExtractor learned(ProjectFiles files, RuleBasedExtractor rules, SpanSource spans, double minConfidence) {
        return learned(files, rules, spans, minConfidence, true);
    }

    /** {@code judged}: with the shipped span judge (the learned extractor of a plain run), or the recognizer's spans as they are. */
    static LearnedExtractor learned(ProjectFiles files, RuleBasedExtractor rules, SpanSource spans, double minConfidence, boolean judged) {
        SpanSource source = spans;
        if (source == null) {
            Recognizer recognizer = Recognizer.shared(files);
            source = (paper, pieces, features) -> recognizer.recognize(pieces, features);
        }
        LearnedExtractor learned = new LearnedExtractor(rules, tokenizer(files), source, minConfidence);
        return judged ? learned.judgedBy(judge(files)) : learned;
    }

    /** The shipped span judge; fails naming the file when it is missing or corrupt. */
    static SpanJudge judge(ProjectFiles files) {
        return SpanJudge.read(files.open(SpanJudge.MODEL_FILE));
    }

    private static volatile WordPieceTokenizer tokenizer;

    static WordPieceTokenizer tokenizer(ProjectFiles files) {
        if (tokenizer == null) {
            synchronized (Components.class) {
                if (tokenizer == null) tokenizer = WordPieceTokenizer.read(files.open(Recognizer.TOKENIZER_FILE), Recognizer.TOKENIZER_FILE);
            }
        }
        return tokenizer;
    }

    static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
