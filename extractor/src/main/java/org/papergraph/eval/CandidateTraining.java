package org.papergraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.papergraph.extract.CandidateClassifier;
import org.papergraph.extract.CandidateFeatures;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Names;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.MaxentClassifier;

/**
 * Training of the statistical stage from annotated abstracts: the examples are the candidates the rules
 * find, labeled by the gold annotations. The settings are fixed here so that `papergraph train` and the
 * test that checks the shipped model rebuild the very same model. Thread-safe: stateless.
 */
public final class CandidateTraining {
    public static final int ITERATIONS = 300;
    public static final int CUTOFF = 1;
    public static final double L2 = 1.0;

    private CandidateTraining() {
    }

    /** The examples of some annotated abstracts; {@code rules} must run without the statistical stage. */
    public static List<MaxentClassifier.Example> examples(RuleBasedExtractor rules, List<GoldSet.Abstract> abstracts, String source) {
        List<MaxentClassifier.Example> examples = new ArrayList<>();
        for (GoldSet.Abstract a : abstracts) {
            Paper paper = new Paper(a.id(), a.title(), a.abstractText(), null, null, null, null, source + ":" + a.id());
            examples.addAll(rules.trainingExamples(paper, goldTypes(a)));
        }
        return examples;
    }

    /**
     * K-fold cross-validation by abstract: how well the model, trained on the other folds, keeps the phrases
     * it judges (those the head-noun rule found), against keeping them all. A report for people, not a test.
     */
    public static String crossValidate(RuleBasedExtractor rules, List<GoldSet.Abstract> abstracts, int folds, double rejectAbove) {
        List<List<MaxentClassifier.Example>> perAbstract = new ArrayList<>();
        for (GoldSet.Abstract a : abstracts) perAbstract.add(examples(rules, List.of(a), "cv"));
        int kept = 0;
        int keptRight = 0;
        int judged = 0;
        int names = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<MaxentClassifier.Example> training = new ArrayList<>();
            List<MaxentClassifier.Example> held = new ArrayList<>();
            for (int i = 0; i < perAbstract.size(); i++) (i % folds == fold ? held : training).addAll(perAbstract.get(i));
            MaxentClassifier model = train(training);
            for (MaxentClassifier.Example e : held) {
                if (!e.features().contains(CandidateFeatures.JUDGED_FEATURE)) continue;
                boolean name = !e.outcome().equals(CandidateClassifier.NOT_AN_ENTITY);
                boolean keep = model.probabilities(e.features()).getOrDefault(CandidateClassifier.NOT_AN_ENTITY, 0.0) <= rejectAbove;
                judged++;
                if (name) names++;
                if (keep) kept++;
                if (keep && name) keptRight++;
            }
        }
        return String.format(java.util.Locale.ROOT,
                "%d-fold cross-validation over %d abstracts: of %d judged phrases %d name an entity (precision %.3f if all are kept);%n"
                        + "the model keeps %d: precision %.3f, recall %.3f%n",
                folds, abstracts.size(), judged, names, names / (double) judged, kept, keptRight / (double) kept, keptRight / (double) names);
    }

    public static MaxentClassifier train(List<MaxentClassifier.Example> examples) {
        return MaxentClassifier.train(examples, ITERATIONS, CUTOFF, L2);
    }

    /** Every gold name of the abstract, surface form and canonical name, normalized as the scorer does. */
    static Map<String, EntityType> goldTypes(GoldSet.Abstract a) {
        Map<String, EntityType> types = new HashMap<>();
        for (GoldSet.Entity e : a.entities()) {
            EntityType type = EntityType.valueOf(e.type());
            types.put(Names.normalize(e.text()), type);
            if (e.canonical() != null) types.put(Names.normalize(e.canonical()), type);
        }
        return types;
    }
}
