package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the result finder reads the words around a number. Stateless and thread-safe. */
final class ResultWords {
    /** A word as the result rules read it: letters and digits, hyphens inside. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*");
    /** How many characters before or after a number the rules read. */
    static final int WINDOW = 80;

    private ResultWords() {
    }

    /** Lowercase runs of letters, digits and hyphens; a loop, as this runs for every number. */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !isWordChar(s.charAt(i))) i++;
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) i++;
            if (i > start) words.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    static String firstWord(String s) {
        List<String> w = words(s);
        return w.isEmpty() ? "" : w.get(0);
    }

    static String lastWord(String s) {
        List<String> w = words(s);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /** The last white-space delimited chunk, as written: "Grounding DINO" → "DINO". */
    static String lastRawWord(String s) {
        String[] parts = s.strip().split("\\s+");
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }
}
