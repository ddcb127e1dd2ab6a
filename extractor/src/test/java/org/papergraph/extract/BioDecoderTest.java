package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.WordPieceTokenizer.Pieces;

class BioDecoderTest {
    private static final int TAGS = Recognizer.tagNames().size();
    private static final int O = 0;
    private static final int B_METHOD = 1;
    private static final int I_METHOD = 2;

    @Test
    void anEntityNeitherStartsNorEndsInsideAWord() {
        // "we use bisimulation and roberta": the head ends a METHOD after "bis##im" and starts one at "##bert".
        String text = "we use bisimulation and roberta";
        int[][] at = {{0, 2}, {3, 6}, {7, 10}, {10, 12}, {12, 19}, {20, 23}, {24, 26}, {26, 30}, {30, 31}};
        int[] best = {O, O, B_METHOD, I_METHOD, O, O, O, B_METHOD, I_METHOD};
        float[][][] scores = new float[1][at.length + 2][TAGS + 1];
        for (int i = 0; i < at.length; i++) scores[0][i + 1][best[i]] = 5f;
        scores[0][5][I_METHOD] = 4f; // "##ulation": O, but nearly I
        scores[0][7][O] = 3f;        // "ro": O, but less sure than "##bert" is of B
        long[] ids = new long[at.length];
        int[] starts = new int[at.length];
        int[] ends = new int[at.length];
        for (int i = 0; i < at.length; i++) {
            starts[i] = at[i][0];
            ends[i] = at[i][1];
        }
        List<Recognizer.Span> spans = Recognizer.decode(new Pieces(text, ids, starts, ends), Windows.of(at.length), scores,
                new double[TAGS][TAGS], new double[TAGS], new double[TAGS]);
        List<String> names = spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("bisimulation", "roberta"), names, spans.toString());
    }
}
