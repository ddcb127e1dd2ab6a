package org.papergraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.papergraph.extract.LearnedExtractor;
import org.papergraph.extract.SpanJudge;
import org.papergraph.model.Extraction;
import org.papergraph.nlp.MaxentClassifier;

/**
 * Training of the span judge from annotated abstracts. The examples are the candidate spans of each abstract,
 * read from the recognizer's <em>cross-validated</em> spans (a {@link FoldScores} source): the judge must learn
 * how far to trust the recognizer where the recognizer has not seen the text, as at run time. Settings are fixed
 * here so that {@code papergraph train} and the staleness test rebuild the very same model. Thread-safe: stateless.
 */
public final class SpanJudgeTraining {
    public static final int ITERATIONS = 300;
    public static final int CUTOFF = 1;
    public static final double L2 = 1.0;
    /** The confidences cross-validation reports. */
    public static final double[] THRESHOLDS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private SpanJudgeTraining() {
    }

    /** The examples of some annotated abstracts; {@code learned} must read the recognizer's cross-validated spans. */
    public static List<MaxentClassifier.Example> examples(LearnedExtractor learned, List<GoldSet.Abstract> abstracts) {
        List<MaxentClassifier.Example> examples = new ArrayList<>();
        for (GoldSet.Abstract a : abstracts) examples.addAll(learned.judgeExamples(a.paper(a.id()), CandidateTraining.goldTypes(a)));
        return examples;
    }

    public static MaxentClassifier train(List<MaxentClassifier.Example> examples) {
        return MaxentClassifier.train(examples, ITERATIONS, CUTOFF, L2);
    }

    /**
     * K-fold cross-validation by abstract (folds by the SHA-1 of the id, the recognizer's own folds): for each fold a
     * judge is trained on the other folds' candidates and the held abstracts are extracted with it, at each
     * threshold, beside the recognizer alone; the abstracts {@code apart} holds (the NeurIPS folds) also apart. A
     * report for people, not a test.
     */
    public static String crossValidate(LearnedExtractor learned, List<GoldSet.Abstract> abstracts, int folds, java.util.Set<String> apart,
                                       java.util.function.Consumer<String> progress) {
        List<List<MaxentClassifier.Example>> perAbstract = new ArrayList<>();
        progress.accept("the candidate spans of " + abstracts.size() + " abstracts");
        for (GoldSet.Abstract a : abstracts) perAbstract.add(learned.judgeExamples(a.paper(a.id()), CandidateTraining.goldTypes(a)));
        Scorer[][] judged = new Scorer[THRESHOLDS.length][];
        Scorer[][] alone = new Scorer[THRESHOLDS.length][];
        for (int t = 0; t < THRESHOLDS.length; t++) {
            judged[t] = new Scorer[] {new Scorer(), new Scorer()};
            alone[t] = new Scorer[] {new Scorer(), new Scorer()};
        }
        for (int fold = 0; fold < folds; fold++) {
            progress.accept("fold " + (fold + 1) + "/" + folds);
            List<MaxentClassifier.Example> training = new ArrayList<>();
            for (int i = 0; i < abstracts.size(); i++) {
                if (AttributeTraining.foldOf(abstracts.get(i).id(), folds) != fold) training.addAll(perAbstract.get(i));
            }
            LearnedExtractor withJudge = learned.judgedBy(new SpanJudge(train(training)));
            for (GoldSet.Abstract a : abstracts) {
                if (AttributeTraining.foldOf(a.id(), folds) != fold) continue;
                boolean neurips = apart.contains(a.id());
                List<Extraction> j = withJudge.extractAt(a.paper(a.id()), THRESHOLDS);
                List<Extraction> r = learned.extractAt(a.paper(a.id()), THRESHOLDS);
                for (int t = 0; t < THRESHOLDS.length; t++) {
                    add(judged[t], a, j.get(t), neurips);
                    add(alone[t], a, r.get(t), neurips);
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d-fold cross-validation of the span judge over %d abstracts (lenient entities P / R / F1)%n%n", folds, abstracts.size()));
        report.append(String.format(Locale.ROOT, "%-6s %-24s %-24s %-24s %s%n", "min", "judge, NeurIPS folds", "judge, all folds",
                "recognizer, NeurIPS", "recognizer, all"));
        for (int t = 0; t < THRESHOLDS.length; t++) {
            report.append(String.format(Locale.ROOT, "%-6.2f %-24s %-24s %-24s %s%n", THRESHOLDS[t], cell(judged[t][0]), cell(judged[t][1]),
                    cell(alone[t][0]), cell(alone[t][1])));
        }
        report.append(String.format(Locale.ROOT, "%nresults of the judged extraction (P / R / F1; attributes right of matched results):%n"));
        for (int t = 0; t < THRESHOLDS.length; t++) {
            report.append(String.format(Locale.ROOT, "%-6.2f NeurIPS %s   all %s%n", THRESHOLDS[t],
                    AttributeTraining.resultsCell(judged[t][0]), AttributeTraining.resultsCell(judged[t][1])));
        }
        report.append(String.format(Locale.ROOT, "%nper type, judge at each threshold, NeurIPS folds:%n"));
        for (int t = 0; t < THRESHOLDS.length; t++) {
            StringBuilder types = new StringBuilder();
            judged[t][0].lenient.forEach((type, c) -> types.append(String.format(Locale.ROOT, " %s %.3f", type, c.f1())));
            report.append(String.format(Locale.ROOT, "%-6.2f%s%n", THRESHOLDS[t], types));
        }
        return report.toString();
    }

    private static void add(Scorer[] scorers, GoldSet.Abstract a, Extraction e, boolean neurips) {
        if (neurips) scorers[0].add(a, e);
        scorers[1].add(a, e);
    }

    private static String cell(Scorer s) {
        Scorer.Counts c = s.micro(s.lenient);
        return String.format(Locale.ROOT, "%.3f %.3f %.3f", c.precision(), c.recall(), c.f1());
    }

}
