package org.papergraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.papergraph.extract.CandidateClassifier;
import org.papergraph.extract.CandidateFeatures;
import org.papergraph.model.EntityType;
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
    /** The thresholds cross-validation compares: a candidate is dropped above this probability of "no entity". */
    public static final List<Double> THRESHOLDS = List.of(0.4, 0.5, 0.6, 0.7, 0.8);

    private CandidateTraining() {
    }

    /** The examples of some annotated abstracts; {@code rules} must run without the statistical stage. */
    public static List<MaxentClassifier.Example> examples(RuleBasedExtractor rules, List<GoldSet.Abstract> abstracts, String source) {
        List<MaxentClassifier.Example> examples = new ArrayList<>();
        for (GoldSet.Abstract a : abstracts) {
            examples.addAll(rules.trainingExamples(paper(a, source), goldTypes(a)));
        }
        return examples;
    }

    /**
     * K-fold cross-validation by abstract. For each fold a model is trained on the other folds; then, for each
     * threshold, (a) how well it keeps the phrases it judges (those the head-noun rule found), and (b) the
     * lenient entity micro precision/recall/F1 of the whole extractor on the held abstracts, beside the rules
     * without the model. This is how the shipped threshold is chosen without looking at dev or holdout sets.
     * A report for people, not a test.
     */
    public static String crossValidate(RuleBasedExtractor rules, List<GoldSet.Abstract> abstracts, int folds) {
        List<List<MaxentClassifier.Example>> perAbstract = new ArrayList<>();
        for (GoldSet.Abstract a : abstracts) perAbstract.add(examples(rules, List.of(a), "cv"));
        int judged = 0;
        int names = 0;
        int[] kept = new int[THRESHOLDS.size()];
        int[] keptRight = new int[THRESHOLDS.size()];
        Scorer[] extracted = new Scorer[THRESHOLDS.size()];
        for (int t = 0; t < THRESHOLDS.size(); t++) extracted[t] = new Scorer();
        Scorer rulesOnly = new Scorer();
        for (int fold = 0; fold < folds; fold++) {
            List<MaxentClassifier.Example> training = new ArrayList<>();
            List<MaxentClassifier.Example> held = new ArrayList<>();
            for (int i = 0; i < perAbstract.size(); i++) (i % folds == fold ? held : training).addAll(perAbstract.get(i));
            MaxentClassifier model = train(training);
            for (MaxentClassifier.Example e : held) {
                if (!e.features().contains(CandidateFeatures.JUDGED_FEATURE)) continue;
                boolean name = !e.outcome().equals(CandidateClassifier.NOT_AN_ENTITY);
                double notAnEntity = model.probabilities(e.features()).getOrDefault(CandidateClassifier.NOT_AN_ENTITY, 0.0);
                judged++;
                if (name) names++;
                for (int t = 0; t < THRESHOLDS.size(); t++) {
                    if (notAnEntity > THRESHOLDS.get(t)) continue;
                    kept[t]++;
                    if (name) keptRight[t]++;
                }
            }
            RuleBasedExtractor[] judgedBy = new RuleBasedExtractor[THRESHOLDS.size()];
            for (int t = 0; t < THRESHOLDS.size(); t++) judgedBy[t] = rules.judgedBy(new CandidateClassifier(model, THRESHOLDS.get(t)));
            for (int i = fold; i < abstracts.size(); i += folds) {
                GoldSet.Abstract a = abstracts.get(i);
                Paper paper = paper(a, "cv");
                rulesOnly.add(a, rules.extract(paper));
                for (int t = 0; t < THRESHOLDS.size(); t++) extracted[t].add(a, judgedBy[t].extract(paper));
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d-fold cross-validation over %d abstracts: of %d judged phrases %d name an entity (precision %.3f if all are kept)%n%n",
                folds, abstracts.size(), judged, names, names / (double) judged));
        report.append("drop above   kept  precision  recall   |  entities P      R     F1\n");
        Scorer.Counts rulesMicro = rulesOnly.micro(rulesOnly.lenient);
        report.append(String.format(Locale.ROOT, "(no model)  %5d      %.3f   1.000   |        %.3f  %.3f  %.3f%n",
                judged, names / (double) judged, rulesMicro.precision(), rulesMicro.recall(), rulesMicro.f1()));
        for (int t = 0; t < THRESHOLDS.size(); t++) {
            Scorer.Counts micro = extracted[t].micro(extracted[t].lenient);
            report.append(String.format(Locale.ROOT, "%-10.2f  %5d      %.3f   %.3f   |        %.3f  %.3f  %.3f%n", THRESHOLDS.get(t), kept[t],
                    keptRight[t] / (double) kept[t], keptRight[t] / (double) names, micro.precision(), micro.recall(), micro.f1()));
        }
        return report.toString();
    }

    public static MaxentClassifier train(List<MaxentClassifier.Example> examples) {
        return MaxentClassifier.train(examples, ITERATIONS, CUTOFF, L2);
    }

    private static Paper paper(GoldSet.Abstract a, String source) {
        return a.paper(source + ":" + a.id());
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
