package org.papergraph.extract;

import java.util.List;
import org.papergraph.nlp.Encoder;
import org.papergraph.nlp.WordPieceTokenizer.Pieces;

/**
 * A text's pieces cut into {@link Windows}, framed by the special tokens, padded to one width and run through
 * the encoder: {@code states[window][position][Encoder.WIDTH]}, where position 0 is {@code [CLS]} and piece
 * {@code i} of window {@code w} sits at {@code i - offset + 1}.
 */
public record EncodedWindows(List<Windows.Window> windows, int width, float[][][] states) {
    private static final long CLS = 101;
    private static final long SEP = 102;

    public static EncodedWindows of(Pieces pieces, Encoder encoder) {
        List<Windows.Window> windows = Windows.of(pieces.size());
        int batch = windows.size();
        int width = 0;
        for (Windows.Window w : windows) width = Math.max(width, w.length() + 2);
        long[] ids = new long[batch * width];
        long[] mask = new long[batch * width];
        for (int b = 0; b < batch; b++) {
            Windows.Window w = windows.get(b);
            int base = b * width;
            ids[base] = CLS;
            for (int k = 0; k < w.length(); k++) ids[base + k + 1] = pieces.ids()[w.offset() + k];
            ids[base + w.length() + 1] = SEP;
            for (int k = 0; k < w.length() + 2; k++) mask[base + k] = 1;
        }
        float[][][] states = batch == 0 ? new float[0][][] : encoder.states(ids, mask, batch, width);
        return new EncodedWindows(windows, width, states);
    }
}
