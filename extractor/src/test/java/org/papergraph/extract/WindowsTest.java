package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.WordPieceTokenizer.Pieces;

class WindowsTest {
    @Test
    void windowsCoverEveryPieceAndOverlapSoEachPieceHasContextOnBothSides() {
        for (int n : new int[] {1, 253, 254, 255, 600, 1000}) {
            List<Windows.Window> windows = Windows.of(n);
            assertEquals(0, windows.get(0).offset());
            assertEquals(n, windows.get(windows.size() - 1).end());
            for (int w = 0; w < windows.size(); w++) {
                assertTrue(windows.get(w).length() <= Windows.MAX_PIECES);
                if (w > 0) assertEquals(Windows.OVERLAP, windows.get(w - 1).end() - windows.get(w).offset(), "n=" + n);
            }
            for (int i = 0; i < n; i++) {
                Windows.Window owner = windows.get(Windows.owner(windows, i));
                assertTrue(owner.offset() <= i && i < owner.end());
            }
        }
    }

    @Test
    void anEntityAcrossTheSwitchFromOneWindowToTheNextIsFoundOnceAndWhole() {
        int n = 400;
        List<Windows.Window> windows = Windows.of(n);
        int switchAt = 0;
        while (Windows.owner(windows, switchAt) == 0) switchAt++;
        int tags = Recognizer.tagNames().size();
        float[][][] scores = new float[windows.size()][Windows.MAX_PIECES + 2][tags + 1];
        // Both windows read pieces switchAt-1 .. switchAt+1 as one METHOD (B, I, I); everything else is O.
        for (int w = 0; w < windows.size(); w++) {
            for (int i = windows.get(w).offset(); i < windows.get(w).end(); i++) {
                int pos = i - windows.get(w).offset() + 1;
                int tag = i == switchAt - 1 ? 1 : (i == switchAt || i == switchAt + 1) ? 2 : 0;
                scores[w][pos][tag] = 5f;
            }
        }
        long[] ids = new long[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = 2 * i;
            ends[i] = 2 * i + 1;
        }
        double[][] transitions = new double[tags][tags];
        List<Recognizer.Span> spans = Recognizer.decode(new Pieces("x ".repeat(n), ids, starts, ends), windows, scores,
                transitions, new double[tags], new double[tags]);
        assertEquals(1, spans.size(), spans.toString());
        assertEquals(2 * (switchAt - 1), spans.get(0).start());
        assertEquals(2 * (switchAt + 1) + 1, spans.get(0).end());
    }
}
