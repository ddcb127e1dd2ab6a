package org.papergraph.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.papergraph.extract.AttributeChoice;
import org.papergraph.extract.AttributeChooser;
import org.papergraph.extract.ResultRole;
import org.papergraph.extract.Names;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.MaxentClassifier;

/**
 * Training of a result-attribute chooser from annotated results: every decision of the role the result finder
 * makes for a number that a gold result of the abstract states, each candidate mention an example, labeled by
 * whether it names that gold result's attribute (the scorer's name match; for a subject, a gold result without
 * one makes every option wrong). The settings are fixed here so that `papergraph train --model result-metrics`
 * and `--model result-subjects` rebuild the same models. Thread-safe: stateless.
 */
public final class AttributeTraining {
    public static final int ITERATIONS = 300;
    public static final int CUTOFF = 1;
    public static final double L2 = 1.0;
    /** The thresholds cross-validation compares: the best option is the metric when its probability reaches this. */
    public static final List<Double> THRESHOLDS = List.of(0.0, 0.05, 0.1, 0.2, 0.3, 0.5);

    private AttributeTraining() {
    }

    public static List<MaxentClassifier.Example> examples(ResultRole role, RuleBasedExtractor rules, List<GoldSet.Abstract> abstracts) {
        List<MaxentClassifier.Example> examples = new ArrayList<>();
        for (GoldSet.Abstract a : abstracts) {
            for (AttributeChoice choice : rules.attributeChoices(paper(a))) {
                if (choice.role() != role) continue;
                Set<String> gold = goldNames(role, a, choice.value());
                if (gold == null) continue; // no annotated result states this number (or names its metric): nothing to learn
                for (AttributeChoice.Option o : choice.options()) {
                    boolean names = gold.contains(Names.normalize(o.text())) || gold.contains(Names.normalize(o.canonical()));
                    examples.add(new MaxentClassifier.Example(names ? AttributeChooser.RIGHT : AttributeChooser.OTHER, o.features()));
                }
            }
        }
        return examples;
    }

    public static MaxentClassifier train(List<MaxentClassifier.Example> examples) {
        return MaxentClassifier.train(examples, ITERATIONS, CUTOFF, L2);
    }

    /**
     * K-fold cross-validation by abstract (folds by the SHA-1 of the abstract's id, as training/train.py assigns
     * them): for each fold a chooser is trained on the others, and the whole extractor's results on the held
     * abstracts are scored for each threshold, beside the rules' own choices and the shipped choosers together;
     * the abstracts {@code apart} holds (the NeurIPS folds of the issue) also apart.
     * A report for people, not a test.
     */
    public static String crossValidate(ResultRole role, RuleBasedExtractor rules, List<GoldSet.Abstract> abstracts, int folds,
                                       List<ResultRole> shipped, java.util.Set<String> apart) {
        Scorer[] rulesOnly = {new Scorer(), new Scorer()};
        Scorer[] together = {new Scorer(), new Scorer()};
        Scorer[][] learned = new Scorer[THRESHOLDS.size()][];
        for (int t = 0; t < THRESHOLDS.size(); t++) learned[t] = new Scorer[] {new Scorer(), new Scorer()};
        for (int fold = 0; fold < folds; fold++) {
            List<GoldSet.Abstract> training = new ArrayList<>();
            List<GoldSet.Abstract> held = new ArrayList<>();
            for (GoldSet.Abstract a : abstracts) (foldOf(a.id(), folds) == fold ? held : training).add(a);
            MaxentClassifier model = train(examples(role, rules, training));
            RuleBasedExtractor all = rules;
            for (ResultRole r : shipped) all = all.choosingBy(new AttributeChooser(r, train(examples(r, rules, training)), AttributeChooser.minProbability(r)));
            for (GoldSet.Abstract a : held) {
                boolean neurips = apart.contains(a.id());
                add(rulesOnly, a, rules.extract(paper(a)), neurips);
                add(together, a, all.extract(paper(a)), neurips);
                for (int t = 0; t < THRESHOLDS.size(); t++) {
                    add(learned[t], a, rules.choosingBy(new AttributeChooser(role, model, THRESHOLDS.get(t))).extract(paper(a)), neurips);
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d-fold cross-validation of the result %s chooser over %d abstracts (results P / R / F1; attributes right of matched results)%n%n",
                folds, role.name().toLowerCase(Locale.ROOT), abstracts.size()));
        report.append(String.format(Locale.ROOT, "%-14s %-44s %s%n", "", "NeurIPS folds", "all folds"));
        row(report, "rules' choice", rulesOnly);
        for (int t = 0; t < THRESHOLDS.size(); t++) row(report, String.format(Locale.ROOT, "chooser >= %.2f", THRESHOLDS.get(t)), learned[t]);
        row(report, "all shipped", together);
        report.append(String.format(Locale.ROOT, "%nall shipped: the choosers of %s together, each at its shipped threshold%n", shipped));
        return report.toString();
    }

    private static void add(Scorer[] scorers, GoldSet.Abstract a, org.papergraph.model.Extraction e, boolean neurips) {
        if (neurips) scorers[0].add(a, e);
        scorers[1].add(a, e);
    }

    private static void row(StringBuilder out, String name, Scorer[] s) {
        out.append(String.format(Locale.ROOT, "%-14s %-44s %s%n", name, resultsCell(s[0]), resultsCell(s[1])));
    }

    /** Results P / R / F1 and the share of matched results with their subject, dataset and kind right. */
    static String resultsCell(Scorer s) {
        Scorer.Counts r = s.results;
        return String.format(Locale.ROOT, "%.3f %.3f %.3f  subj %.3f data %.3f kind %.3f", r.precision(), r.recall(), r.f1(),
                share(s, "subject"), share(s, "dataset"), share(s, "kind"));
    }

    private static double share(Scorer s, String attribute) {
        return s.matchedResults == 0 ? 0 : s.attributeRight.getOrDefault(attribute, 0) / (double) s.matchedResults;
    }

    /** The fold of an abstract: its id's SHA-1 modulo {@code folds}, as {@code training/train.py}'s {@code fold_of}. */
    public static int foldOf(String id, int folds) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, sha).mod(BigInteger.valueOf(folds)).intValue();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The names the gold results of this value give the role, normalized as the scorer does; empty when they give
     * none (a subject may be absent), null when no gold result states the value (or, for a metric, names one).
     */
    static Set<String> goldNames(ResultRole role, GoldSet.Abstract a, BigDecimal value) {
        Set<String> names = null;
        for (GoldSet.GoldResult g : a.results()) {
            if (g.value() == null || Math.abs(g.value() - value.doubleValue()) > 1e-6) continue;
            String name = switch (role) {
                case METRIC -> g.metric();
                case SUBJECT -> g.subject();
                case DATASET -> g.dataset();
                case KIND -> g.kind();
            };
            if (role == ResultRole.METRIC && name == null) continue;
            if (names == null) names = new HashSet<>();
            if (name != null) names.addAll(Scorer.goldNames(a, name));
        }
        return names;
    }

    private static Paper paper(GoldSet.Abstract a) {
        return a.paper("cv:" + a.id());
    }
}
