package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronym definitions, "Long Form (ACR)" and "ACR (Long Form)", with the Schwartz–Hearst rule: the
 * acronym's letters appear in order in the long form, its first letter at the start of a word, and the long
 * form has at most {@code min(|A| + 5, |A| * 2)} words. Stateless and thread-safe.
 */
public final class AcronymFinder {
    /** A definition; offsets are in the searched text. */
    public record Definition(String shortForm, int shortStart, int shortEnd, String longForm, int longStart, int longEnd) {
    }

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,80})\\)");
    /** "low-rank gradient projection (GaLore (Zhao et al., 2024))": a citation inside the parenthesis. */
    private static final Pattern PARENTHESIS_WITH_CITATION = Pattern.compile("\\(([^()]{1,30}?)\\s*\\([^()]{0,60}\\d{4}[a-z]?\\)\\)");

    /** "Leave-One-Out K-Nearest-Neighbor, or LOOK for short": a definition written out in words. */
    private static final Pattern FOR_SHORT = Pattern.compile(",? or ([A-Za-z0-9][A-Za-z0-9-]{1,14}) for short\\b");

    public List<Definition> find(String text) {
        List<Definition> definitions = new ArrayList<>();
        find(text, PARENTHESIS.matcher(text), definitions);
        find(text, PARENTHESIS_WITH_CITATION.matcher(text), definitions);
        Matcher forShort = FOR_SHORT.matcher(text);
        while (forShort.find()) {
            String acronym = forShort.group(1);
            if (!looksLikeAcronym(acronym)) continue;
            Definition d = longFormBefore(text, forShort.start(), acronym, forShort.start(1));
            if (d != null) definitions.add(d);
        }
        return definitions;
    }

    private void find(String text, Matcher m, List<Definition> definitions) {
        while (m.find()) {
            String inside = m.group(1);
            int cut = firstSeparator(inside);
            String candidate = (cut < 0 ? inside : inside.substring(0, cut)).strip();
            int candidateStart = m.start(1) + inside.indexOf(candidate);
            if (looksLikeAcronym(candidate)) {
                Definition d = longFormBefore(text, m.start(), candidate, candidateStart);
                if (d != null) definitions.add(d);
            } else {
                Definition d = shortFormBefore(text, m.start(), inside.strip(), m.start(1) + inside.indexOf(inside.strip()));
                if (d != null) definitions.add(d);
            }
        }
    }

    /** "termed SWS (Stage-wise Weight Sharing)": the acronym before, its long form inside the parentheses. */
    private static Definition shortFormBefore(String text, int parenStart, String longForm, int longStart) {
        int end = parenStart;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        String acronym = text.substring(start, end);
        if (!looksLikeAcronym(acronym) || longForm.split("\\s+").length < 2 || longForm.length() <= acronym.length()) return null;
        String letters = acronym.replaceAll("[^A-Za-z0-9]", "");
        int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
        if (longForm.split("[\\s]+").length > maxWords || bestLongFormStart(longForm, letters) != 0) return null;
        return new Definition(acronym, start, end, longForm, longStart, longStart + longForm.length());
    }

    private static int firstSeparator(String s) {
        int best = -1;
        for (String sep : new String[] {";", ", ", " or ", " and "}) {
            int i = s.indexOf(sep);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    static boolean looksLikeAcronym(String s) {
        if (s.length() < 2 || s.length() > 15 || s.split("\\s+").length > 2) return false;
        if (!Character.isLetterOrDigit(s.charAt(0))) return false;
        int upper = 0;
        for (char c : s.toCharArray()) if (Character.isUpperCase(c)) upper++;
        return upper >= 2 || (upper == 1 && !Character.isUpperCase(s.charAt(0)));
    }

    private static Definition longFormBefore(String text, int parenStart, String acronym, int acronymStart) {
        int sentenceStart = text.lastIndexOf(". ", parenStart);
        // Only letters and digits of the acronym count; a plural "s" at its end need not appear.
        String letters = acronym.replaceAll("[^A-Za-z0-9]", "");
        if (letters.endsWith("s") && letters.length() > 2 && Character.isUpperCase(letters.charAt(letters.length() - 2))) {
            letters = letters.substring(0, letters.length() - 1);
        }
        int maxWords = Math.min(letters.length() + 5, letters.length() * 2);
        // Window of up to maxWords words before the parenthesis.
        int end = parenStart;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int windowStart = end;
        int words = 0;
        int i = end;
        while (i > sentenceStart + 1 && words < maxWords) {
            while (i > 0 && text.charAt(i - 1) == ' ') i--;
            int wordEnd = i;
            while (i > 0 && text.charAt(i - 1) != ' ') i--;
            if (i == wordEnd) break;
            String word = text.substring(i, wordEnd);
            if (word.endsWith(",") || word.endsWith(";") || word.endsWith(":")) break;
            windowStart = i;
            words++;
        }
        String window = text.substring(windowStart, end);
        int start = bestLongFormStart(window, letters);
        if (start < 0) return null;
        String longForm = window.substring(start).strip();
        if (longForm.isEmpty() || longForm.length() <= acronym.length()) return null;
        return new Definition(acronym, acronymStart, acronymStart + acronym.length(), longForm,
                windowStart + start, windowStart + start + longForm.length());
    }

    /** Whether the whole of {@code longForm} spells {@code acronym} as Schwartz–Hearst asks. */
    static boolean spells(String longForm, String acronym) {
        // "P2P" for "Point-to-Pixel Prompting", "G4C" for "… for …": a digit may stand for the word it sounds like.
        String letters = acronym.replaceAll("[^A-Za-z0-9]", "").replace('2', 't').replace('4', 'f');
        return letters.length() >= 2 && bestLongFormStart(longForm, letters) == 0;
    }

    /** Schwartz–Hearst: match acronym characters right to left in the window; returns the long form start. */
    private static int bestLongFormStart(String window, String acronym) {
        String s = acronym.toLowerCase();
        String l = window.toLowerCase();
        int si = s.length() - 1;
        int li = l.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while (li >= 0 && (l.charAt(li) != c
                    || (si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1))))) {
                li--;
            }
            if (li < 0) return -1;
            li--;
            si--;
        }
        // li + 1 is where the first acronym letter matched: the start of a word.
        return li + 1;
    }
}
