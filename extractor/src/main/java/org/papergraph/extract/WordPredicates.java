package org.papergraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level tests the candidate sources share: what looks like a name, sizes and dimensions, plural
 * acronyms, capitals and the parts of hyphenated words. Immutable and thread-safe.
 */
final class WordPredicates {
    /** What may follow a model family's name as part of a model's name: sizes, variants, versions. */
    private static final Pattern MODEL_SIZE = Pattern.compile(
            "^(?:[- ]?(?:\\d+(?:\\.\\d+)?[BMK]\\b|XXL\\b|XL\\b|Large\\b|Base\\b|Small\\b|Tiny\\b|Huge\\b|Giant\\b|Medium\\b|Mini\\b"
                    + "|Instruct\\b|Chat\\b|IT\\b|Pro\\b|Flash\\b|Ultra\\b|Nano\\b|Edge\\b|v\\d+(?:\\.\\d+)?\\b|[SBLHG]/\\d+\\b)"
                    // "Grounding DINO 1.5 Edge", "Gemini 1.5 Pro": a release number, not a count or a score
                    + "|-\\d+(?:\\.\\d+)?\\b| \\d+\\.\\d+(?![\\d.%×]| ?x\\b| ?(?:points|pp)\\b)|-[TSBLH]\\b(?!-)"
                    // "Llama-3-Physician", "ResNet50-IBN": a capitalized part joined by a hyphen names a variant
                    + "|-[A-Z][A-Za-z0-9]{0,11}\\b(?!-[a-z]))+");
    /** "StarCoder2-3B", "Phi-1.5-1.3B": a name that ends in a size is a model's. */
    static final Pattern SIZED_NAME = Pattern.compile(".*[A-Za-z].*[-_ ]\\d+(?:\\.\\d+)?[BMK](?:-\\w+)?");
    private static final Pattern DIMENSION = Pattern.compile("\\d+D");
    private static final Pattern SIZE_OR_DIMENSION = Pattern.compile("\\d+(?:\\.\\d+)?[A-Za-z]{0,2}");
    static final Set<String> AND_OR = Set.of("and", "or");
    static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private final EntityPatterns patterns;

    WordPredicates(EntityPatterns patterns) {
        this.patterns = patterns;
    }

    /**
     * Capitals or digits inside a word mark a name: GARF, MoMa, DeBERTaV3, V-Pretraining, UL2. Sizes and
     * dimensions ("7B", "3D", "100M") do not.
     */
    boolean isNameLike(String word) {
        if (word.length() < 2 || patterns.nonEntities.contains(word) || SIZE_OR_DIMENSION.matcher(word).matches()) return false;
        if (word.contains("://") || word.startsWith("www.")) return false; // an address, not a name
        if (word.charAt(0) == '\\') return false; // a LaTeX macro left in the abstract
        int dash = word.lastIndexOf('-');
        if (dash > 0 && patterns.adjectiveSuffixes.contains(word.substring(dash + 1).toLowerCase(Locale.ROOT))) return false;
        int letters = 0;
        int upper = 0;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (Character.isLetter(ch)) letters++;
            if (Character.isUpperCase(ch)) upper++;
            if (Character.isDigit(ch)) digit = true;
        }
        if (letters == 0) return false;
        if (upper >= 2) return true;
        return digit && upper >= 1;
    }

    /**
     * Where a model's name ends when a size, variant or version follows the name ending at {@code from}
     * ("LLaMA 7B", "XLM-R Base"), looked for within {@code reach} characters; {@code from} when none does.
     */
    static int modelSizeEnd(String text, int from, int reach) {
        Matcher size = MODEL_SIZE.matcher(text.substring(from, Math.min(text.length(), from + reach)));
        return size.find() && size.end() > 0 ? from + size.end() : from;
    }

    /** A number, not a dimension: "2D knowledge", "3D domain" measure nothing. */
    static boolean startsWithNumber(Word w) {
        return Character.isDigit(w.text().charAt(0)) && !DIMENSION.matcher(w.text()).matches();
    }

    /** "LLMs", "VFMs": a plural acronym names a class of things, not one entity. */
    static boolean isPluralAcronym(String shortForm) {
        int n = shortForm.length();
        return n >= 3 && shortForm.charAt(n - 1) == 's' && Character.isUpperCase(shortForm.charAt(n - 2));
    }

    /** "TLMs" → "TLM"; other words as they are. */
    static String singularAcronym(String word) {
        return isPluralAcronym(word) ? word.substring(0, word.length() - 1) : word;
    }

    /** "Ethicist", "Products": one capital, then at least two lowercase letters. */
    static boolean isCapitalizedName(Word w) {
        String t = w.text();
        return t.length() > 2 && Character.isUpperCase(t.charAt(0)) && t.chars().skip(1).allMatch(Character::isLowerCase);
    }

    static int upperCount(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) if (Character.isUpperCase(word.charAt(i))) n++;
        return n;
    }

    static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** The part after the last hyphen: "pre-training" → "training". */
    static String lastPart(String word) {
        int dash = word.lastIndexOf('-');
        return dash >= 0 && dash < word.length() - 1 ? word.substring(dash + 1) : word;
    }

    /** An opening parenthesis or quotation mark before a word: a phrase starts there, it does not run through it. */
    static boolean opensPhrase(char before) {
        return before == '(' || before == '"' || before == '“' || before == '\'' || before == '[';
    }
}
