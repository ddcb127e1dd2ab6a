package org.papergraph.extract;

import static org.papergraph.extract.Occurrence.name;
import static org.papergraph.extract.ResultWords.WINDOW;
import static org.papergraph.extract.ResultWords.WORD;
import static org.papergraph.extract.ResultWords.firstWord;
import static org.papergraph.extract.ResultWords.words;

import org.papergraph.model.Mention;
import org.papergraph.model.Result;
import org.papergraph.model.EntityType;
import org.papergraph.model.ResultKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.nlp.Sentence;

/**
 * Finds reported numbers in each sentence and attaches them to the entities of the same abstract: the
 * metric, the dataset, the subject (what the paper proposes when the sentence speaks of "we", "our
 * method" or "it") and a baseline after "over"/"than"/"compared to". Coordinated numbers ("8.43, 5.96 and
 * 10.60 on A, B and C") share their unit and pair with coordinated metrics or datasets in order. A metric
 * named only next to its number ("25% less memory") becomes a METRIC entity. Wording comes from
 * {@link ResultRules}. Thread-safe.
 */
public final class ResultFinder {
    private static final Pattern STATED_AS = Pattern.compile("\\s*(?:=|:|of)\\s*");
    /** cueStart's answer when the words before a number belong to an earlier number's statement. */
    private static final int STOPPED_BY_NUMBER = -2;
    private static final Pattern NUMBER_WORD = Pattern.compile("\\d+(?:x|×)?");
    /** How far from its number a dataset may be named to be the one it was measured on. */
    private static final int DATASET_REACH = 60;

    private final ResultRules rules;
    private final NumberForms numbers;
    private final ResultExclusions exclusions;

    public ResultFinder(ResultRules rules) {
        this.rules = rules;
        this.numbers = new NumberForms(rules);
        this.exclusions = new ResultExclusions(rules);
    }

    /** What the finder found: results, and metrics it named that the entity finders had not. */
    public record Found(List<Result> results, List<Mention> addedMetrics) {
    }

    public Found find(String text, List<Sentence> sentences, List<Mention> mentions) {
        List<Result> results = new ArrayList<>();
        List<Mention> all = new ArrayList<>(mentions);
        List<Mention> added = new ArrayList<>();
        Mention proposed = mainProposed(mentions);
        for (Sentence sentence : sentences) {
            if (sentence.text().chars().noneMatch(Character::isDigit)) continue;
            List<Occurrence> occurrences = Occurrence.inSentence(sentence, all);
            for (List<ReportedNumber> group : NumberForms.groups(text, numbers.numbers(text, sentence, occurrences))) {
                group = NumberForms.shareUnit(group);
                group = group.stream().filter(n -> exclusions.isResult(text, sentence, n)).toList();
                if (group.isEmpty()) continue;
                addResults(text, sentence, group, occurrences, all, added, proposed, results);
            }
        }
        return new Found(List.copyOf(results), List.copyOf(added));
    }

    // ---- attributes -------------------------------------------------------------------------------

