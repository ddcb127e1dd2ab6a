package org.papergraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.MaxentClassifier;

/**
 * The span classifier over the learned recognizer: every span the recognizer decodes (whatever its confidence),
 * every span a rule proposes and every name the rules answer is a candidate, and one maximum-entropy model keeps,
 * retypes or drops it from what the two sources say about it ({@link SpanJudgeFeatures}). Overlapping kept
 * candidates are settled by the judge's confidence. Trained on the recognizer's cross-validated spans
 * ({@code papergraph train --model entity-spans}), so it learns how far to trust the recognizer on abstracts the
 * recognizer has not seen. Thread-safe: the model is only read.
 */
public final class SpanJudge {
    /** The project file of the shipped model, under the home folder or in the jar. */
    public static final String MODEL_FILE = "models/entity-spans.bin";
    /** The outcome of a candidate that names no entity. */
    public static final String NOT_AN_ENTITY = "O";

    private final MaxentClassifier model;

    public SpanJudge(MaxentClassifier model) {
        this.model = model;
    }

    public static SpanJudge read(InputStream in) {
        try (in) {
            return new SpanJudge(MaxentClassifier.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the span judge model: " + e.getMessage(), e);
        }
    }

    /**
     * The judged spans of an abstract, at most one per stretch of text: each candidate with the entity type the
     * judge finds likeliest and that type's probability as its confidence (a confidence threshold then drops what
     * is likelier no entity or another type).
     */
    List<Recognizer.Span> judge(List<SpanJudgeFeatures.SpanCandidate> candidates) {
        List<Recognizer.Span> judged = new ArrayList<>();
        for (SpanJudgeFeatures.SpanCandidate c : candidates) {
            Map<String, Double> p = model.probabilities(c.features());
            EntityType best = null;
            double bestP = -1;
            for (EntityType t : EntityType.values()) {
                double q = p.getOrDefault(t.name(), 0.0);
                if (q > bestP) {
                    best = t;
                    bestP = q;
                }
            }
            judged.add(new Recognizer.Span(c.start(), c.end(), best, bestP, c.proposed()));
        }
        judged.sort(Comparator.comparingDouble(Recognizer.Span::confidence).reversed().thenComparingInt(Recognizer.Span::start));
        List<Recognizer.Span> kept = new ArrayList<>();
        for (Recognizer.Span s : judged) {
            if (kept.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end())) kept.add(s);
        }
        kept.sort(Comparator.comparingInt(Recognizer.Span::start));
        return kept;
    }
}
