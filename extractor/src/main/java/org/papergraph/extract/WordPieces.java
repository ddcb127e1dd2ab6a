package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into runs of letters and runs of digits, so that spelling variants of one name line up:
 * "ResNet-50", "ResNet 50" and "ResNet50" all become {@code resnet 50}. A piece is "glued" when nothing
 * separates it from the previous one; a lexicon match may not cut between glued pieces.
 */
public final class WordPieces {
    /** One piece with its offsets in the text. */
    public record Piece(int start, int end, String text, String lower, boolean glued) {
    }

    private WordPieces() {
    }

    public static List<Piece> split(String text) {
        return split(text, 0, text.length());
    }

    public static List<Piece> split(String text, int from, int to) {
        List<Piece> pieces = new ArrayList<>();
        int i = from;
        int previousEnd = -1;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            boolean digit = Character.isDigit(c);
            int j = i + 1;
            while (j < to && Character.isLetterOrDigit(text.charAt(j)) && Character.isDigit(text.charAt(j)) == digit) j++;
            // Decimal numbers stay one piece: "3.5" in "GPT-3.5".
            while (digit && j + 1 < to && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1))) {
                j += 2;
                while (j < to && Character.isDigit(text.charAt(j))) j++;
            }
            String piece = text.substring(i, j);
            pieces.add(new Piece(i, j, piece, piece.toLowerCase(Locale.ROOT), previousEnd == i));
            previousEnd = j;
            i = j;
        }
        return pieces;
    }
}
