package org.papergraph.extract;

import static org.papergraph.extract.ResultWords.WINDOW;
import static org.papergraph.extract.ResultWords.WORD;
import static org.papergraph.extract.ResultWords.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.model.ResultKind;
import org.papergraph.nlp.Sentence;

/**
 * The words that say what kind of result a number is ("reduces … by", "2x faster", "up to") and where
 * its baseline is named ("over", "compared to"). Immutable and thread-safe.
 */
final class ResultCues {
    /** cueStart's answer when the words before a number belong to an earlier number's statement. */
    static final int STOPPED_BY_NUMBER = -2;
    private static final Pattern NUMBER_WORD = Pattern.compile("\\d+(?:x|×)?");

    private final ResultRules rules;

    ResultCues(ResultRules rules) {
        this.rules = rules;
    }

    /** The start of the kind cue word before a number in the same clause ("reduces … by up to 65%"), or -1. */
    int cueStart(String text, Sentence sentence, int numberStart) {
        int windowStart = Math.max(sentence.start(), numberStart - WINDOW);
        String before = text.substring(windowStart, numberStart);
        List<int[]> spans = new ArrayList<>();
        Matcher words = WORD.matcher(before);
        while (words.find()) spans.add(new int[] {words.start(), words.end()});
        for (int i = spans.size() - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
            String between = before.substring(spans.get(i)[1]);
            if (between.contains(";") || between.contains(":") || (between.contains(",") && seen > 1)) break;
            String w = before.substring(spans.get(i)[0], spans.get(i)[1]).toLowerCase(Locale.ROOT);
            if (isNumberWord(before, spans.get(i), w)) return STOPPED_BY_NUMBER; // another number's statement comes first
            if (rules.increase.contains(w) || rules.decrease.contains(w) || (rules.absolute.contains(w) && w.length() > 4)) {
                // "82.87% lower rotation error and 25.15% …": a cue right after a number is that number's.
                if (i > 0 && isNumberWord(before, spans.get(i - 1), before.substring(spans.get(i - 1)[0], spans.get(i - 1)[1]))) {
                    return STOPPED_BY_NUMBER;
                }
                return windowStart + spans.get(i)[0];
            }
        }
        return -1;
    }

    private static boolean isNumberWord(String text, int[] span, String word) {
        return NUMBER_WORD.matcher(word).matches() && (span[0] == 0 || Character.isWhitespace(text.charAt(span[0] - 1)));
    }

    /** A change cue of its own within three words after a number: "… and B by 63.3% lower". */
    boolean hasOwnCue(String after) {
        List<String> w = words(after);
        for (int i = 0; i < Math.min(3, w.size()); i++) if (cue(w.get(i)) != null && cue(w.get(i)) != ResultKind.ABSOLUTE) return true;
        return false;
    }

    /**
     * The kind of a result: a change cue right after the number ("2x faster", "65% lower") first, else the
     * cue word before it, else relative when the unit is "x" or a baseline follows at once.
     */
    ResultKind kind(String cueWord, String after, String unit, String text, int unitEnd, int baseline) {
        List<String> wordsAfter = words(after);
        // The words right after the number come first: "2x faster", "65% lower", "1.07 decrease".
        for (int i = 0; i < Math.min(3, wordsAfter.size()); i++) {
            ResultKind k = cue(wordsAfter.get(i));
            if (k == ResultKind.INCREASE || k == ResultKind.DECREASE) return k;
        }
        ResultKind k = cueWord == null ? null : cue(cueWord);
        boolean comparedRightAfter = baseline >= 0 && words(text.substring(unitEnd, baseline)).size() <= 2;
        boolean relative = "x".equals(unit) || comparedRightAfter;
        if (k == null || k == ResultKind.ABSOLUTE) return relative ? ResultKind.INCREASE : ResultKind.ABSOLUTE;
        return k;
    }

    /** The kind a cue word says, or null for a word that is no cue. */
    ResultKind cue(String word) {
        if (rules.increase.contains(word)) return ResultKind.INCREASE;
        if (rules.decrease.contains(word)) return ResultKind.DECREASE;
        if (rules.absolute.contains(word)) return ResultKind.ABSOLUTE;
        return null;
    }

    /** The qualifier ("up to", "about", "~") right before a number, or null. */
    String qualifier(String before) {
        String tail = before.toLowerCase(Locale.ROOT).stripTrailing();
        for (String q : rules.qualifiers) {
            if (tail.endsWith(" " + q) || tail.equals(q) || (q.equals("~") && tail.endsWith("~"))) return q;
        }
        return null;
    }

    /** The end of the first baseline cue ("over", "compared to") from {@code from} to the sentence end, or -1. */
    /** A number another result could be stated by: a decimal, or a number with a percent, times or points unit. */
    private static final Pattern NEXT_NUMBER =
            Pattern.compile("(?<![\\w./-])\\d+(?:\\.\\d+(?![\\w-])|\\s*(?:\\\\?%|x\\b|×|points?\\b|pp\\b))");

    int baselineCue(String text, Sentence sentence, int from) {
        int start = Math.min(from, sentence.end());
        // "a 91.37% average score, which is 1.37% over DeBERTa": the baseline belongs to the next number's statement.
        Matcher next = NEXT_NUMBER.matcher(text).region(start, sentence.end());
        int end = next.find() ? next.start() : sentence.end();
        Matcher m = rules.baselineCue.matcher(text).region(start, end);
        return m.find() ? m.end() : -1;
    }
}
