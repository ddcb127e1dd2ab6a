package org.papergraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.papergraph.extract.TextSpans;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.WordPieceTokenizer.Pieces;

/**
 * The recognizer's training targets for one annotated abstract: a BIO tag per piece ({@code O} = 0,
 * {@code B-type} = 1 + 2·type, {@code I-type} = 2 + 2·type) and whether the piece belongs to what the paper
 * proposes. Gold gives names, not offsets, so every whole-word occurrence of an entity's text or canonical
 * name is tagged, the longest first where two overlap.
 */
public record PieceLabels(int[] tags, int[] proposed) {
    public static PieceLabels of(GoldSet.Abstract gold, Pieces pieces) {
        record Span(int start, int end, int type, boolean proposed) {
        }
        List<Span> spans = new ArrayList<>();
        for (GoldSet.Entity e : gold.entities()) {
            int type = EntityType.valueOf(e.type().toUpperCase(Locale.ROOT)).ordinal();
            for (int[] at : TextSpans.occurrences(gold.abstractText(), e.text(), e.canonical())) {
                spans.add(new Span(at[0], at[1], type, e.proposed()));
            }
        }
        spans.sort(Comparator.comparingInt((Span s) -> s.end() - s.start()).reversed());
        boolean[] taken = new boolean[gold.abstractText().length()];
        int[] tags = new int[pieces.size()];
        int[] proposed = new int[pieces.size()];
        for (Span s : spans) {
            boolean free = true;
            for (int k = s.start(); k < s.end() && free; k++) free = !taken[k];
            if (!free) continue;
            for (int k = s.start(); k < s.end(); k++) taken[k] = true;
            boolean first = true;
            for (int i = 0; i < pieces.size(); i++) {
                if (pieces.starts()[i] >= s.end() || pieces.ends()[i] <= s.start()) continue;
                tags[i] = (first ? 1 : 2) + 2 * s.type();
                proposed[i] = s.proposed() ? 1 : 0;
                first = false;
            }
        }
        return new PieceLabels(tags, proposed);
    }
}
