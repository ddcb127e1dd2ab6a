package org.papergraph.extract;

import static org.papergraph.extract.ResultWords.WINDOW;
import static org.papergraph.extract.ResultWords.WORD;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.Sentence;

/**
 * Which metric a result reports: a METRIC entity stated with the number ("AUROC = 0.77"), named at its cue
 * ("reduces optimizer memory by 82.5%") or written right after it ("25% less memory"), which it names as a
 * new METRIC entity when the entity finders had not. Immutable and thread-safe.
 */
final class MetricAttachment {
    private static final Pattern STATED_AS = Pattern.compile("\\s*(?:=|:|of)\\s*");

    private final ResultRules rules;
    private final ResultCues cues;

    MetricAttachment(ResultRules rules, ResultCues cues) {
        this.rules = rules;
        this.cues = cues;
    }

    /**
     * The one metric all numbers of a group report, when the sentence does not list one per number: the
     * metric the number is stated as, the one named at the cue or before "by", one written with the number,
     * else the nearest. May add a METRIC entity the entity finders had not.
     */
    Occurrence shared(String text, Sentence sentence, ReportedNumber first, ReportedNumber last, int cue, List<Occurrence> metrics,
                      List<Occurrence> occurrences, ResultMentions mentions) {
        Occurrence shared = metricStatedAs(text, occurrences, first.start());
        // "82.87% lower rotation error and 25.15% higher part accuracy": a metric after the number's own
        // comparative is its metric, whatever the cue before it (which may be an earlier number's).
        if (shared == null && startsWithComparative(text, last.unitEnd())) shared = namedMetric(text, sentence, last, occurrences, mentions);
        if (shared == null) shared = metricBefore(occurrences, cue);
        if (shared == null) shared = metricBetween(occurrences, cue, first.start());
        if (shared == null && cue >= 0) shared = metricAfterCue(text, cue, first.start(), occurrences, mentions);
        if (shared == null) shared = metricBeforeBy(text, sentence, first.start(), occurrences, mentions);
        if (shared == null) shared = namedMetric(text, sentence, last, occurrences, mentions);
        if (shared == null && !metrics.isEmpty() && metrics.get(0).start() - last.unitEnd() < 30) shared = metrics.get(0);
        if (shared == null) shared = Occurrences.nearest(occurrences, first.start(), last.unitEnd(), EntityType.METRIC);
        return shared;
    }

    /** "a negligible perplexity increase of 0.09": a metric just before a change noun. */
    private Occurrence metricBefore(List<Occurrence> occurrences, int cue) {
        if (cue < 0) return null;
        for (Occurrence o : occurrences) {
            if (o.mention().type() == EntityType.METRIC && o.end() <= cue && cue - o.end() <= 2) return o;
        }
        return null;
    }

    /** "AUROC = 0.77", "Accuracy: 0.72", "an AUROC of 0.78": the metric the number is stated as. */
    private static Occurrence metricStatedAs(String text, List<Occurrence> occurrences, int numberStart) {
        for (Occurrence o : occurrences) {
            if (o.mention().type() != EntityType.METRIC || o.end() > numberStart || numberStart - o.end() > 5) continue;
            if (STATED_AS.matcher(text.substring(o.end(), numberStart)).matches()) return o;
        }
        return null;
    }

    /** A metric between the cue word and the number: "reduces optimizer memory by up to 82.5%". */
    private static Occurrence metricBetween(List<Occurrence> occurrences, int cue, int numberStart) {
        if (cue < 0) return null;
        for (Occurrence o : occurrences) {
            if (o.mention().type() == EntityType.METRIC && o.start() > cue && o.end() <= numberStart) return o;
        }
        return null;
    }

    /** "reducing the error on … by 40%": a measure named right after the cue verb. */
    private Occurrence metricAfterCue(String text, int cue, int numberStart, List<Occurrence> occurrences,
                                      ResultMentions mentions) {
        Matcher words = WORD.matcher(text).region(cue, numberStart);
        if (!words.find()) return null;
        List<int[]> spans = new ArrayList<>();
        while (words.find() && spans.size() < 4) {
            String w = text.substring(words.start(), words.end()).toLowerCase(Locale.ROOT);
            if (spans.isEmpty() && (w.equals("the") || w.equals("its") || w.equals("their") || w.equals("our"))) continue;
            if (isFunctionWord(w)) break;
            spans.add(new int[] {words.start(), words.end()});
        }
        int to = spans.size();
        while (to > 0 && !rules.metricWords.contains(lower(text, spans.get(to - 1)))) to--;
        if (to == 0) return null;
        return mentions.metricOccurrence(text, spans.get(0)[0], spans.get(to - 1)[1], occurrences);
    }