    private void addResults(String text, Sentence sentence, List<ReportedNumber> group, List<Occurrence> occurrences, List<Mention> all,
                            List<Mention> added, Mention proposed, List<Result> out) {
        ReportedNumber first = group.get(0);
        ReportedNumber last = group.get(group.size() - 1);
        int cue = cueStart(text, sentence, first.start());
        boolean parallel = cue == STOPPED_BY_NUMBER;
        if (parallel) cue = -1;
        String before = text.substring(Math.max(sentence.start(), first.start() - WINDOW), first.start());
        String afterLast = text.substring(last.unitEnd(), Math.min(sentence.end(), last.unitEnd() + 40));
        int baselineCue = baselineCue(text, sentence, last.unitEnd());
        ResultKind kind = kind(cue >= 0 ? firstWord(text.substring(cue)) : null, afterLast, last.unit(), text, last.unitEnd(), baselineCue);
        Result previous = out.isEmpty() ? null : out.get(out.size() - 1);
        if (parallel && previous != null && previous.sentenceStart() == sentence.start() && !hasOwnCue(afterLast)) {
            // "reduces A by 82.5% and B by 63.3%": the second number continues the first one's statement.
            kind = previous.kind();
        }
        String qualifier = qualifier(before);
        int clauseEnd = clauseEnd(text, last.unitEnd(), sentence.end());

        // Metrics: one per number when the sentence lists as many, else one for all.
        List<Occurrence> metrics = Occurrences.typedAfter(occurrences, last.unitEnd(), clauseEnd, EntityType.METRIC);
        Occurrence shared = null;
        if (metrics.size() != group.size() || group.size() == 1) {
            shared = metricStatedAs(text, occurrences, first.start());
            if (shared == null) shared = metricBefore(occurrences, cue);
            if (shared == null) shared = metricBetween(occurrences, cue, first.start());
            if (shared == null && cue >= 0) shared = metricAfterCue(text, cue, first.start(), occurrences, all, added);
            if (shared == null) shared = metricBeforeBy(text, sentence, first.start(), occurrences, all, added);
            if (shared == null) shared = namedMetric(text, sentence, last, occurrences, all, added);
            if (shared == null && !metrics.isEmpty() && metrics.get(0).start() - last.unitEnd() < 30) shared = metrics.get(0);
            if (shared == null) shared = Occurrences.nearest(occurrences, first.start(), last.unitEnd(), EntityType.METRIC);
        }
        Occurrence baseline = baselineCue < 0 ? null : Occurrences.firstSubjectLike(occurrences, baselineCue, sentence.end());
        Occurrence baselineDataset = baselineCue < 0 ? null : Occurrences.firstOfType(occurrences, baselineCue, baselineCue + 3, EntityType.DATASET);
        if (baseline == null && baselineDataset != null) baseline = baselineDataset; // "over DCLM-Baseline"

        List<Occurrence> datasets = new ArrayList<>(Occurrences.typedAfter(occurrences, last.unitEnd(), clauseEnd, EntityType.DATASET));
        if (baselineDataset != null) datasets.remove(baselineDataset);
        boolean respectively = group.size() > 1 && datasets.size() >= 2 && datasets.size() <= group.size();
        Occurrence sharedDataset = respectively ? null : Occurrences.nearestWithin(occurrences, first.start(), last.unitEnd(), EntityType.DATASET,
                DATASET_REACH, baselineDataset);
        if (sharedDataset == null && !respectively) sharedDataset = Occurrences.soleDatasetBefore(occurrences, sentence, first.start(), baselineDataset);
        Occurrence objectOfVerb = cue >= 0 ? Occurrences.firstSubjectLike(occurrences, cue, first.start()) : null;
        if (baseline == null && objectOfVerb != null && rules.increase.contains(firstWord(text.substring(cue)))
                && objectOfVerb.start() - cue < 30) {
            // "X improves Qwen3-4B-Base by 8.43": the object of the verb is what is improved upon.
            baseline = objectOfVerb;
        }
        int verb = cue >= 0 ? cue : first.start();
        Occurrence subjectOcc = lastSubjectLike(occurrences, sentence.start(), verb, baseline, sentence);
        boolean namedByAuthors = subjectOcc != null && (selfReference(text, subjectOcc.end(), verb)
                || selfReference(text, subjectOcc.start() - 13, subjectOcc.start()));
        // "our method improves …" is what the paper proposes; "our 8-bit GaLore" names a proposed variant itself.
        Mention subject = subjectOcc != null && (!namedByAuthors || subjectOcc.mention().proposed()) ? subjectOcc.mention() : proposed;
        if (baseline != null && subject == baseline.mention()) subject = proposed;

        int spanStart = cue >= 0 ? cue : (shared != null && shared.end() <= first.start() && first.start() - shared.end() < 25 ? shared.start() : first.start());
        int spanEnd = last.unitEnd();
        if (shared != null && shared.start() >= last.unitEnd() && shared.start() - last.unitEnd() < 30) spanEnd = shared.end();
        for (int i = 0; i < group.size(); i++) {
            ReportedNumber n = group.get(i);
            Occurrence metric = n.metricUnit() != null ? n.metricUnit() : shared != null ? shared
                    : metrics.size() == group.size() ? metrics.get(i) : null;
            Occurrence dataset = !respectively ? sharedDataset : i < datasets.size() ? datasets.get(i) : null;
            int start = Math.min(spanStart, n.start());
            int end = Math.max(spanEnd, n.unitEnd());
            out.add(new Result(n.value(), n.unit(), kind, qualifier, name(metric), subject == null ? null : subject.canonical(),
                    name(dataset), name(baseline), text.substring(start, end), start, end, sentence.start(), sentence.end()));
        }
    }

