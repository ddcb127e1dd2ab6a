package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A white-space delimited word with outer punctuation stripped, with offsets in the text and the
 * characters just outside it ({@code before}, {@code after}; a space when there are none).
 */
record Word(int start, int end, String text, char before, char after, String lower, String tag) {
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
            String word = text.substring(s, e);
            words.add(new Word(s, e, word, s > chunkStart ? text.charAt(s - 1) : ' ', e < chunkEnd ? text.charAt(e) : ' ',
                    word.toLowerCase(java.util.Locale.ROOT), "NN"));
        }
    }

    /**
     * The words of a tagged sentence, each with the tag of the last token inside it (a word such as
     * "fracture-aware" may hold several tokens).
     */
    static List<Word> split(String text, org.papergraph.nlp.Sentence sentence) {
        return withTags(split(text, sentence.start(), sentence.end()), sentence);
    }

    /** The same words with the tags of a tagged sentence over the same text. */
    static List<Word> withTags(List<Word> words, org.papergraph.nlp.Sentence sentence) {
        List<org.papergraph.nlp.Token> tokens = sentence.tokens();
        List<Word> tagged = new ArrayList<>(words.size());
        int t = 0;
        for (Word w : words) {
            String tag = "NN";
            while (t < tokens.size() && tokens.get(t).start() < w.end()) {
                if (tokens.get(t).start() >= w.start() && tokens.get(t).end() <= w.end()) tag = tokens.get(t).tag();
                t++;
            }
            tagged.add(new Word(w.start, w.end, w.text, w.before, w.after, w.lower, tag));
        }
        return tagged;
    }

    /** Followed by punctuation that ends a phrase. */
    boolean endsPhrase() {
        return after == ',' || after == '.' || after == ';' || after == ':' || after == ')' || after == '?';
    }
}
