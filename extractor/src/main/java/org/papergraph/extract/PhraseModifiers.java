package org.papergraph.extract;

import static org.papergraph.extract.WordPredicates.upperCount;

import java.util.List;
import java.util.Set;
import org.papergraph.model.EntityType;

/**
 * Which words before a head word belong to a phrase it heads, and which of them belong to a name: the
 * tests the head-noun walk makes on each word. Immutable and thread-safe.
 */
final class PhraseModifiers {
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "be", "been", "being", "is", "are", "was", "were");

    private final Lexicon lexicon;
    private final EntityPatterns patterns;
    private final WordPredicates predicates;

    PhraseModifiers(Lexicon lexicon, EntityPatterns patterns, WordPredicates predicates) {
        this.lexicon = lexicon;
        this.patterns = patterns;
        this.predicates = predicates;
    }

    /** A word that can stand before a head inside one noun phrase. */
    boolean isModifier(Word w) {
        if (w.endsPhrase() || w.after() == ')' || !Character.isLetterOrDigit(w.text().charAt(0)) || w.text().contains("/")) return false;
        String lower = w.lower();
        if (patterns.functionWords.contains(lower) || patterns.commonVerbs.contains(lower) || patterns.isVerbOfProposal(lower)) return false;
        String tag = w.tag();
        boolean verbTag = tag.startsWith("VB") || tag.equals("MD") || tag.equals("RB") || tag.equals("IN") || tag.equals("CC")
                || tag.equals("DT") || tag.equals("PRP") || tag.equals("WDT") || tag.equals("TO");
        return !verbTag || lower.contains("-") || lower.endsWith("ing") || lower.endsWith("ed") || lower.endsWith("al");
    }

    /**
     * "have empirically analyzed in-context learning", "is trained": a participle after an auxiliary or an
     * adverb is the sentence's verb, not a modifier like "masked" in "masked language modeling".
     */
    static boolean isVerbAfterAuxiliary(List<Word> words, int at) {
        if (at == 0 || !words.get(at).lower().endsWith("ed")) return false;
        Word before = words.get(at - 1);
        return AUXILIARIES.contains(before.lower()) || before.tag().equals("RB") && before.lower().endsWith("ly");
    }

    /**
     * "RGB-D pre-training", "FLAN instruction tuning": a name before a method head is part of the method's
     * name, unless it is a known model or dataset ("GPT-2 pretraining" is pretraining of GPT-2), a number,
     * or a generic word.
     */
    boolean keepsNameModifier(String word) {
        if (!predicates.isNameLike(word) || patterns.isGeneric(word) || Character.isDigit(word.charAt(0))) return false;
        Concept known = lexicon.lookupAnyType(word);
        return known == null || (known.type() != EntityType.MODEL && known.type() != EntityType.DATASET);
    }

    /**
     * Words in front of a phrase that are not part of a name: vague or evaluative adjectives ("novel",
     * "lower"), participles ("performing"), numbers, and names of datasets or models ("ImageNet" in
     * "ImageNet classification", which are entities of their own).
     */
    boolean isDroppedModifier(Word w) {
        String lower = w.lower();
        String tag = w.tag();
        int dash = lower.lastIndexOf('-');
        if (dash > 0 && patterns.adjectiveSuffixes.contains(lower.substring(dash + 1))) {
            boolean namesAKind = patterns.kindSuffixes.contains(lower.substring(dash + 1))
                    && w.text().substring(1, dash).chars().allMatch(Character::isLowerCase);
            return !namesAKind; // "task-specific", "CNN-based"; but "gradient-based optimization"
        }
        return patterns.vagueModifiers.contains(lower) || tag.equals("JJR") || tag.equals("JJS")
                || (lower.endsWith("ing") && !lower.contains("-") && tag.startsWith("VB"))
                || WordPredicates.startsWithNumber(w)
                || (predicates.isNameLike(w.text()) && upperCount(w.text()) >= 2)
                || patterns.nonEntities.contains(w.text()); // "RGB pre-training", "GPU memory"
    }
}