    /** The start of the kind cue word before a number in the same clause ("reduces … by up to 65%"), or -1. */
    private int cueStart(String text, Sentence sentence, int numberStart) {
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

    private boolean hasOwnCue(String after) {
        List<String> w = words(after);
        for (int i = 0; i < Math.min(3, w.size()); i++) if (cue(w.get(i)) != null && cue(w.get(i)) != ResultKind.ABSOLUTE) return true;
        return false;
    }

    private ResultKind kind(String cueWord, String after, String unit, String text, int unitEnd, int baseline) {
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

    private ResultKind cue(String word) {
        if (rules.increase.contains(word)) return ResultKind.INCREASE;
        if (rules.decrease.contains(word)) return ResultKind.DECREASE;
        if (rules.absolute.contains(word)) return ResultKind.ABSOLUTE;
        return null;
    }

    private String qualifier(String before) {
        String tail = before.toLowerCase(Locale.ROOT).stripTrailing();
        for (String q : rules.qualifiers) {
            if (tail.endsWith(" " + q) || tail.equals(q) || (q.equals("~") && tail.endsWith("~"))) return q;
        }
        return null;
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
    private Occurrence metricAfterCue(String text, int cue, int numberStart, List<Occurrence> occurrences, List<Mention> all,
                                      List<Mention> added) {
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
        return metricOccurrence(text, spans.get(0)[0], spans.get(to - 1)[1], occurrences, all, added);
    }

    /** "… and total training memory by 63.3%": the measure named just before "by" and the number. */
    private Occurrence metricBeforeBy(String text, Sentence sentence, int numberStart, List<Occurrence> occurrences, List<Mention> all,
                                      List<Mention> added) {
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
                && cue(lower(text, spans.get(start - 1))) == null && !Character.isDigit(text.charAt(spans.get(start - 1)[0]))) {
            start--;
        }
        return metricOccurrence(text, spans.get(start)[0], spans.get(end)[1], occurrences, all, added);
    }

    private boolean qualifierWord(String w) {
        for (String q : rules.qualifiers) if (q.equals(w) || q.startsWith(w + " ") || q.endsWith(" " + w)) return true;
        return false;
    }

    /** The METRIC entity named by text[start, end): an existing one, or a new one. */
    private static Occurrence metricOccurrence(String text, int start, int end, List<Occurrence> occurrences, List<Mention> all,
                                               List<Mention> added) {
        String phrase = text.substring(start, end);
        for (Occurrence o : occurrences) {
            if (o.mention().type() == EntityType.METRIC && o.start() <= start && o.end() >= end) return o;
        }
        for (Mention m : all) {
            if (m.type() == EntityType.METRIC && Names.looseKey(m.canonical()).equals(Names.looseKey(phrase))) {
                return new Occurrence(start, end, m);
            }
        }
        Mention metric = new Mention(EntityType.METRIC, phrase, phrase, start, end, false, null, null);
        all.add(metric);
        added.add(metric);
        Occurrence o = new Occurrence(start, end, metric);
        occurrences.add(o);
        occurrences.sort(Comparator.comparingInt(Occurrence::start));
        return o;
    }

    /**
     * A metric written right with the number: "25% less memory", "82% lower rotation error", "a 17.5x data
     * efficiency improvement", "a 2x speed-up". Reuses a METRIC entity of that name, or adds one.
     */
    private Occurrence namedMetric(String text, Sentence sentence, ReportedNumber last, List<Occurrence> occurrences, List<Mention> all,
                                   List<Mention> added) {
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
        return metricOccurrence(text, spans.get(from)[0], spans.get(to - 1)[1], occurrences, all, added);
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

    /** The end of the clause after a number: the next semicolon, or the sentence end. */
    private static int clauseEnd(String text, int from, int sentenceEnd) {
        int semicolon = text.indexOf(';', from);
        return semicolon < 0 || semicolon > sentenceEnd ? sentenceEnd : semicolon;
    }

    /** The end of the first baseline cue ("over", "compared to") from {@code from} to the sentence end, or -1. */
    private int baselineCue(String text, Sentence sentence, int from) {
        Matcher m = rules.baselineCue.matcher(text).region(Math.min(from, sentence.end()), sentence.end());
        return m.find() ? m.end() : -1;
    }

    /** "our X improves", "X … , we achieve": the authors speak of what they propose. */
    private static boolean selfReference(String text, int from, int to) {
        if (from < 0 || to <= from) return false;
        String between = " " + text.substring(from, to).toLowerCase(Locale.ROOT) + " ";
        return between.matches("(?s).*\\b(our|we|it|this method|the proposed|this approach|this framework)\\b.*");
    }

    /** "with GPT-2", "speeding up ViT": a name after a preposition or a verb is not what the sentence is about. */
    private boolean isObject(Occurrence o, Sentence sentence) {
        String before = sentence.text().substring(0, Math.max(0, o.start() - sentence.start()));
        List<String> w = words(before);
        // Up to four words back: "into a 1.3B parameter GPT-3 XL model" is still the object of "into".
        for (int i = w.size() - 1; i >= Math.max(0, w.size() - 4); i--) {
            String word = w.get(i);
            if (rules.objectMarkers.contains(word) || rules.increase.contains(word) || rules.decrease.contains(word)
                    || word.equals("up") || (word.equals("and") && i == w.size() - 1)) {
                return true;
            }
            if (rules.absolute.contains(word) || word.equals("we") || word.equals("our") || word.endsWith("s") && i < w.size() - 1) break;
        }
        return false;
    }

    /** The method or model nearest before the verb: the sentence's subject, unless it is the baseline. */
    private Occurrence lastSubjectLike(List<Occurrence> occurrences, int from, int to, Occurrence baseline, Sentence sentence) {
        Occurrence found = null;
        for (Occurrence o : occurrences) {
            EntityType t = o.mention().type();
            if ((t == EntityType.METHOD || t == EntityType.MODEL) && o.start() >= from && o.end() <= to
                    && (baseline == null || o.mention() != baseline.mention()) && !isObject(o, sentence)) {
                found = o;
            }
        }
        return found;
    }

    private static Mention mainProposed(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.proposed() && (m.type() == EntityType.METHOD || m.type() == EntityType.MODEL)) return m;
        }
        return null;
    }

}
