package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.MaxentClassifier;
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
    private final SpanJudge judge;
    private final SpanJudgeFeatures judgeFeatures;

    public LearnedExtractor(RuleBasedExtractor rules, WordPieceTokenizer tokenizer, SpanSource recognizer, double minConfidence) {
        this(rules, tokenizer, recognizer, minConfidence, null);
    }

    private LearnedExtractor(RuleBasedExtractor rules, WordPieceTokenizer tokenizer, SpanSource recognizer, double minConfidence, SpanJudge judge) {
        this.rules = rules;
        this.tokenizer = tokenizer;
        this.features = new PieceFeatures(rules);
        this.recognizer = recognizer;
        this.minConfidence = minConfidence;
        this.judge = judge;
        this.judgeFeatures = new SpanJudgeFeatures(rules.lexicon());
    }

    /** This extractor with the span judge deciding among the recognizer's and the rules' spans (null: the recognizer's alone). */
    public LearnedExtractor judgedBy(SpanJudge spanJudge) {
        return new LearnedExtractor(rules, tokenizer, recognizer, minConfidence, spanJudge);
    }

    /**
     * Training examples for the span judge: every candidate span of the paper with the type of the gold entity it
     * names (by the scorer's lenient name match, the surface form or the vocabulary's name) or "O".
     *
     * @param goldTypes gold entity names, normalized with {@link Names#normalize}, and their types
     */
    public List<MaxentClassifier.Example> judgeExamples(Paper paper, Map<String, EntityType> goldTypes) {
        String text = paper.abstractText();
        WordPieceTokenizer.Pieces pieces = tokenizer.encode(text);
        List<SpanJudgeFeatures.SpanCandidate> candidates = candidates(paper, pieces);
        List<MaxentClassifier.Example> out = new ArrayList<>(candidates.size());
        for (SpanJudgeFeatures.SpanCandidate c : candidates) {
            String name = text.substring(c.start(), c.end());
            EntityType gold = goldTypes.get(Names.normalize(name));
            if (gold == null) {
                for (EntityType t : EntityType.values()) {
                    Concept known = rules.lexicon().lookup(t, name);
                    if (known != null && goldTypes.get(Names.normalize(known.prefLabel())) == t) gold = t;
                }
            }
            out.add(new MaxentClassifier.Example(gold == null ? SpanJudge.NOT_AN_ENTITY : gold.name(), c.features()));
        }
        return out;
    }

    /** The span judge's candidates of the paper, from the rules' signals and the recognizer's spans. */
    private List<SpanJudgeFeatures.SpanCandidate> candidates(Paper paper, WordPieceTokenizer.Pieces pieces) {
        PieceFeatures.Signals signals = features.signals(paper, pieces);
        List<Recognizer.Span> spans = recognizer.spans(paper, pieces, signals.values());
        return judgeFeatures.of(paper.title(), paper.abstractText(), spans, signals.proposals(), signals.answer(), rules.taggedWords(paper));
    }

    @Override
    public Extraction extract(Paper paper) {
        return extractAt(paper, new double[] {minConfidence}).get(0);
    }

    /** The extractions of one paper keeping the spans of at least each of these confidences (the model runs once). */
    public List<Extraction> extractAt(Paper paper, double[] minConfidences) {
        String text = paper.abstractText();
        WordPieceTokenizer.Pieces pieces = tokenizer.encode(text);
        List<Recognizer.Span> spans = judge != null ? judge.judge(candidates(paper, pieces))
                : recognizer.spans(paper, pieces, features.of(paper, pieces));
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
