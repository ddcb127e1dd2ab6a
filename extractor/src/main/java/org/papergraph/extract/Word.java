package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;

/** A white-space delimited word with outer punctuation stripped, with offsets in the text. */
record Word(int start, int end, String text, char before, char after) {
    private static final String OUTER = ",.;:!?()[]{}\"'`“”‘’";

    static List<Word> split(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) i++;
            int j = i;
            while (j < to && !Character.isWhitespace(text.charAt(j))) j++;
            int s = i;
            int e = j;
            while (s < e && OUTER.indexOf(text.charAt(s)) >= 0) s++;
            while (e > s && OUTER.indexOf(text.charAt(e - 1)) >= 0) e--;
            if (e > s) {
                words.add(new Word(s, e, text.substring(s, e), s > i ? text.charAt(s - 1) : ' ',
                        e < j ? text.charAt(e) : ' '));
            }
            i = j;
        }
        return words;
    }

    String lower() {
        return text.toLowerCase();
    }

    /** Followed by punctuation that ends a phrase. */
    boolean endsPhrase() {
        return after == ',' || after == '.' || after == ';' || after == ':' || after == ')' || after == '?';
    }
}
