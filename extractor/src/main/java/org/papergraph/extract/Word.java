package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A white-space delimited word with outer punctuation stripped, with offsets in the text and the
 * characters just outside it ({@code before}, {@code after}; a space when there are none).
 */
record Word(int start, int end, String text, char before, char after) {
    private static final String OUTER = ",.;:!?()[]{}\"'`“”‘’";

    static List<Word> split(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) i++;
            int j = i;
            while (j < to && !Character.isWhitespace(text.charAt(j)) && !gluedSeparator(text, j, to)) j++;
            // A comma or semicolon glued to the next word still separates words: "retention,a".
            if (j < to && gluedSeparator(text, j, to)) j++;
            add(text, i, j, words);
            i = j;
        }
        return words;
    }

    private static boolean gluedSeparator(String text, int j, int to) {
        char c = text.charAt(j);
        return (c == ',' || c == ';') && j + 1 < to && Character.isLetter(text.charAt(j + 1));
    }

    private static void add(String text, int chunkStart, int chunkEnd, List<Word> words) {
        int s = chunkStart;
        int e = chunkEnd;
        while (s < e && OUTER.indexOf(text.charAt(s)) >= 0) s++;
        while (e > s && OUTER.indexOf(text.charAt(e - 1)) >= 0) e--;
        if (e > s) {
            words.add(new Word(s, e, text.substring(s, e), s > chunkStart ? text.charAt(s - 1) : ' ',
                    e < chunkEnd ? text.charAt(e) : ' '));
        }
    }

    String lower() {
        return text.toLowerCase();
    }

    /** Followed by punctuation that ends a phrase. */
    boolean endsPhrase() {
        return after == ',' || after == '.' || after == ';' || after == ':' || after == ')' || after == '?';
    }
}
