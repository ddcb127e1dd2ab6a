package org.papergraph.extract;


/** Name normalization, as GUIDELINES.md scores entity names and as entity IRIs are minted. */
public final class Names {
    private static final String[] TRAILING_GENERIC = {" dataset", " benchmark", " model"};

    private Names() {
    }

    /**
     * Lowercased; hyphens, Unicode dashes and white space folded to one space; a trailing "dataset",
     * "benchmark" or "model" dropped.
     */
    public static String normalize(String name) {
        // A loop rather than regular expressions: this runs for every candidate of every abstract.
        StringBuilder out = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '_' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
                gap = out.length() > 0;
                continue;
            }
            if (gap) out.append(' ');
            gap = false;
            out.append(Character.toLowerCase(c));
        }
        String folded = out.toString();
        for (String generic : TRAILING_GENERIC) {
            if (folded.endsWith(generic) && folded.length() > generic.length()) return folded.substring(0, folded.length() - generic.length());
        }
        return folded;
    }

    /** A key that also ignores the space/hyphen difference entirely ("pre-training" = "pretraining"). */
    public static String looseKey(String name) {
        return normalize(name).replace(" ", "");
    }

    /** Where {@code word} stands in {@code text} as a whole word (not inside a longer one), from {@code from}; -1 if nowhere. */
    public static int indexOfWord(String text, String word, int from) {
        int at = text.indexOf(word, from);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) return at;
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }
}
