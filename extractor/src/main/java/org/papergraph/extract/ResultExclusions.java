package org.papergraph.extract;

import static org.papergraph.extract.ResultWords.firstWord;
import static org.papergraph.extract.ResultWords.lastRawWord;
import static org.papergraph.extract.ResultWords.words;

import java.util.List;
import java.util.regex.Pattern;
import org.papergraph.nlp.Sentence;

/**
 * Whether a reported number is a result: counts, sizes, years, settings, thresholds, shares of the model,
 * the data or a population (prevalences), exponents and terms of bounds (theoretical rates) and version numbers are not; p-values never reach here
 * ({@code [no-number-before]}). Immutable and thread-safe.
 */
final class ResultExclusions {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** "0.78 ± 0.10", "0.78 pm 0.10" (a LaTeX \\pm whose backslash was lost): a spread, not a result. */
    /** "O(T^{0.5})", "\\mathcal{O}(\\epsilon^{-2.5})", "1/T^{0.5}": an exponent or a term of a bound, not a result. */
    private static final Pattern IN_BOUND = Pattern.compile("(?:\\^\\{?-?|(?:\\b[OoΘΩ]|\\\\mathcal\\{O\\}|\\\\Theta|\\\\Omega|\\\\tilde\\{O\\})\\([^()]*)$");
    private static final Pattern DIMENSION = Pattern.compile("^[\\s{}$]*\\d");
    private static final Pattern SPREAD = Pattern.compile("(?:±|\\+/-|\\+-|\\bpm)\\s*$");

    private final ResultRules rules;

    ResultExclusions(ResultRules rules) {
        this.rules = rules;
    }

    /** The exclusions: counts, sizes, years, shares of data and version numbers are not results. */
    boolean isResult(String text, Sentence sentence, ReportedNumber n) {
        String afterUnit = text.substring(n.unitEnd(), Math.min(sentence.end(), n.unitEnd() + 40));
        String afterNumber = text.substring(n.end(), Math.min(sentence.end(), n.end() + 40));
        String nextWord = firstWord(afterUnit);
        String before = text.substring(Math.max(sentence.start(), n.start() - 40), n.start());
        List<String> wordsBefore = words(before);
        boolean changeCue = wordsBefore.stream().anyMatch(w -> rules.increase.contains(w) || rules.decrease.contains(w));
        if (SPREAD.matcher(before).find() || IN_BOUND.matcher(before).find()) return false;
        // "256 × 256 images", "$256\\times256$": a size written as a product, not a result.
        if ("x".equals(n.unit()) && DIMENSION.matcher(afterUnit).find()) return false;
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
                if (rules.populationNouns.contains(w)) return false; // "affecting 35% of … infants": a prevalence
            }
        }
        return true;
    }
}
