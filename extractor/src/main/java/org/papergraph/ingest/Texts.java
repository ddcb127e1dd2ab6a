package org.papergraph.ingest;

/**
 * The text rules of the inputs: what is stored (control characters stripped, lone surrogates replaced),
 * what counts as visible, and how text is shown in messages (never raw control characters). Stateless.
 */
public final class Texts {
    /** Abstracts longer than this are rejected: extraction time grows faster than linearly with length. */
    public static final int MAX_ABSTRACT_CHARS = 100_000;
    /** Titles longer than this are rejected: a "title" that long is a misread page or a pasted abstract. */
    public static final int MAX_TITLE_CHARS = 2_000;

    private Texts() {
    }

    /**
     * The text as stored: C0/C1 control characters (NUL, ESC, DEL…) removed, tab and line breaks turned into
     * spaces, lone surrogates replaced by U+FFFD, and the non-characters U+FFFE/U+FFFF removed, so that the
     * text can be written in every RDF syntax (XML forbids most controls) and printed safely.
     */
    public static String clean(String s) {
        if (s == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                replacement = " ";
            } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\ufffe' || c == '\uffff') {
                replacement = "";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) out.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
                replacement = "\ufffd";
            } else if (Character.isLowSurrogate(c)) {
                replacement = "\ufffd";
            }
            if (replacement != null && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (out != null) out.append(replacement != null ? replacement : String.valueOf(c));
        }
        return out == null ? s : out.toString();
    }

    /** Whether the text has a character a reader can see: not only white space, no-break or zero-width spaces, controls or marks. */
    public static boolean hasVisible(String s) {
        if (s == null) return false;
        return s.codePoints().anyMatch(cp -> switch (Character.getType(cp)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL,
                 Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
            default -> !Character.isWhitespace(cp);
        });
    }

    /** The text for a message: control characters, lone surrogates and bidi controls as {@code \}{@code uXXXX} escapes. */
    public static String printable(String s) {
        if (s == null) return "null";
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                out.append(c).append(s.charAt(++i));
            } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** At most {@code max} characters of the text, for a message. */
    public static String abbreviate(String s, int max) {
        String p = printable(s);
        return p.length() <= max ? p : p.substring(0, max - 1) + "…";
    }

    /**
     * Why a title/abstract pair cannot be a paper, or null when it can. Both are expected {@link #clean}ed.
     */
    public static String recordProblem(String title, String abstractText) {
        if (!hasVisible(title)) return title == null || title.isEmpty() ? "missing \"title\"" : "\"title\" has no visible characters";
        if (title.length() > MAX_TITLE_CHARS) {
            return String.format("title of %,d characters is over the cap of %,d; is it an abstract?", title.length(), MAX_TITLE_CHARS);
        }
        String quoted = "\"" + abbreviate(title.strip(), 60) + "\"";
        if (abstractText == null || abstractText.isEmpty()) return "missing \"abstract\" for " + quoted;
        if (!hasVisible(abstractText)) return "\"abstract\" of " + quoted + " has no visible characters";
        if (abstractText.length() > MAX_ABSTRACT_CHARS) {
            return String.format("abstract of %s has %,d characters, over the cap of %,d; record skipped", quoted,
                    abstractText.length(), MAX_ABSTRACT_CHARS);
        }
        return null;
    }
}
