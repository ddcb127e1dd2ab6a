package org.papergraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.nlp.Sentence;

/**
 * Whether a measure is reported: GUIDELINES.md makes a measure a METRIC only when the abstract ties it to
 * a number or a change, and not when it is a burden the paper complains of. Immutable and thread-safe.
 */
final class MeasureChecks {
    private static final Pattern WORD_RUN = Pattern.compile("[\\p{L}-]+");

    private final EntityPatterns patterns;

    MeasureChecks(EntityPatterns patterns) {
        this.patterns = patterns;
    }

    /** The sentence holding {@code offset} has a number or a measure cue; true outside every sentence. */
    boolean isMeasuredAt(AbstractText doc, int offset) {
        for (Sentence sentence : doc.sentences) {
            if (offset >= sentence.start() && offset < sentence.end()) return isMeasured(doc.words(sentence));
        }
        return true;
    }

    boolean isMeasured(List<Word> sentence) {
        for (Word w : sentence) {
            if (WordPredicates.startsWithNumber(w) || patterns.measureCues.contains(w.lower())) return true;
        }
        return false;
    }

    /**
     * "highly prohibitive computational costs", "significant inference overhead": an expense described by its
     * size is a burden the paper complains of, not a measured value ("high accuracy" is still a measure).
     * The adjective may open the phrase or stand right before it, after an adverb ("highly").
     */
    boolean isBurden(String text, int start, int end) {
        Matcher words = WORD_RUN.matcher(text).region(start, end);
        String firstWord = null, lastWord = null;
        while (words.find()) {
            lastWord = words.group().toLowerCase(Locale.ROOT);
            if (firstWord == null) firstWord = lastWord;
        }
        if (lastWord == null || !patterns.burdenHeads.contains(lastWord)) return false;
        if (patterns.burdenAdjectives.contains(firstWord)) return true;
        String previous = CandidateFeatures.wordBefore(text, start);
        if (patterns.burdenAdjectives.contains(previous)) return true;
        if (!previous.endsWith("ly")) return false;
        int adverbStart = text.substring(0, start).stripTrailing().length() - previous.length();
        return patterns.burdenAdjectives.contains(CandidateFeatures.wordBefore(text, adverbStart));
    }
}
