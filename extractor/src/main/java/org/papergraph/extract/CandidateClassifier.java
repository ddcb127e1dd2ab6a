package org.papergraph.extract;

import org.papergraph.model.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.nlp.MaxentClassifier;

/**
 * The statistical stage: a maximum-entropy model, trained on hand-annotated abstracts with
 * {@code papergraph train}, that reads each candidate's features and says whether it names an entity and
 * not. Rules propose, the model disposes: candidates it rejects are dropped. Thread-safe: the model is only
 * read.
 */
public final class CandidateClassifier {
    /** The project file of the shipped model, under the home folder or in the jar. */
    public static final String MODEL_FILE = "models/entity-candidates.bin";
    /**
     * The probability of "no entity" above which a candidate is dropped, chosen by `train --cross-validate 5`
     * on the training abstracts (the best entity F1 of 0.4-0.8), not on dev: keeping a doubtful phrase costs
     * precision, but F1 gains while its chance of being a name exceeds about half the F1 reached.
     */
    public static final double DEFAULT_REJECT_ABOVE = 0.7;
    /** The outcome for a candidate that names no entity. */
    public static final String NOT_AN_ENTITY = "O";

    private final MaxentClassifier model;
    private final double rejectAbove;

    /** {@code rejectAbove}: a candidate is dropped when the model gives "no entity" more than this probability. */
    public CandidateClassifier(MaxentClassifier model, double rejectAbove) {
        this.model = model;
        this.rejectAbove = rejectAbove;
    }

    public static CandidateClassifier read(InputStream in, double rejectAbove) {
        try (in) {
            return new CandidateClassifier(MaxentClassifier.read(in), rejectAbove);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the candidate model: " + e.getMessage(), e);
        }
    }

    List<Candidate> filter(List<Candidate> candidates, String title, String text) {
        List<Candidate> kept = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (keeps(c, text, entityProbability(c, title, text))) kept.add(c);
        }
        return kept;
    }

    /** The model's probability that {@code c} names an entity; 1 for candidates the stage does not judge. */
    double entityProbability(Candidate c, String title, String text) {
        if (vouchedFor(c, text)) return 1.0;
        return 1 - model.probabilities(CandidateFeatures.of(c, title, text)).getOrDefault(NOT_AN_ENTITY, 0.0);
    }

    /** Whether the stage keeps {@code c}, given its {@link #entityProbability}. */
    boolean keeps(Candidate c, String text, double entityProbability) {
        return vouchedFor(c, text) || 1 - entityProbability <= rejectAbove;
    }

    private static boolean vouchedFor(Candidate c, String text) {
        // Names the vocabulary, an acronym definition or a proposal vouches for are kept as the rules found them.
        // A measure reported with a number is kept as the rules found it: the result finder needs it.
        return c.priority() > Candidate.HEAD_NOUN || c.type() == EntityType.METRIC && CandidateFeatures.besideNumber(c, text);
    }
}
