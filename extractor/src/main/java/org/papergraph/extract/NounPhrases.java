package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The noun phrases of tagged words that could name an entity: runs of up to {@link #MAX_WORDS} nouns, adjectives,
 * participles, numbers and foreign words ending in a noun, a gerund, a number or a foreign word, never across
 * punctuation. Every such run is a phrase, not only the longest, so that "contrastive loss" and "simplicial
 * contrastive loss" are both candidates and the span judge chooses. Thread-safe: stateless.
 */
final class NounPhrases {
    static final int MAX_WORDS = 5;

    /** A phrase's offsets and its part-of-speech pattern, one letter a word ("JN": an adjective, then a noun). */
    record Phrase(int start, int end, String pattern) {
    }

    private NounPhrases() {
    }

    static List<Phrase> of(List<Word> words) {
        List<Phrase> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder pattern = new StringBuilder();
            for (int j = i; j < words.size() && j < i + MAX_WORDS; j++) {
                Word w = words.get(j);
                char c = letter(w.tag());
                if (c == 0) break;
                if (j > i && (words.get(j - 1).after() != ' ' || w.before() != ' ')) break;
                pattern.append(c);
                if (c != 'J' && c != 'V') out.add(new Phrase(words.get(i).start(), w.end(), pattern.toString()));
            }
        }
        return out;
    }

    /** N noun, P proper noun, J adjective, G gerund, V past participle, D number, F foreign word; 0 for any other tag. */
    private static char letter(String tag) {
        if (tag.startsWith("NNP")) return 'P';
        if (tag.startsWith("NN")) return 'N';
        if (tag.startsWith("JJ")) return 'J';
        return switch (tag) {
            case "VBG" -> 'G';
            case "VBN" -> 'V';
            case "CD" -> 'D';
            case "FW" -> 'F';
            default -> 0;
        };
    }
}