    /** "… and total training memory by 63.3%": the measure named just before "by" and the number. */
    private Occurrence metricBeforeBy(String text, Sentence sentence, int numberStart, List<Occurrence> occurrences,
                                      ResultMentions mentions) {
        List<int[]> spans = new ArrayList<>();
        Matcher words = WORD.matcher(text).region(Math.max(sentence.start(), numberStart - WINDOW), numberStart);
        while (words.find()) spans.add(new int[] {words.start(), words.end()});
        int i = spans.size() - 1;
        while (i >= 0 && qualifierWord(lower(text, spans.get(i)))) i--;
        if (i < 1 || !lower(text, spans.get(i)).equals("by")) return null;
        int end = i - 1;
        if (!rules.metricWords.contains(lower(text, spans.get(end)))) return null;
        int start = end;
        while (start > 0 && end - start < 2 && !isFunctionWord(lower(text, spans.get(start - 1)))
                && cues.cue(lower(text, spans.get(start - 1))) == null && !Character.isDigit(text.charAt(spans.get(start - 1)[0]))) {
            start--;
        }
        return mentions.metricOccurrence(text, spans.get(start)[0], spans.get(end)[1], occurrences);
    }

    private boolean qualifierWord(String w) {
        for (String q : rules.qualifiers) if (q.equals(w) || q.startsWith(w + " ") || q.endsWith(" " + w)) return true;
        return false;
    }

    /**
     * A metric written right with the number: "25% less memory", "82% lower rotation error", "a 17.5x data
     * efficiency improvement", "a 2x speed-up". Reuses a METRIC entity of that name, or adds one.
     */
    private Occurrence namedMetric(String text, Sentence sentence, ReportedNumber last, List<Occurrence> occurrences,
                                   ResultMentions mentions) {
        List<int[]> spans = new ArrayList<>();
        Matcher words = WORD.matcher(text).region(last.unitEnd(), Math.min(sentence.end(), last.unitEnd() + 60));
        while (words.find() && spans.size() < 5) {
            String gap = text.substring(spans.isEmpty() ? last.unitEnd() : spans.get(spans.size() - 1)[1], words.start());
            if (!gap.isBlank() && !gap.equals("-")) break;
            spans.add(new int[] {words.start(), words.end()});
        }
        if (spans.isEmpty()) return null;
        int from = 0;
        if (rules.comparatives.contains(lower(text, spans.get(0)))) from = 1;
        int to = from;
        while (to < spans.size() && to - from < 3 && !rules.changeNouns.contains(lower(text, spans.get(to)))
                && !rules.baselineCues.contains(lower(text, spans.get(to))) && !isFunctionWord(lower(text, spans.get(to)))) {
            to++;
        }
        if (to == from && from == 0 && (lower(text, spans.get(0)).equals("speedup") || lower(text, spans.get(0)).equals("speed-up"))) {
            to = 1;
        }
        if (to == from) return null;
        // The phrase must end in a word that names a measure.
        while (to > from && !rules.metricWords.contains(lower(text, spans.get(to - 1)))) to--;
        if (to == from) return null;
        return mentions.metricOccurrence(text, spans.get(from)[0], spans.get(to - 1)[1], occurrences);
    }

    private boolean startsWithComparative(String text, int from) {
        Matcher word = WORD.matcher(text).region(from, Math.min(text.length(), from + 20));
        return word.find() && text.substring(from, word.start()).isBlank()
                && rules.comparatives.contains(text.substring(word.start(), word.end()).toLowerCase(Locale.ROOT));
    }

    private static boolean isFunctionWord(String w) {
        return switch (w) {
            case "of", "in", "on", "for", "to", "with", "by", "from", "at", "and", "or", "than", "the", "a", "an", "while", "compared" -> true;
            default -> false;
        };
    }

    private static String lower(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }
}
