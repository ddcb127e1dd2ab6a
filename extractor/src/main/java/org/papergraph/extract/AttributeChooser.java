package org.papergraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.papergraph.nlp.MaxentClassifier;

/**
 * A learned decision of one attribute of a result (its metric, its subject): a maximum-entropy model, trained
 * on the annotated results with {@code papergraph train --model result-metrics|result-subjects}, scores each
 * candidate mention ({@link AttributeFeatures}, which include the rules' own choice), and the best-scored one
 * is the attribute when its probability reaches the threshold; otherwise the result has none. Thread-safe:
 * the model is only read.
 */
public final class AttributeChooser {
    public static final String RIGHT = "right";
    public static final String OTHER = "other";
    /**
     * The subject chooser's threshold: the best subject accuracy of `train --model result-subjects --cross-validate 5`
     * on the training abstracts (not dev) is reached by always taking the best-scored option (NeurIPS folds 0.653
     * against 0.643 at 0.05 and 0.595 for the rules' choice).
     */
    public static final double SUBJECT_MIN_PROBABILITY = 0.0;
    /** The dataset chooser's threshold, chosen the same way (NeurIPS folds: dataset right 0.755, rules' choice 0.728). */
    public static final double DATASET_MIN_PROBABILITY = 0.2;

    /**
     * The kind chooser's threshold, chosen the same way (NeurIPS folds: kind right 0.827, rules' kind 0.782); when
     * no kind reaches it, the rules' kind stands.
     */
    public static final double KIND_MIN_PROBABILITY = 0.3;

    /** The threshold a shipped chooser of the role runs at. */
    public static double minProbability(ResultRole role) {
        return switch (role) {
            case SUBJECT -> SUBJECT_MIN_PROBABILITY;
            case DATASET -> DATASET_MIN_PROBABILITY;
            case KIND -> KIND_MIN_PROBABILITY;
            case METRIC -> throw new IllegalArgumentException("no metric chooser ships: it measured no gain (README)");
        };
    }

    private final ResultRole role;
    private final MaxentClassifier model;
    private final double minProbability;

    public AttributeChooser(ResultRole role, MaxentClassifier model, double minProbability) {
        this.role = role;
        this.model = model;
        this.minProbability = minProbability;
    }

    public static AttributeChooser read(ResultRole role, InputStream in, double minProbability) {
        try (in) {
            return new AttributeChooser(role, MaxentClassifier.read(in), minProbability);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + role.name().toLowerCase(java.util.Locale.ROOT) + " model: " + e.getMessage(), e);
        }
    }

    public ResultRole role() {
        return role;
    }

    /** The chosen option's index, or -1 for none. */
    int choose(List<List<String>> optionFeatures) {
        int best = -1;
        double bestP = minProbability;
        for (int i = 0; i < optionFeatures.size(); i++) {
            double p = model.probabilities(optionFeatures.get(i)).getOrDefault(RIGHT, 0.0);
            if (p >= bestP) {
                best = i;
                bestP = p;
            }
        }
        return best;
    }
}
