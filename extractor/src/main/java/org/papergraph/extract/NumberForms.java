package org.papergraph.extract;

import static org.papergraph.extract.ResultWords.WINDOW;
import static org.papergraph.extract.ResultWords.lastWord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.Sentence;

/**
 * The numbers a sentence reports, as written: values and ranges ("1.2–1.5"), their units ("%", "points",
 * "46.2 mAP", "35.4G FLOPs"), and lists of numbers that share one ("2.7 and 2.1 points"). Immutable and
 * thread-safe.
 */
final class NumberForms {
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?<![\\w.\\-/^])|(?<=%/))([+\\-−]?)(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\s*(?:–|—|-|−|to)\\s*(\\d+(?:\\.\\d+)?))?(?![\\w.]*\\^)");
    /** TeX written between a number and its unit: "29$\\%$", "3.4$\\times$", "{6.3 \\times}$". */
    private static final Pattern TEX_LEAD = Pattern.compile("^(?:\\$|\\{|\\}|~|\\\\[,;!])*");
    /** "\\times" as TeX writes it, and as it reads when a JSON escape turned its "\\t" into a tab (a space after ingest). */
    private static final Pattern TEX_TIMES = Pattern.compile("^ *(?:\\\\times|\\\\texttimes|[\\t ]imes)(?![A-Za-z])[}$]*");
    private static final Map<String, BigDecimal> WORD_VALUES = Map.of("two", BigDecimal.valueOf(2), "three", BigDecimal.valueOf(3),
            "four", BigDecimal.valueOf(4), "five", BigDecimal.valueOf(5), "six", BigDecimal.valueOf(6), "seven", BigDecimal.valueOf(7),
            "eight", BigDecimal.valueOf(8), "nine", BigDecimal.valueOf(9), "ten", BigDecimal.valueOf(10));
    private static final String WORD_NUMBER = "(two|three|four|five|six|seven|eight|nine|ten)";
    /** "four times", "two to three fold", "threefold", "ten-fold". */
    private static final Pattern FACTOR_IN_WORDS = Pattern.compile("(?i)\\b" + WORD_NUMBER + "(?:\\s*(?:to|-|–)\\s*"
            + WORD_NUMBER + ")?(?:\\s+times\\b|[\\s-]?fold\\b)");
    private static final Pattern COORDINATION = Pattern.compile("\\s*(?:,|,?\\s*and|,?\\s*or|/)\\s*");
    private static final Pattern SCIENTIFIC = Pattern.compile("^\\s*(?:x|×|\\\\times)\\s*10");

    private final ResultRules rules;

    NumberForms(ResultRules rules) {
        this.rules = rules;
    }

    /** The numbers of a sentence outside entity names, each with the unit written after it, if any. */
    List<ReportedNumber> numbers(String text, Sentence sentence, List<Occurrence> occurrences) {
        List<ReportedNumber> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (Occurrences.insideEntity(m.start(2), m.end(), occurrences)) continue;
            if (rules.noNumberBefore.contains(lastWord(text.substring(Math.max(sentence.start(), m.start() - 30), m.start())))) continue;
            int numberEnd = m.end();
            String after = text.substring(numberEnd, Math.min(sentence.end(), numberEnd + WINDOW));
            if (SCIENTIFIC.matcher(after).find()) continue;
            String unit = null;
            int unitEnd = numberEnd;
            int lead = texLead(after);
            Matcher times = TEX_TIMES.matcher(after.substring(lead));
            if (times.find()) {
                unit = "x";
                unitEnd = numberEnd + lead + times.end();
            }
            after = after.substring(lead);
            String trimmed = after.stripLeading();
            for (Map.Entry<String, String> u : rules.units.entrySet()) {
                if (unit != null) break;
                String form = u.getKey();
                boolean glued = form.equals("%") || form.equals("\\%") || form.equals("x") || form.startsWith("-");
                if (glued ? after.startsWith(form) && (!form.equals("x") || after.length() == 1 || !Character.isLetter(after.charAt(1)))
                        : startsWithWord(trimmed.toLowerCase(Locale.ROOT), form)
                        || (form.equals("×") && trimmed.startsWith("×"))) {
                    unit = u.getValue();
                    unitEnd = lead + (glued ? numberEnd + form.length() : numberEnd + (after.length() - trimmed.length()) + form.length());
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
            numbers.add(new ReportedNumber(m.start(), firstEnd, first, unit, second == null ? unitEnd : m.end(2), metricUnit));
            if (second != null) numbers.add(new ReportedNumber(m.start(3), m.end(), second, unit, unitEnd, metricUnit));
        }
        numbersInWords(text, sentence, occurrences, numbers);
        numbers.sort(java.util.Comparator.comparingInt(ReportedNumber::start));
        return numbers;
    }

    /** Whether a sentence has a digit or a factor in words: the others state no number, and are skipped cheaply. */
    static boolean mayStateANumber(String sentence) {
        return sentence.chars().anyMatch(Character::isDigit) || FACTOR_IN_WORDS.matcher(sentence).find();
    }

    /**
     * "four times faster", "a two to three fold speedup", "a threefold reduction", "by over four times": a factor
     * written in words is a result in x when a comparative or change follows it or "by" stands before it ("run
     * three times" counts runs).
     */
    private void numbersInWords(String text, Sentence sentence, List<Occurrence> occurrences, List<ReportedNumber> numbers) {
        Matcher m = FACTOR_IN_WORDS.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (Occurrences.insideEntity(m.start(), m.end(), occurrences)) continue;
            List<String> after = ResultWords.words(text.substring(m.end(), Math.min(sentence.end(), m.end() + 30)));
            String next = after.isEmpty() ? "" : after.get(0);
            String before = lastWord(text.substring(Math.max(sentence.start(), m.start() - 30), m.start()));
            boolean change = rules.comparatives.contains(next) || rules.changeNouns.contains(next) || before.equals("by")
                    || (before.equals("over") || before.equals("to")) && lastWord(text.substring(Math.max(sentence.start(), m.start() - 40), m.start() - before.length() - 1)).equals("by");
            if (!change) continue;
            // As with "0.12–0.36 points", the first of a range ends at its own word and the unit belongs to the second.
            numbers.add(new ReportedNumber(m.start(1), m.end(1), WORD_VALUES.get(m.group(1).toLowerCase(Locale.ROOT)), "x",
                    m.group(2) == null ? m.end() : m.end(1), null));
            if (m.group(2) != null) {
                numbers.add(new ReportedNumber(m.start(2), m.end(2), WORD_VALUES.get(m.group(2).toLowerCase(Locale.ROOT)), "x", m.end(), null));
            }
        }
    }

    /** "2.7 and 2.1 points", "8.43, 5.96 and 10.60": numbers joined only by commas and "and". */
    static List<List<ReportedNumber>> groups(String text, List<ReportedNumber> numbers) {
        List<List<ReportedNumber>> groups = new ArrayList<>();
        List<ReportedNumber> current = new ArrayList<>();
        for (ReportedNumber n : numbers) {
            if (!current.isEmpty()) {
                ReportedNumber previous = current.get(current.size() - 1);
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
    static List<ReportedNumber> shareUnit(List<ReportedNumber> group) {
        String unit = group.get(group.size() - 1).unit();
        if (unit == null || group.size() == 1) return group;
        return group.stream().map(n -> n.unit() == null ? n.withUnit(unit) : n).toList();
    }

    private static BigDecimal decimal(String s) {
        try {
            return new BigDecimal(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** How many characters of TeX ("$", braces, thin spaces) stand before what follows the number. */
    private static int texLead(String after) {
        Matcher m = TEX_LEAD.matcher(after);
        return m.find() ? m.end() : 0;
    }

    private static boolean startsWithWord(String s, String word) {
        return s.startsWith(word) && (s.length() == word.length() || !Character.isLetterOrDigit(s.charAt(word.length())));
    }
}
