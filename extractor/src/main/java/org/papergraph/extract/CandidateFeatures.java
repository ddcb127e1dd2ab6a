package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Describes a candidate mention for the statistical stage: which rule found it and with what type, the
 * words it is made of, its shape, and the words around it. Features are plain strings so that the model
 * file stays readable by OpenNLP's tools. Thread-safe: stateless.
 */
public final class CandidateFeatures {
    /** The feature of the candidates the statistical stage judges (the others it keeps as found). */
    public static final String JUDGED_FEATURE = "src=" + sourceName(Candidate.HEAD_NOUN);

    private CandidateFeatures() {
    }

    static List<String> of(Candidate c, String title, String text) {
        List<String> f = new ArrayList<>(32);
        String type = c.type() == null ? "NONE" : c.type().name();
        String source = sourceName(c.priority());
        f.add("bias");
        f.add("src=" + source);
        f.add("type=" + type);
        f.add("src+type=" + source + "+" + type);
        if (c.conceptIri() != null) f.add("known+type=" + type);
        if (c.broaderIri() != null) f.add("known-family");
        if (c.proposed()) f.add("proposed+type=" + type);
        if (!c.canonical().equals(c.text())) f.add("expanded+type=" + type);

        String[] words = c.text().toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        f.add("nwords=" + Math.min(words.length, 5));
        f.add("head=" + head);
        f.add("head+type=" + head + "+" + type);
        f.add("first=" + words[0]);
        if (head.length() > 3) f.add("suffix3=" + head.substring(head.length() - 3));
        int dash = head.lastIndexOf('-');
        if (dash > 0 && dash < head.length() - 1) f.add("headpart=" + head.substring(dash + 1));
        for (String w : words) f.add("word=" + w);
        f.add("shape=" + shape(c.text()));
        f.add("case=" + caseClass(c.text()));
        f.add("case+type=" + caseClass(c.text()) + "+" + type);

        if (c.start() < 0) {
            f.add("title-only");
        } else {
            String prev = wordBefore(text, c.start());
            String next = wordAfter(text, c.end());
            f.add("prev=" + prev);
            f.add("next=" + next);
            f.add("prev2=" + wordBefore(text, Math.max(0, c.start() - prev.length() - 1)) + "_" + prev);
            f.add("prev+type=" + prev + "+" + type);
            f.add("next+type=" + next + "+" + type);
            int count = occurrences(text, c.text());
            f.add("count=" + Math.min(count, 3));
        }
        if (title.toLowerCase(Locale.ROOT).contains(c.text().toLowerCase(Locale.ROOT))) f.add("in-title+type=" + type);
        return f;
    }

    private static String sourceName(int priority) {
        return switch (priority) {
            case Candidate.HEAD_NOUN -> "head-noun";
            case Candidate.PATTERN -> "pattern";
            case Candidate.LEXICON -> "lexicon";
            case Candidate.ACRONYM -> "acronym";
            case Candidate.PROPOSAL -> "proposal";
            default -> "other";
        };
    }

    /** "ViT-B/16" → "XxX-X/d": character classes with runs folded. */
    static String shape(String s) {
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (int i = 0; i < s.length() && out.length() < 12; i++) {
            char ch = s.charAt(i);
            char cls = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd'
                    : Character.isWhitespace(ch) ? ' ' : ch;
            if (cls != last) out.append(cls);
            last = cls;
        }
        return out.toString();
    }

    private static String caseClass(String s) {
        boolean upper = false;
        boolean lower = false;
        boolean innerUpper = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isUpperCase(ch)) {
                upper = true;
                if (i > 0 && Character.isLetter(s.charAt(i - 1))) innerUpper = true;
            } else if (Character.isLowerCase(ch)) {
                lower = true;
            } else if (Character.isDigit(ch)) {
                digit = true;
            }
        }
        String c = !upper ? "lower" : !lower ? "allcaps" : innerUpper ? "mixed" : Character.isUpperCase(s.charAt(0)) ? "initcap" : "other";
        return digit ? c + "+digit" : c;
    }

    /** The lowercase word (letters, digits, hyphens) before {@code at}, a punctuation mark, or "^" at the start. */
    static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        if (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) return String.valueOf(text.charAt(end - 1));
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) start--;
        return start == end ? "^" : text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static String wordAfter(String text, int at) {
        int start = at;
        while (start < text.length() && text.charAt(start) == ' ') start++;
        if (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) return String.valueOf(text.charAt(start));
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) end++;
        return start == end ? "$" : text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** "improves task completion rates by 43.6%": a measure right beside a number is being reported. */
    static boolean besideNumber(Candidate c, String text) {
        return c.start() >= 0 && (digitWithin(text, Math.max(0, c.start() - 24), c.start())
                || digitWithin(text, c.end(), Math.min(text.length(), c.end() + 16)));
    }

    private static boolean digitWithin(String text, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }

    private static int occurrences(String text, String name) {
        int n = 0;
        for (int at = Names.indexOfWord(text, name, 0); at >= 0 && n < 3; at = Names.indexOfWord(text, name, at + name.length())) n++;
        return n;
    }
}
