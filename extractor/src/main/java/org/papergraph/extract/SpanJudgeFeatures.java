package org.papergraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.papergraph.model.EntityType;
import org.papergraph.model.Extraction;
import org.papergraph.model.Mention;

/**
 * What the {@link SpanJudge} reads about each candidate span: the recognizer's own span there (type, confidence
 * bucket) or the nearest overlapping one, each rule proposal of those offsets (rule family, type, the statistical
 * stage's judgement, vocabulary link), whether the rules' final answer names it, the vocabulary types of its
 * name, and its surface (shape, words, neighbours; {@link CandidateFeatures}). Features are strings, so the model
 * file says what it learned. Thread-safe: stateless apart from the read-only lexicon.
 */
public final class SpanJudgeFeatures {
    /** A candidate span with its features and the probability that the paper proposes it. */
    public record SpanCandidate(int start, int end, List<String> features, double proposed) {
    }

    private final Lexicon lexicon;

    /** A recognizer span widened to whole words. */
    private record Snapped(Recognizer.Span span) {
    }

    public SpanJudgeFeatures(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The candidates of one abstract; {@code words}: its tagged words, whose noun phrases are candidates too. */
    List<SpanCandidate> of(String title, String text, List<Recognizer.Span> learned, List<RuleProposal> proposals, Extraction answer, List<Word> words) {
        Map<Long, List<Object>> byOffsets = new LinkedHashMap<>();
        for (Recognizer.Span s : learned) {
            byOffsets.computeIfAbsent(key(s.start(), s.end()), k -> new ArrayList<>()).add(s);
            // The model's spans may end inside a word ("dynamic bisim"): the whole words are a candidate too.
            int start = s.start();
            int end = s.end();
            while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) start--;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) end++;
            if (start != s.start() || end != s.end()) byOffsets.computeIfAbsent(key(start, end), k -> new ArrayList<>()).add(new Snapped(s));
        }
        for (NounPhrases.Phrase p : NounPhrases.of(words)) byOffsets.computeIfAbsent(key(p.start(), p.end()), k -> new ArrayList<>()).add(p);
        for (RuleProposal p : proposals) {
            if (p.start() >= 0) byOffsets.computeIfAbsent(key(p.start(), p.end()), k -> new ArrayList<>()).add(p);
        }
        for (Mention m : answer.entities()) {
            for (int[] at : TextSpans.occurrences(text, m.text(), m.canonical())) {
                byOffsets.computeIfAbsent(key(at[0], at[1]), k -> new ArrayList<>()).add(m);
            }
        }
        List<SpanCandidate> out = new ArrayList<>(byOffsets.size());
        for (Map.Entry<Long, List<Object>> e : byOffsets.entrySet()) {
            int start = (int) (e.getKey() >> 32);
            int end = (int) (long) e.getKey();
            out.add(candidate(title, text, start, end, e.getValue(), learned));
        }
        return out;
    }

    private SpanCandidate candidate(String title, String text, int start, int end, List<Object> evidence, List<Recognizer.Span> learned) {
        List<String> f = new ArrayList<>(48);
        f.add("bias");
        EntityType guess = null;
        double proposed = 0;
        boolean recognized = false;
        boolean ruled = false;
        boolean answered = false;
        boolean phrase = false;
        EntityType learnedType = null;
        EntityType answerType = null;
        for (Object o : evidence) {
            if (o instanceof Recognizer.Span s) {
                recognized = true;
                learnedType = s.type();
                guess = s.type();
                proposed = Math.max(proposed, s.proposed());
                f.add("L=" + s.type());
                f.add("Lc=" + bucket(s.confidence()));
                f.add("L+c=" + s.type() + "+" + bucket(s.confidence()));
            } else if (o instanceof RuleProposal p) {
                ruled = true;
                String type = p.type() == null ? "NONE" : p.type().name();
                if (guess == null && p.type() != null) guess = p.type();
                if (p.proposed()) proposed = Math.max(proposed, LearnedExtractor.PROPOSED_ABOVE);
                f.add("R=" + p.source() + "+" + type + (p.kept() ? "" : "+dropped"));
                f.add("Rt=" + type);
                f.add("Rp=" + bucket(p.probability()));
                if (p.linked()) f.add("Rlinked=" + type);
                if (p.proposed()) f.add("Rproposed");
            } else if (o instanceof Snapped w) {
                recognized = true;
                if (guess == null) guess = w.span().type();
                proposed = Math.max(proposed, w.span().proposed());
                f.add("Lw=" + w.span().type());
                f.add("Lw+c=" + w.span().type() + "+" + bucket(w.span().confidence()));
            } else if (o instanceof NounPhrases.Phrase ph) {
                f.add("P=" + ph.pattern());
                phrase = true;
            } else if (o instanceof Mention m) {
                answered = true;
                answerType = m.type();
                if (guess == null) guess = m.type();
                f.add("A=" + m.type());
            }
        }
        if (!recognized) {
            Recognizer.Span near = nearest(learned, start, end);
            f.add(near == null ? "L=none" : "Lo=" + near.type() + "+" + bucket(near.confidence()) + (near.start() <= start && near.end() >= end ? "+within" : "+across"));
        }
        if (!ruled) f.add("R=none");
        if (!answered) f.add("A=none");
        f.add("sources=" + (recognized ? "L" : "") + (ruled ? "R" : "") + (answered ? "A" : "") + (phrase ? "P" : ""));
        if (learnedType != null && answerType != null) f.add(learnedType == answerType ? "LA=agree" : "LA=" + learnedType + "/" + answerType);
        String name = text.substring(start, end);
        java.util.Set<EntityType> known = java.util.EnumSet.noneOf(EntityType.class);
        for (Concept c : lexicon.lookupAll(name)) known.add(c.type());
        for (EntityType t : known) f.add("lex=" + t);
        // Priority 0 is no rule family: the surface features are the statistical stage's, from no particular rule.
        Candidate surface = new Candidate(start, end, name, guess, name, null, null, 0, false);
        for (String s : CandidateFeatures.of(surface, title, text)) {
            if (!s.startsWith("src") && !s.equals("bias")) f.add("c:" + s);
        }
        if (name.length() > 0 && (!Character.isLetterOrDigit(name.charAt(0)) || !Character.isLetterOrDigit(name.charAt(name.length() - 1)))) f.add("ragged-edge");
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) f.add("cuts-word-end");
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) f.add("cuts-word-start");
        return new SpanCandidate(start, end, f, proposed);
    }

    /** The recognizer's span that overlaps {@code [start, end)} with the highest confidence, or null. */
    private static Recognizer.Span nearest(List<Recognizer.Span> spans, int start, int end) {
        Recognizer.Span best = null;
        for (Recognizer.Span s : spans) {
            if (s.start() < end && start < s.end() && (best == null || s.confidence() > best.confidence())) best = s;
        }
        return best;
    }

    private static String bucket(double p) {
        if (p >= 1.0) return "1";
        return String.format(Locale.ROOT, "%.1f", Math.floor(p * 10) / 10);
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }
}
