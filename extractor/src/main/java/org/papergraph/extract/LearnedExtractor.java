package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.ingest.Paper;
import org.papergraph.model.Extraction;
import org.papergraph.model.Mention;
import org.papergraph.nlp.WordPieceTokenizer;

/**
 * The extractor around the learned recognizer, a pipeline of small stages: {@link PieceFeatures} (what the
 * rules propose, per word piece) → {@link SpanSource} (the model) → linking to the vocabulary's concepts
 * (canonical names, IRIs, families) → the rules' resolver (acronyms and long forms merged, first mentions,
 * what the paper proposes beside the model's own judgement) → the result finder. Thread-safe: every stage is.
 */
public final class LearnedExtractor implements Extractor {
    /** A span the model calls proposed with at least this probability is marked proposed. */
    static final double PROPOSED_ABOVE = 0.5;

    private final RuleBasedExtractor rules;
    private final WordPieceTokenizer tokenizer;
    private final PieceFeatures features;
    private final SpanSource recognizer;
    private final double minConfidence;
    private final AcronymAliases acronyms = new AcronymAliases();

    public LearnedExtractor(RuleBasedExtractor rules, WordPieceTokenizer tokenizer, SpanSource recognizer, double minConfidence) {
        this.rules = rules;
        this.tokenizer = tokenizer;
        this.features = new PieceFeatures(rules);
        this.recognizer = recognizer;
        this.minConfidence = minConfidence;
    }

    @Override
    public Extraction extract(Paper paper) {
        return extractAt(paper, new double[] {minConfidence}).get(0);
    }

    /** The extractions of one paper keeping the spans of at least each of these confidences (the model runs once). */
    public List<Extraction> extractAt(Paper paper, double[] minConfidences) {
        String text = paper.abstractText();
        WordPieceTokenizer.Pieces pieces = tokenizer.encode(text);
        List<Recognizer.Span> spans = recognizer.spans(paper, pieces, features.of(paper, pieces));
        List<Extraction> out = new ArrayList<>(minConfidences.length);
        for (double min : minConfidences) out.add(extraction(paper, text, spans, min));
        return out;
    }

    private Extraction extraction(Paper paper, String text, List<Recognizer.Span> spans, double min) {
        List<Candidate> candidates = new ArrayList<>(spans.size());
        for (Recognizer.Span s : spans) {
            if (s.confidence() < min) continue;
            String name = text.substring(s.start(), s.end());
            Concept known = rules.lexicon().lookup(s.type(), name);
            candidates.add(new Candidate(s.start(), s.end(), name, s.type(), known == null ? name : known.prefLabel(),
                    known == null ? null : known.iri(), known == null ? null : known.broaderIri(), Candidate.PROPOSAL,
                    s.proposed() >= PROPOSED_ABOVE));
        }
        Extraction resolved = rules.extractFrom(paper, candidates, acronyms.of(text, candidates));
        List<Mention> entities = new ArrayList<>(resolved.entities().size());
        for (Mention m : resolved.entities()) entities.add(m.withConfidence(confidenceOf(m, spans, text)));
        return new Extraction(paper, entities, resolved.results());
    }

    /** The model's confidence in the best-supported of the mention's spellings; 1 for what the result finder added. */
    private static double confidenceOf(Mention m, List<Recognizer.Span> spans, String text) {
        double best = -1;
        for (Recognizer.Span s : spans) {
            String name = text.substring(s.start(), s.end());
            if (s.type() == m.type() && (name.equals(m.text()) || name.equals(m.canonical()))) best = Math.max(best, s.confidence());
        }
        return best < 0 ? 1.0 : best;
    }
}
