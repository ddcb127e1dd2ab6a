package org.papergraph.extract;

import static org.papergraph.extract.WordPredicates.ARTICLES;
import static org.papergraph.extract.WordPredicates.SIZED_NAME;
import static org.papergraph.extract.WordPredicates.isCapitalizedName;
import static org.papergraph.extract.WordPredicates.isPluralAcronym;

import java.util.List;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.Sentence;

/**
 * Names typed by a container head word beside them: "the ZetaQA benchmark", "the Natural Instructions
 * dataset", "a new biomedical LM (BIOptimus)", the appositive "BigCodeBench, a coding benchmark", what
 * results are compared with ("an improvement over XLM-R Base"), and, sentence by sentence, the items of
 * lists a plural head introduces ({@link IntroducedListCandidates}). Immutable and thread-safe.
 */
final class ContainerCandidates implements CandidateSource {
    private final EntityPatterns patterns;
    private final WordPredicates predicates;
    private final IntroducedListCandidates lists;

    ContainerCandidates(EntityPatterns patterns, WordPredicates predicates) {
        this.patterns = patterns;
        this.predicates = predicates;
        this.lists = new IntroducedListCandidates(patterns, predicates);
    }

    @Override
    public void propose(AbstractText doc, Context ctx, List<Candidate> out) {
        String text = doc.text;
        for (Sentence sentence : doc.sentences) {
            List<Word> words = doc.words(sentence);
            lists.propose(text, words, out);
            appositives(text, words, out);
            for (int i = 1; i < words.size(); i++) {
                // "Feed-Forward Network (FFN)", "Large Vision-Language Models (LVLMs)": words spelled out by an
                // acronym after the head are a long form, not a name typed by the head.
                boolean spelledOut = i + 1 < words.size() && words.get(i + 1).before() == '('
                        && AcronymFinder.looksLikeAcronym(words.get(i + 1).text());
                EntityType named = spelledOut ? null : patterns.containerHeads.get(words.get(i).lower());
                if (named != null && named != EntityType.METRIC) capitalizedNameBefore(text, words, i, named, out);
                EntityType type = named;
                Word name = words.get(i - 1);
                if (type != null && !name.endsPhrase() && predicates.isNameLike(name.text())) {
                    out.add(new Candidate(name.start(), name.end(), name.text(), type, name.text(), null, null, Candidate.PATTERN, false));
                }
                EntityType before = patterns.containerHeads.get(words.get(i - 1).lower());
                Word after = words.get(i);
                if (before != null && words.get(i - 1).after() == ' ' && after.before() != '(' && predicates.isNameLike(after.text())
                        && !isPluralAcronym(after.text())) {
                    out.add(new Candidate(after.start(), after.end(), after.text(), before, after.text(), null, null, Candidate.PATTERN, false));
                }
                if (before != null && after.before() == '(' && after.after() == ')' && predicates.isNameLike(after.text())
                        && !isPluralAcronym(after.text()) && !spelledBefore(text, words, i, after.text())) {
                    // "a new biomedical LM (BIOptimus)": a name in parentheses after a head is what the head says.
                    out.add(new Candidate(after.start(), after.end(), after.text(), before, after.text(), null, null, Candidate.PATTERN, false));
                }
                if (patterns.comparedWith.contains(words.get(i - 1).lower()) && predicates.isNameLike(after.text())) {
                    // "an improvement over XLM-R Base": what results are compared with is a method or model.
                    int end = WordPredicates.modelSizeEnd(text, after.end(), 30);
                    boolean sized = end != after.end();
                    String surface = text.substring(after.start(), end);
                    out.add(new Candidate(after.start(), end, surface, sized || SIZED_NAME.matcher(surface).matches() ? EntityType.MODEL : null,
                            surface, null, null, Candidate.HEAD_NOUN, false));
                }
            }
        }
    }

    /** "BigCodeBench, a coding benchmark focusing on …": a name is what its appositive's head says it is. */
    private void appositives(String text, List<Word> words, List<Candidate> out) {
        for (int i = 0; i + 2 < words.size(); i++) {
            Word name = words.get(i);
            if (name.after() != ',' || !predicates.isNameLike(name.text()) || !ARTICLES.contains(words.get(i + 1).lower())) continue;
            EntityType type = null;
            for (int k = i + 2; k < Math.min(words.size(), i + 8); k++) {
                EntityType t = patterns.containerHeads.get(words.get(k).lower());
                if (t != null) type = t;
                // "X, a newly curated, manually labeled dataset": commas may separate the head's adjectives.
                boolean listOfAdjectives = words.get(k).after() == ',' && type == null;
                if (words.get(k).endsPhrase() && !listOfAdjectives || patterns.functionWords.contains(words.get(k).lower()) && type != null) break;
            }
            if (type != null && type != EntityType.METRIC) {
                out.add(new Candidate(name.start(), name.end(), name.text(), type, name.text(), null, null, Candidate.PATTERN, false));
            }
        }
    }

    /** Whether the words before index {@code at} spell {@code name} as an acronym: then it is a definition. */
    private static boolean spelledBefore(String text, List<Word> words, int at, String name) {
        for (int k = at - 1; k >= Math.max(0, at - 6); k--) {
            if (AcronymFinder.spells(text.substring(words.get(k).start(), words.get(at - 1).end()), name)) return true;
        }
        return false;
    }

    /** "the Natural Instructions dataset": capitalized words right before a container head name one thing. */
    private void capitalizedNameBefore(String text, List<Word> words, int head, EntityType type, List<Candidate> out) {
        int first = head;
        while (first > 0 && head - first < 4 && !words.get(first - 1).endsPhrase()
                && (Character.isUpperCase(words.get(first - 1).text().charAt(0)) || predicates.isNameLike(words.get(first - 1).text()))) {
            first--;
        }
        // "Our DyLoRA", "The Learngene": a capitalized article or pronoun is no part of the name.
        while (first < head && (patterns.functionWords.contains(words.get(first).lower()) || patterns.vagueModifiers.contains(words.get(first).lower()))) {
            first++;
        }
        if (first == head) return;
        boolean sentenceStart = first == 0;
        if (sentenceStart && !predicates.isNameLike(words.get(first).text())) return;
        if (first > 0 && !ARTICLES.contains(words.get(first - 1).lower()) && !patterns.functionWords.contains(words.get(first - 1).lower())) return;
        String surface = text.substring(words.get(first).start(), words.get(head - 1).end());
        if (head - first == 1 && !predicates.isNameLike(surface) && !isCapitalizedName(words.get(first))) return;
        if (patterns.isGeneric(surface + " " + words.get(head).lower()) || words.get(head).after() == ' ' && head + 1 < words.size()
                && words.get(head + 1).before() == '(') {
            return;
        }
        // "the COVID CT Classification Grand Challenge": a capitalized head is the last word of the name
        if (patterns.isGeneric(surface)) return; // "a Transformer Encoder"
        int last = Character.isUpperCase(words.get(head).text().charAt(0)) && first > 0 ? head : head - 1;
        surface = text.substring(words.get(first).start(), words.get(last).end());
        out.add(new Candidate(words.get(first).start(), words.get(last).end(), surface, type, surface, null, null, Candidate.PATTERN, false));
    }
}
