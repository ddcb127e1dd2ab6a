package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.papergraph.ingest.Paper;
import org.papergraph.model.EntityType;
import org.papergraph.model.Extraction;
import org.papergraph.model.Mention;
import org.papergraph.nlp.WordPieceTokenizer.Pieces;

/**
 * The signals the recognizer reads beside the encoder, one small categorical value per feature and piece: what
 * the rule extractor proposes there (span, type, rule family, the statistical stage's judgement), what it
 * finally answers, vocabulary matches, acronym definitions and the word's shape. Value 0 always means "none",
 * so padding and special tokens carry zeros. The same code computes them for training (written to a file by
 * {@code papergraph features}) and at run time, so the two cannot drift apart. Thread-safe: the rule extractor
 * it reads is.
 */
public final class PieceFeatures {
    /** The features in the order of a piece's value array; {@code size} counts the values, 0 included. */
    public enum Feature {
        RULE(13), SOURCE(6), SCORE(7), LEXICON(11), RULE_ANSWER(11), DROPPED(2), SHAPE(7), GLUED(2), ACRONYM(3), RULE_PROPOSED(2);

        public final int size;

        Feature(int size) {
            this.size = size;
        }
    }

    private static final int TYPES = EntityType.values().length;
    private final RuleBasedExtractor rules;
    private final AcronymFinder acronyms = new AcronymFinder();

    public PieceFeatures(RuleBasedExtractor rules) {
        this.rules = rules;
    }

    /** The signals of one abstract: the piece values and the rule proposals and answer they were read from. */
    public record Signals(int[][] values, List<RuleProposal> proposals, Extraction answer) {
    }

    /** The feature values of every piece of the abstract, {@code [piece][feature]}. */
    public int[][] of(Paper paper, Pieces pieces) {
        return signals(paper, pieces).values();
    }

    public Signals signals(Paper paper, Pieces pieces) {
        String text = paper.abstractText();
        int[][] values = new int[pieces.size()][Feature.values().length];
        List<RuleProposal> found = rules.proposals(paper);
        List<RuleProposal> proposals = new ArrayList<>(found);
        // Later writes win: the most trusted rule family, then the longest span, names a piece.
        proposals.sort(Comparator.comparing(RuleProposal::source).thenComparingInt(p -> p.end() - p.start()));
        for (RuleProposal p : proposals) {
            if (p.source() == RuleProposal.Source.LEXICON && p.type() != null) {
                mark(values, pieces, p.start(), p.end(), Feature.LEXICON, typeIndex(p.type()), 0);
            }
            if (!p.kept()) {
                mark(values, pieces, p.start(), p.end(), Feature.DROPPED, -1, 1);
                continue;
            }
            int type = p.type() == null ? TYPES : typeIndex(p.type());
            mark(values, pieces, p.start(), p.end(), Feature.RULE, type, 0);
            mark(values, pieces, p.start(), p.end(), Feature.SOURCE, -1, p.source().ordinal() + 1);
            mark(values, pieces, p.start(), p.end(), Feature.SCORE, -1, scoreBucket(p.probability()));
            mark(values, pieces, p.start(), p.end(), Feature.RULE_PROPOSED, -1, p.proposed() ? 1 : 0);
        }
        Extraction answer = rules.extract(paper);
        for (Mention m : answer.entities()) {
            for (int[] span : TextSpans.occurrences(text, m.text(), m.canonical())) {
                mark(values, pieces, span[0], span[1], Feature.RULE_ANSWER, typeIndex(m.type()), 0);
            }
        }
        for (AcronymFinder.Definition d : acronyms.find(text)) {
            mark(values, pieces, d.shortStart(), d.shortEnd(), Feature.ACRONYM, -1, 1);
            mark(values, pieces, d.longStart(), d.longEnd(), Feature.ACRONYM, -1, 2);
        }
        for (int i = 0; i < pieces.size(); i++) {
            values[i][Feature.SHAPE.ordinal()] = shape(text, pieces.starts()[i]);
            values[i][Feature.GLUED.ordinal()] = i > 0 && pieces.starts()[i] == pieces.ends()[i - 1] ? 1 : 0;
        }
        return new Signals(values, found, answer);
    }

    public static int typeIndex(EntityType type) {
        return type.ordinal();
    }

    /**
     * Writes {@code value} for the pieces that overlap {@code [start, end)}; with {@code type >= 0} the value is
     * the BIO tag of that type instead ({@code B = 1 + 2·type}, {@code I = 2 + 2·type}).
     */
    static void mark(int[][] values, Pieces pieces, int start, int end, Feature feature, int type, int value) {
        boolean first = true;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.starts()[i] >= end || pieces.ends()[i] <= start) continue;
            values[i][feature.ordinal()] = type < 0 ? value : (first ? 1 : 2) + 2 * type;
            first = false;
        }
    }

    private static int scoreBucket(double p) {
        if (p >= 1.0) return 6;
        if (p < 0.3) return 1;
        if (p < 0.5) return 2;
        if (p < 0.7) return 3;
        if (p < 0.9) return 4;
        return 5;
    }

    /** The shape of the white-space-delimited word around {@code at}: lower, Capitalized, ALLCAPS, miXed, with digits, digits, other. */
    private static int shape(String text, int at) {
        int s = at;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) s--;
        int e = at;
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) e++;
        int upper = 0, lower = 0, digits = 0, innerUpper = 0;
        boolean seenLetter = false;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c)) {
                upper++;
                if (seenLetter) innerUpper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
            if (Character.isLetter(c)) seenLetter = true;
        }
        if (upper + lower == 0) return digits > 0 ? 5 : 6;
        if (digits > 0) return 4;
        if (upper == 0) return 0;
        if (lower == 0) return upper >= 2 ? 2 : 1;
        return innerUpper > 0 ? 3 : 1;
    }
}
