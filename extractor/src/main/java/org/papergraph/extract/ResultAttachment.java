package org.papergraph.extract;

import static org.papergraph.extract.ResultWords.firstWord;
import static org.papergraph.extract.ResultWords.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.papergraph.model.EntityType;
import org.papergraph.model.Mention;
import org.papergraph.nlp.Sentence;

/**
 * What a result is about besides its metric: the subject (what the paper proposes when the sentence speaks
 * of "we", "our method" or "it"), the dataset it was measured on (coordinated datasets pair with
 * coordinated numbers in order) and the baseline after "over", "than" or "compared to". Immutable and
 * thread-safe.
 */
final class ResultAttachment {
    /** How far from its number a dataset may be named to be the one it was measured on. */
    private static final int DATASET_REACH = 60;

    private final ResultRules rules;

    ResultAttachment(ResultRules rules) {
        this.rules = rules;
    }

    /** A group's subject, baseline and datasets: one dataset for all numbers, or one each ("respectively"). */
    record Attributes(Mention subject, Occurrence baseline, List<Occurrence> datasets, Occurrence sharedDataset, boolean respectively) {
        Occurrence dataset(int number) {
            return !respectively ? sharedDataset : number < datasets.size() ? datasets.get(number) : null;
        }
    }

    /**
     * The attributes of a group of numbers; {@code cue} is the start of its kind cue or -1, {@code baselineCue}
     * the end of its baseline cue or -1, and {@code proposed} what the paper mainly proposes, or null.
     */
    Attributes attach(String text, Sentence sentence, List<ReportedNumber> group, int cue, int baselineCue, int clauseEnd,
                      List<Occurrence> occurrences, Mention proposed) {
        ReportedNumber first = group.get(0);
        ReportedNumber last = group.get(group.size() - 1);
        Occurrence baseline = baselineCue < 0 ? null : Occurrences.firstSubjectLike(occurrences, baselineCue, sentence.end());
        Occurrence baselineDataset = baselineCue < 0 ? null
                : Occurrences.firstOfType(occurrences, baselineCue, baselineCue + 3, EntityType.DATASET);
        if (baseline == null && baselineDataset != null) baseline = baselineDataset; // "over DCLM-Baseline"

        List<Occurrence> datasets = new ArrayList<>(Occurrences.typedAfter(occurrences, last.unitEnd(), clauseEnd, EntityType.DATASET));
        if (baselineDataset != null) datasets.remove(baselineDataset);
        boolean respectively = group.size() > 1 && datasets.size() >= 2 && datasets.size() <= group.size();
        Occurrence sharedDataset = respectively ? null : Occurrences.nearestWithin(occurrences, first.start(), last.unitEnd(),
                EntityType.DATASET, DATASET_REACH, baselineDataset);
        if (sharedDataset == null && !respectively) {
            sharedDataset = Occurrences.soleDatasetBefore(occurrences, sentence, first.start(), baselineDataset);
        }
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
        return new Attributes(subject, baseline, datasets, sharedDataset, respectively);
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
        // "For example, the mDeBERTa Base achieves": a preposition does not govern a name across a comma.
        before = before.substring(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
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
}
