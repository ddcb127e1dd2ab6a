package org.papergraph.extract;

import static org.papergraph.extract.ResultWords.words;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.model.ResultKind;
import org.papergraph.nlp.Sentence;

/**
 * What {@link AttributeChooser} reads to decide a result's kind, each feature joined with the kind it
 * judges: whether the rules chose that kind, the unit, the rules' cue word, the words just before the number
 * and just after its unit, a sign written with it, and whether a baseline cue follows. Thread-safe: stateless.
 */
final class KindFeatures {
    private KindFeatures() {
    }

    static List<String> of(ResultKind kind, ResultKind ruleKind, String text, Sentence sentence, ReportedNumber n, String cueWord,
                           boolean baselineCue) {
        String k = kind.label() + "|";
        List<String> f = new ArrayList<>();
        f.add(k + "rule=" + (kind == ruleKind));
        f.add(k + "rule-kind=" + ruleKind.label());
        f.add(k + "unit=" + (n.unit() == null ? "none" : n.unit()));
        f.add(k + "cue=" + (cueWord == null ? "none" : cueWord));
        f.add(k + "baseline-cue=" + baselineCue);
        List<String> before = words(text.substring(Math.max(sentence.start(), n.start() - 30), n.start()));
        for (int i = Math.max(0, before.size() - 3); i < before.size(); i++) f.add(k + "before=" + before.get(i));
        if (!before.isEmpty()) f.add(k + "just-before=" + before.get(before.size() - 1));
        List<String> after = words(text.substring(n.unitEnd(), Math.min(sentence.end(), n.unitEnd() + 30)));
        for (int i = 0; i < Math.min(3, after.size()); i++) f.add(k + "after=" + after.get(i));
        if (!after.isEmpty()) f.add(k + "just-after=" + after.get(0));
        char sign = n.start() > 0 ? text.charAt(n.start()) : ' ';
        if (sign == '+' || sign == '-' || sign == '−') f.add(k + "signed");
        return f;
    }
}
