package org.papergraph.extract;

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
 * nearest metric, the dataset, the subject (what the paper proposes when the sentence speaks of "we", "our
 * method" or "it") and a baseline after "over"/"than"/"compared to". Wording comes from
 * {@link ResultRules}. Thread-safe.
 */
public final class ResultFinder {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.\\-/])([+\\-−]?)(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\s*(?:–|-|−|to)\\s*(\\d+(?:\\.\\d+)?))?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final int WINDOW = 60;

    private final ResultRules rules;

    public ResultFinder(ResultRules rules) {
        this.rules = rules;
    }

    /** An entity's occurrence inside a sentence. */
    private record Occurrence(int start, int end, Mention mention) {
    }

    public List<Result> find(String text, List<Sentence> sentences, List<Mention> mentions) {
        List<Result> results = new ArrayList<>();
        Mention proposed = mainProposed(mentions);
        for (Sentence sentence : sentences) {
            List<Occurrence> occurrences = occurrences(text, sentence, mentions);
            Matcher m = NUMBER.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                if (insideEntity(m.start(2), m.end(), occurrences)) continue;
                addResults(text, sentence, m, occurrences, proposed, results);
            }
        }
        return List.copyOf(results);
    }

    private void addResults(String text, Sentence sentence, Matcher m, List<Occurrence> occurrences, Mention proposed,
                            List<Result> out) {
        int numberEnd = m.end();
        String after = text.substring(numberEnd, Math.min(sentence.end(), numberEnd + WINDOW));
        String before = text.substring(Math.max(sentence.start(), m.start() - WINDOW), m.start());
        String unit = null;
        int unitEnd = numberEnd;
        for (Map.Entry<String, String> u : rules.units.entrySet()) {
            String form = u.getKey();
            String trimmed = after.stripLeading();
            boolean glued = form.equals("%") || form.equals("\\%") || form.equals("x") || form.equals("×") || form.startsWith("-");
            if (glued ? after.startsWith(form) || (form.equals("×") && trimmed.startsWith(form))
                    : startsWithWord(trimmed.toLowerCase(Locale.ROOT), form)) {
                unit = u.getValue();
                unitEnd = numberEnd + (after.length() - trimmed.length()) + form.length();
                if (glued && !form.equals("×")) unitEnd = numberEnd + form.length();
                break;
            }
        }
        Occurrence metricAsUnit = null;
        if (unit == null) {
            for (Occurrence o : occurrences) {
                if (o.mention().type() == EntityType.METRIC && o.start() >= numberEnd && o.start() <= numberEnd + 1) {
                    metricAsUnit = o;
                    unit = text.substring(o.start(), o.end());
                    unitEnd = o.end();
                }
            }
        }
        String number = m.group(2).replace(",", "");
        String nextWord = firstWord(text.substring(unitEnd, Math.min(sentence.end(), unitEnd + 30)));
        String previousWord = lastWord(before);
        if (rules.noNumberBefore.contains(previousWord)) return;
        if (unit == null || unit.equals("x")) {
            if (rules.countNouns.contains(nextWord) || rules.countNouns.contains(firstWord(after))) return;
            if (after.matches("(?s)^[BMKT]\\b.*")) return;
        }
        if (unit == null) {
            if (!number.contains(".")) return;
            if (YEAR.matcher(number).matches()) return;
        }
        if ("%".equals(unit) && rules.countNouns.contains(nextWord) && !nextWord.equals("tokens")) {
            // "10% of the tokens" is still a count of data only when nothing measures it; keep it otherwise.
        }
        ResultKind kind = kind(before, text.substring(unitEnd, Math.min(sentence.end(), unitEnd + 25)), unit);
        String qualifier = qualifier(before);
        Occurrence metric = metricAsUnit != null ? metricAsUnit : nearest(occurrences, m.start(), unitEnd, EntityType.METRIC);
        Occurrence dataset = nearest(occurrences, m.start(), unitEnd, EntityType.DATASET);
        int baselineCue = baselineCue(text, sentence, unitEnd);
        Occurrence baseline = baselineCue < 0 ? null : firstSubjectLike(occurrences, baselineCue, sentence.end());
        Occurrence subjectOcc = firstSubjectLike(occurrences, sentence.start(), m.start());
        Mention subject = subjectOcc != null && (baseline == null || subjectOcc.mention() != baseline.mention())
                ? subjectOcc.mention() : proposed;
        if (subject != null && baseline != null && subject == baseline.mention()) subject = proposed;
        int spanStart = statementStart(text, sentence, m.start(), metric);
        int spanEnd = Math.max(unitEnd, metric != null && metric.start() >= unitEnd && metric.start() - unitEnd < 25 ? metric.end() : unitEnd);
        List<String> values = new ArrayList<>();
        values.add(number);
        if (m.group(3) != null) values.add(m.group(3));
        for (String value : values) {
            BigDecimal v;
            try {
                v = new BigDecimal(value);
            } catch (NumberFormatException e) {
                continue;
            }
            out.add(new Result(v, unit, kind, qualifier, name(metric), subject == null ? null : subject.canonical(), name(dataset),
                    name(baseline), text.substring(spanStart, spanEnd), spanStart, spanEnd, sentence.start(), sentence.end()));
        }
    }

    /**
     * Where the statement of a result begins: at the cue word before the number ("reduces memory usage by
     * up to 65.5%"), else at a metric right before it ("accuracy of 89.3%"), else at the number.
     */
    private int statementStart(String text, Sentence sentence, int numberStart, Occurrence metric) {
        int windowStart = Math.max(sentence.start(), numberStart - WINDOW);
        String before = text.substring(windowStart, numberStart);
        Matcher words = Pattern.compile("[\\p{L}\\p{N}\\-]+").matcher(before);
        int cueStart = -1;
        int wordsSeen = 0;
        List<int[]> spans = new ArrayList<>();
        while (words.find()) spans.add(new int[] {words.start(), words.end()});
        for (int i = spans.size() - 1; i >= 0 && wordsSeen < 8; i--, wordsSeen++) {
            String w = before.substring(spans.get(i)[0], spans.get(i)[1]).toLowerCase(Locale.ROOT);
            if (before.substring(spans.get(i)[1]).contains(",") || before.substring(spans.get(i)[1]).contains(";")) break;
            if (cue(w) != null && !rules.absolute.contains(w) || rules.absolute.contains(w) && w.length() > 4) {
                cueStart = windowStart + spans.get(i)[0];
                break;
            }
        }
        if (cueStart >= 0) return cueStart;
        if (metric != null && metric.end() <= numberStart && numberStart - metric.end() < 25) return metric.start();
        return numberStart;
    }

    private ResultKind kind(String before, String after, String unit) {
        List<String> wordsBefore = words(before);
        List<String> wordsAfter = words(after);
        // The cue nearest the number wins; words right after the number ("2x faster", "65% lower") come first.
        for (int i = 0; i < Math.min(3, wordsAfter.size()); i++) {
            ResultKind k = cue(wordsAfter.get(i));
            if (k != null && k != ResultKind.ABSOLUTE) return k;
        }
        for (int i = wordsBefore.size() - 1; i >= Math.max(0, wordsBefore.size() - 8); i--) {
            ResultKind k = cue(wordsBefore.get(i));
            if (k != null) return k;
        }
        if ("x".equals(unit)) return ResultKind.INCREASE;
        return ResultKind.ABSOLUTE;
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

    private int baselineCue(String text, Sentence sentence, int from) {
        String rest = text.substring(from, sentence.end()).toLowerCase(Locale.ROOT);
        int best = -1;
        for (String cue : rules.baselineCues) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(cue) + "\\b").matcher(rest);
            if (m.find() && (best < 0 || m.start() < best - from)) best = from + m.end();
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

    private static Occurrence nearest(List<Occurrence> occurrences, int numberStart, int numberEnd, EntityType type) {
        Occurrence best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Occurrence o : occurrences) {
            if (o.mention().type() != type) continue;
            // Names after the number are preferred ("82% lower rotation error"): count their distance as less.
            int distance = o.start() >= numberEnd ? (o.start() - numberEnd) / 2 : numberStart - o.end();
            if (distance < bestDistance) {
                best = o;
                bestDistance = distance;
            }
        }
        return best;
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
                int at = RuleBasedExtractor.indexOfWord(s, form, 0);
                while (at >= 0) {
                    found.add(new Occurrence(sentence.start() + at, sentence.start() + at + form.length(), mention));
                    at = RuleBasedExtractor.indexOfWord(s, form, at + form.length());
                }
            }
        }
        found.sort(Comparator.comparingInt(Occurrence::start));
        return found;
    }

    private static boolean insideEntity(int start, int end, List<Occurrence> occurrences) {
        for (Occurrence o : occurrences) {
            if (start >= o.start() && end <= o.end()) return true;
        }
        return false;
    }

    private static String name(Occurrence o) {
        return o == null ? null : o.mention().canonical();
    }

    private static boolean startsWithWord(String s, String word) {
        return s.startsWith(word) && (s.length() == word.length() || !Character.isLetterOrDigit(s.charAt(word.length())));
    }

    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\-]+")) {
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    private static String firstWord(String s) {
        List<String> w = words(s);
        return w.isEmpty() ? "" : w.get(0);
    }

    private static String lastWord(String s) {
        List<String> w = words(s);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }
}
