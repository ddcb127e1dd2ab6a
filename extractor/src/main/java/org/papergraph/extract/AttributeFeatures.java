package org.papergraph.extract;

import static org.papergraph.extract.ResultWords.words;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.papergraph.nlp.Sentence;

/**
 * What {@link AttributeChooser} reads about a (number, mention) pair: whether the rules chose the mention, on
 * which side of the number it stands and how far, the words between them, whether another number, a clause
 * break, a comparative or a baseline cue lies between, whether it is the nearest on its side; for a subject
 * also its type, whether the paper proposes it, the word before it and whether the authors speak ("we",
 * "our"). An option outside the sentence (what the paper mainly proposes) has start -1. Thread-safe: stateless.
 */
final class AttributeFeatures {
    private static final Pattern OTHER_NUMBER = Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+)?");
    private static final Pattern AUTHORS = Pattern.compile("(?i)\\b(?:we|our|ours)\\b");

    private AttributeFeatures() {
    }

    static List<String> of(ResultRole role, String text, Sentence sentence, ReportedNumber n, Occurrence option, boolean chosen,
                           List<Occurrence> options, ResultRules rules) {
        List<String> f = new ArrayList<>();
        f.add("rule=" + chosen);
        if (role == ResultRole.SUBJECT) {
            f.add("type=" + option.mention().type());
            f.add("proposed=" + option.mention().proposed());
            f.add("rule-proposed=" + chosen + option.mention().proposed());
            f.add("authors-speak=" + AUTHORS.matcher(sentence.text()).find());
        }
        if (option.start() < 0) {
            f.add("outside-sentence");
            f.add("outside-rule=" + chosen);
            f.add("options=" + Math.min(options.size(), 4));
            return f;
        }
        boolean after = option.start() >= n.unitEnd();
        String side = after ? "after" : "before";
        String between = after ? text.substring(n.unitEnd(), option.start()) : text.substring(option.end(), Math.max(option.end(), n.start()));
        List<String> betweenWords = words(between);
        String distance = distanceBucket(betweenWords.size());
        f.add("side=" + side);
        f.add("dist=" + distance);
        f.add("side-dist=" + side + distance);
        f.add("rule-side-dist=" + chosen + side + distance);
        if (OTHER_NUMBER.matcher(between).find()) f.add("number-between");
        if (between.contains(";") || between.contains(" which ") || between.contains(" while ")) f.add("clause-between");
        if (between.contains(",")) f.add("comma-between");
        if (betweenWords.size() <= 4) {
            for (String w : betweenWords) f.add("between=" + w);
            f.add("between-all=" + side + String.join("_", betweenWords));
        }
        for (String w : betweenWords) {
            if (rules.comparatives.contains(w)) f.add("comparative-between");
            if (rules.baselineCues.contains(w)) f.add("baseline-cue-between");
            if (rules.changeNouns.contains(w)) f.add("change-noun-between");
            if (rules.increase.contains(w) || rules.decrease.contains(w) || rules.absolute.contains(w)) f.add("cue-between");
        }
        List<String> before = words(text.substring(Math.max(sentence.start(), option.start() - 25), option.start()));
        if (!before.isEmpty()) f.add("word-before=" + before.get(before.size() - 1));
        if (before.size() >= 2) f.add("words-before=" + before.get(before.size() - 2) + "_" + before.get(before.size() - 1));
        List<String> head = words(text.substring(option.start(), option.end()));
        if (!head.isEmpty() && role == ResultRole.METRIC) f.add("head=" + head.get(head.size() - 1));
        f.add("unit=" + (n.unit() == null ? "none" : n.unit()));
        if (nearestOnItsSide(n, option, options)) f.add("nearest-" + side);
        f.add("first-in-sentence=" + firstInSentence(option, options));
        f.add("options=" + Math.min(options.size(), 4));
        return f;
    }

    private static String distanceBucket(int words) {
        if (words <= 2) return Integer.toString(words);
        if (words <= 5) return "3-5";
        if (words <= 10) return "6-10";
        return "11+";
    }

    private static boolean firstInSentence(Occurrence option, List<Occurrence> options) {
        for (Occurrence o : options) if (o.start() >= 0 && o.start() < option.start()) return false;
        return true;
    }

    private static boolean nearestOnItsSide(ReportedNumber n, Occurrence option, List<Occurrence> options) {
        boolean after = option.start() >= n.unitEnd();
        for (Occurrence o : options) {
            if (o == option || o.start() < 0 || (o.start() >= n.unitEnd()) != after) continue;
            if (after ? o.start() < option.start() : o.end() > option.end()) return false;
        }
        return true;
    }
}
