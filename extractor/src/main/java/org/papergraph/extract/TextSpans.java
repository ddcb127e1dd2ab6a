package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;

/** Where names occur in a text as whole words. Stateless and thread-safe. */
public final class TextSpans {
    private TextSpans() {
    }

    /** Every occurrence of each name (exact case) that neither starts nor ends inside a word, as {@code [start, end]}. */
    public static List<int[]> occurrences(String text, String... names) {
        List<int[]> out = new ArrayList<>();
        for (int n = 0; n < names.length; n++) {
            String name = names[n];
            if (name == null || name.isBlank() || indexOf(names, name) < n) continue;
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (at > 0 && isWordChar(text.charAt(at - 1)) && isWordChar(name.charAt(0))) continue;
                if (end < text.length() && isWordChar(text.charAt(end)) && isWordChar(name.charAt(name.length() - 1))) continue;
                out.add(new int[] {at, end});
            }
        }
        return out;
    }

    private static int indexOf(String[] names, String name) {
        for (int k = 0; k < names.length; k++) if (name.equals(names[k])) return k;
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
