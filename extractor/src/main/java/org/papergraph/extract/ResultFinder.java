package org.papergraph.extract;

import org.papergraph.model.Mention;
import org.papergraph.model.Result;
import org.papergraph.model.EntityType;
import org.papergraph.model.ResultKind;

import java.math.BigDecimal;
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
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.\\-/^])([+\\-−]?)(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\s*(?:–|—|-|−|to)\\s*(\\d+(?:\\.\\d+)?))?(?![\\w.]*\\^)");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern COORDINATION = Pattern.compile("\\s*(?:,|,?\\s*and|,?\\s*or|/)\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*");
    private static final Pattern SCIENTIFIC = Pattern.compile("^\\s*(?:x|×|\\\\times)\\s*10");
    private static final int WINDOW = 80;
    /** cueStart's answer when the words before a number belong to an earlier number's statement. */
    private static final int STOPPED_BY_NUMBER = -2;
    private static final Pattern NUMBER_WORD = Pattern.compile("\\d+(?:x|×)?");
    /** How far from its number a dataset may be named to be the one it was measured on. */
    private static final int DATASET_REACH = 60;

    private final ResultRules rules;

    public ResultFinder(ResultRules rules) {
        this.rules = rules;
    }

    /** What the finder found: results, and metrics it named that the entity finders had not. */
    public record Found(List<Result> results, List<Mention> addedMetrics) {
    }

    /** An entity's occurrence inside a sentence. */
    private record Occurrence(int start, int end, Mention mention) {
    }

    /** One number: its value, where it stands, and its unit as written after it. */
    private record Num(int start, int end, BigDecimal value, String unit, int unitEnd, Occurrence metricUnit) {
        Num withUnit(String u) {
            return new Num(start, end, value, u, unitEnd, metricUnit);
        }
    }

    public Found find(String text, List<Sentence> sentences, List<Mention> mentions) {
        List<Result> results = new ArrayList<>();
        List<Mention> all = new ArrayList<>(mentions);
        List<Mention> added = new ArrayList<>();
        Mention proposed = mainProposed(mentions);
        for (Sentence sentence : sentences) {
            if (sentence.text().chars().noneMatch(Character::isDigit)) continue;
            List<Occurrence> occurrences = occurrences(text, sentence, all);
            List<Num> numbers = numbers(text, sentence, occurrences);
            for (List<Num> group : groups(text, numbers)) {
                group = shareUnit(group);
                group = group.stream().filter(n -> isResult(text, sentence, n)).toList();
                if (group.isEmpty()) continue;
                addResults(text, sentence, group, occurrences, all, added, proposed, results);
            }
        }
        return new Found(List.copyOf(results), List.copyOf(added));
    }

    // ---- numbers ------------------------------------------------------------------------------------

    private List<Num> numbers(String text, Sentence sentence, List<Occurrence> occurrences) {
        List<Num> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (insideEntity(m.start(2), m.end(), occurrences)) continue;
            if (rules.noNumberBefore.contains(lastWord(text.substring(Math.max(sentence.start(), m.start() - 30), m.start())))) continue;
            int numberEnd = m.end();
            String after = text.substring(numberEnd, Math.min(sentence.end(), numberEnd + WINDOW));
            if (SCIENTIFIC.matcher(after).find()) continue;
            String unit = null;
            int unitEnd = numberEnd;
            String trimmed = after.stripLeading();
            for (Map.Entry<String, String> u : rules.units.entrySet()) {
                String form = u.getKey();
                boolean glued = form.equals("%") || form.equals("\\%") || form.equals("x") || form.startsWith("-");
                if (glued ? after.startsWith(form) && (!form.equals("x") || after.length() == 1 || !Character.isLetter(after.charAt(1)))
                        : startsWithWord(trimmed.toLowerCase(Locale.ROOT), form)
                        || (form.equals("×") && trimmed.startsWith("×"))) {
                    unit = u.getValue();
                    unitEnd = glued ? numberEnd + form.length() : numberEnd + (after.length() - trimmed.length()) + form.length();
                    break;
                }
            }
            Occurrence metricUnit = null;
            if (unit == null) {
                // "46.2 mAP", and with a magnitude "35.4G FLOPs" (unit GFLOPs)
                boolean magnitude = after.length() > 1 && "KMGT".indexOf(after.charAt(0)) >= 0 && !Character.isLetterOrDigit(after.charAt(1));
                int reach = magnitude ? 2 : 1;
                for (Occurrence o : occurrences) {
                    if (o.mention().type() == EntityType.METRIC && o.start() >= numberEnd && o.start() <= numberEnd + reach) {
                        metricUnit = o;
                        unit = (magnitude ? after.substring(0, 1) : "") + text.substring(o.start(), o.end());
                        unitEnd = o.end();
                    }
                }
            }
            BigDecimal first = decimal(m.group(2));
            if (first == null) continue;
            BigDecimal second = m.group(3) == null ? null : decimal(m.group(3));
            int firstEnd = second == null ? m.end() : m.end(2);
            numbers.add(new Num(m.start(), firstEnd, first, unit, second == null ? unitEnd : m.end(2), metricUnit));
            if (second != null) numbers.add(new Num(m.start(3), m.end(), second, unit, unitEnd, metricUnit));
        }
        return numbers;
    }

    /** "2.7 and 2.1 points", "8.43, 5.96 and 10.60": numbers joined only by commas and "and". */
    private static List<List<Num>> groups(String text, List<Num> numbers) {
        List<List<Num>> groups = new ArrayList<>();
        List<Num> current = new ArrayList<>();
        for (Num n : numbers) {
            if (!current.isEmpty()) {
                Num previous = current.get(current.size() - 1);
                int from = Math.max(previous.unitEnd(), previous.end());
                boolean joined = from <= n.start() && COORDINATION.matcher(text.substring(from, n.start())).matches()
                        && (previous.unit() == null || n.unit() == null || previous.unit().equals(n.unit()));
                if (!joined) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(n);
        }
        if (!current.isEmpty()) groups.add(current);
        return groups;
    }

    /** The unit written after the last number of a list belongs to all of them. */
    private static List<Num> shareUnit(List<Num> group) {
        String unit = group.get(group.size() - 1).unit();
        if (unit == null || group.size() == 1) return group;
        return group.stream().map(n -> n.unit() == null ? n.withUnit(unit) : n).toList();
    }

    /** The exclusions: counts, sizes, years, shares of data and version numbers are not results. */
    private boolean isResult(String text, Sentence sentence, Num n) {
        String afterUnit = text.substring(n.unitEnd(), Math.min(sentence.end(), n.unitEnd() + 40));
        String afterNumber = text.substring(n.end(), Math.min(sentence.end(), n.end() + 40));
        String nextWord = firstWord(afterUnit);
        String before = text.substring(Math.max(sentence.start(), n.start() - 40), n.start());
        boolean changeCue = words(before).stream().anyMatch(w -> rules.increase.contains(w) || rules.decrease.contains(w));
        List<String> wordsBefore = words(before);
        if ("GB".equals(n.unit()) && (words(afterUnit).stream().limit(3).anyMatch(w -> w.startsWith("gpu"))
                || wordsBefore.subList(Math.max(0, wordsBefore.size() - 5), wordsBefore.size()).stream().anyMatch(w -> w.startsWith("gpu")))) {
            return false; // the size of a device, not a result
        }
        if (n.unit() == null || n.unit().equals("x") || n.unit().equals("GB")) {
            // "20x parameters" is a count, unless something is reduced or increased by it.
            boolean count = rules.countNouns.contains(nextWord) || rules.countNouns.contains(firstWord(afterNumber));
            if (count && !("x".equals(n.unit()) && changeCue)) return false;
            if (afterNumber.matches("(?s)^[BMKT]\\b.*")) return false;
        }
        if (n.unit() == null) {
            String plain = n.value().toPlainString();
            if (!plain.contains(".") || YEAR.matcher(plain).matches()) return false;
            // "Grounding DINO 1.5", "MLPerf 1.1": a number right after a name is its version.
            String previous = lastRawWord(before);
            if (!previous.isEmpty() && Character.isUpperCase(previous.charAt(0)) && before.endsWith(" ")) return false;
        }
        if (rules.settingNouns.contains(nextWord)) return false;
        // "with 0.5% extra trainable parameters", "utilizing 8% training samples": a share of the model or the data
        // that is used, not a performance; "25x less data" and "reduces … by 5% parameters" still are results.
        if ("%".equals(n.unit()) && !changeCue) {
            List<String> next = words(afterUnit);
            for (int i = 0; i < Math.min(next.size(), 3); i++) {
                String w = next.get(i);
                if (rules.comparatives.contains(w) || rules.metricWords.contains(w) && !rules.countNouns.contains(w)) break;
                if (rules.countNouns.contains(w)) return false;
            }
        }
        // "(AUC>0.95)": a threshold written against a metric, not a result.
        if (n.start() >= 2 && "<>=≥≤".indexOf(text.charAt(n.start() - 1)) >= 0 && Character.isLetter(text.charAt(n.start() - 2))) return false;
        // "8x smaller and …", "30x larger than standard practice": a size, unless a measure follows.
        List<String> following = words(afterUnit);
        if (!following.isEmpty() && rules.sizeComparatives.contains(following.get(0))
                && (following.size() < 2 || !rules.metricWords.contains(following.get(1)))) {
            return false;
        }
        // "using only 12% of the training data": a share of something, not a performance.
        if ("%".equals(n.unit()) && afterUnit.matches("(?s)^\\s+of\\b.*")) {
            for (int i = 1; i < Math.min(following.size(), 6); i++) {
                String w = following.get(i);
                if (rules.countNouns.contains(w) || w.equals("data") || w.equals("compute") || w.equals("budget")) return false;
            }
        }
        return true;
    }

    // ---- attributes -------------------------------------------------------------------------------

    private void addResults(String text, Sentence sentence, List<Num> group, List<Occurrence> occurrences, List<Mention> all,
                            List<Mention> added, Mention proposed, List<Result> out) {
        Num first = group.get(0);
        Num last = group.get(group.size() - 1);
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
        List<Occurrence> metrics = typedAfter(occurrences, last.unitEnd(), clauseEnd, EntityType.METRIC);
        Occurrence shared = null;
        if (metrics.size() != group.size() || group.size() == 1) {
            shared = metricStatedAs(text, occurrences, first.start());
            if (shared == null) shared = metricBefore(occurrences, cue);
            if (shared == null) shared = metricBetween(occurrences, cue, first.start());
            if (shared == null && cue >= 0) shared = metricAfterCue(text, cue, first.start(), occurrences, all, added);
            if (shared == null) shared = metricBeforeBy(text, sentence, first.start(), occurrences, all, added);
            if (shared == null) shared = namedMetric(text, sentence, last, occurrences, all, added);
            if (shared == null && !metrics.isEmpty() && metrics.get(0).start() - last.unitEnd() < 30) shared = metrics.get(0);
            if (shared == null) shared = nearest(occurrences, first.start(), last.unitEnd(), EntityType.METRIC);
        }
        Occurrence baseline = baselineCue < 0 ? null : firstSubjectLike(occurrences, baselineCue, sentence.end());
        Occurrence baselineDataset = baselineCue < 0 ? null : firstOfType(occurrences, baselineCue, baselineCue + 3, EntityType.DATASET);
        if (baseline == null && baselineDataset != null) baseline = baselineDataset; // "over DCLM-Baseline"

        List<Occurrence> datasets = new ArrayList<>(typedAfter(occurrences, last.unitEnd(), clauseEnd, EntityType.DATASET));
        if (baselineDataset != null) datasets.remove(baselineDataset);
        boolean respectively = group.size() > 1 && datasets.size() >= 2 && datasets.size() <= group.size();
        Occurrence sharedDataset = respectively ? null : nearestWithin(occurrences, first.start(), last.unitEnd(), EntityType.DATASET,
                DATASET_REACH, baselineDataset);
        if (sharedDataset == null && !respectively) sharedDataset = soleDatasetBefore(occurrences, sentence, first.start(), baselineDataset);
        Occurrence objectOfVerb = cue >= 0 ? firstSubjectLike(occurrences, cue, first.start()) : null;
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
            Num n = group.get(i);
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
    private Occurrence namedMetric(String text, Sentence sentence, Num last, List<Occurrence> occurrences, List<Mention> all,
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

    private static List<Occurrence> typedAfter(List<Occurrence> occurrences, int from, int to, EntityType type) {
        List<Occurrence> found = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (o.mention().type() == type && o.start() >= from && o.end() <= to
                    && found.stream().noneMatch(f -> f.mention() == o.mention())) {
                found.add(o);
            }
        }
        return found;
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

    private static Occurrence firstOfType(List<Occurrence> occurrences, int from, int to, EntityType type) {
        for (Occurrence o : occurrences) {
            if (o.mention().type() == type && o.start() >= from && o.start() <= to) return o;
        }
        return null;
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

    /** "Taking the GLUE benchmark as an example, X achieves 91.4%": the one dataset that sets the scene. */
    private static Occurrence soleDatasetBefore(List<Occurrence> occurrences, Sentence sentence, int numberStart, Occurrence excluded) {
        Occurrence found = null;
        for (Occurrence o : occurrences) {
            if (o.mention().type() != EntityType.DATASET || o == excluded || o.start() < sentence.start() || o.end() > sentence.end()) continue;
            if (o.start() > numberStart || (found != null && found.mention() != o.mention())) return null;
            found = o;
        }
        return found;
    }

    private static Occurrence nearestWithin(List<Occurrence> occurrences, int numberStart, int numberEnd, EntityType type, int reach,
                                            Occurrence excluded) {
        return closest(occurrences, numberStart, numberEnd, type, reach, excluded, 1);
    }

    /** The mention of this type nearest to the number; names after it are preferred ("82% lower rotation error"). */
    private static Occurrence nearest(List<Occurrence> occurrences, int numberStart, int numberEnd, EntityType type) {
        return closest(occurrences, numberStart, numberEnd, type, Integer.MAX_VALUE, null, 2);
    }

    /** Distances after the number count {@code 1 / afterDivisor} as much as those before it. */
    private static Occurrence closest(List<Occurrence> occurrences, int numberStart, int numberEnd, EntityType type, int reach,
                                      Occurrence excluded, int afterDivisor) {
        Occurrence best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Occurrence o : occurrences) {
            if (o.mention().type() != type || o == excluded) continue;
            int distance = o.start() >= numberEnd ? (o.start() - numberEnd) / afterDivisor : numberStart - o.end();
            if (distance >= 0 && distance <= reach && distance < bestDistance) {
                best = o;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Occurrence firstSubjectLike(List<Occurrence> occurrences, int from, int to) {
        for (Occurrence o : occurrences) {
            EntityType t = o.mention().type();
            if ((t == EntityType.METHOD || t == EntityType.MODEL) && o.start() >= from && o.end() <= to) return o;
        }
        return null;
    }

    private static Mention mainProposed(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.proposed() && (m.type() == EntityType.METHOD || m.type() == EntityType.MODEL)) return m;
        }
        return null;
    }

    private static List<Occurrence> occurrences(String text, Sentence sentence, List<Mention> mentions) {
        List<Occurrence> found = new ArrayList<>();
        String s = sentence.text();
        for (Mention mention : mentions) {
            for (String form : mention.text().equals(mention.canonical()) ? List.of(mention.text())
                    : List.of(mention.text(), mention.canonical())) {
                int at = Names.indexOfWord(s, form, 0);
                while (at >= 0) {
                    int start = sentence.start() + at;
                    int end = start + form.length();
                    if (found.stream().noneMatch(o -> o.start() <= start && o.end() >= end)) found.add(new Occurrence(start, end, mention));
                    at = Names.indexOfWord(s, form, at + form.length());
                }
            }
        }
        // "8-bit GaLore" contains "GaLore": only the longer name stands there.
        found.removeIf(o -> found.stream().anyMatch(longer -> longer != o && longer.start() <= o.start() && longer.end() >= o.end()
                && longer.end() - longer.start() > o.end() - o.start()));
        found.sort(Comparator.comparingInt(Occurrence::start));
        return found;
    }

    private static boolean insideEntity(int start, int end, List<Occurrence> occurrences) {
        for (Occurrence o : occurrences) {
            if (start >= o.start() && end <= o.end()) return true;
        }
        return false;
    }

    private static BigDecimal decimal(String s) {
        try {
            return new BigDecimal(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String name(Occurrence o) {
        return o == null ? null : o.mention().canonical();
    }

    private static boolean startsWithWord(String s, String word) {
        return s.startsWith(word) && (s.length() == word.length() || !Character.isLetterOrDigit(s.charAt(word.length())));
    }

    /** Lowercase runs of letters, digits and hyphens; a loop, as this runs for every number. */
    private static List<String> words(String s) {
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

    private static String firstWord(String s) {
        List<String> w = words(s);
        return w.isEmpty() ? "" : w.get(0);
    }

    private static String lastWord(String s) {
        List<String> w = words(s);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    private static String lastRawWord(String s) {
        String[] parts = s.strip().split("\\s+");
        return parts.length == 0 ? "" : parts[parts.length - 1];
    }
}
