package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * How a long text's pieces are cut into the encoder's windows: at most {@link #MAX_PIECES} pieces each (two
 * more for the special tokens), consecutive windows overlapping by {@link #OVERLAP} pieces so every piece is
 * read with context on both sides. Each piece is then read from the window in which it lies farthest from an
 * edge ({@link #owner}). Training and the recognizer both cut with this class. Stateless and thread-safe.
 */
public final class Windows {
    public static final int MAX_PIECES = 254;
    public static final int OVERLAP = 64;

    /** A window: pieces {@code [offset, offset + length)}. */
    public record Window(int offset, int length) {
        public int end() {
            return offset + length;
        }
    }

    private Windows() {
    }

    public static List<Window> of(int pieces) {
        return of(pieces, MAX_PIECES, OVERLAP);
    }

    static List<Window> of(int pieces, int max, int overlap) {
        List<Window> out = new ArrayList<>();
        if (pieces == 0) return out;
        int stride = max - overlap;
        for (int offset = 0; ; offset += stride) {
            int length = Math.min(max, pieces - offset);
            out.add(new Window(offset, length));
            if (offset + length >= pieces) return out;
        }
    }

    /** The index of the window that reads {@code piece}: the one where it is farthest from either edge. */
    public static int owner(List<Window> windows, int piece) {
        int best = -1;
        int bestMargin = -1;
        for (int w = 0; w < windows.size(); w++) {
            Window win = windows.get(w);
            if (piece < win.offset() || piece >= win.end()) continue;
            int margin = Math.min(piece - win.offset(), win.end() - 1 - piece);
            if (margin > bestMargin) {
                best = w;
                bestMargin = margin;
            }
        }
        return best;
    }
}
