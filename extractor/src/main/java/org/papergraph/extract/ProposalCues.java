package org.papergraph.extract;

import java.util.List;
import java.util.Set;
import org.papergraph.nlp.Sentence;

/** Whether the authors, or the system they propose, are what introduces a name. Immutable and thread-safe. */
final class ProposalCues {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("we", "this paper", "this work", "this study", "the paper");

    private final EntityPatterns patterns;
    private final WordPredicates predicates;

    ProposalCues(EntityPatterns patterns, WordPredicates predicates) {
        this.patterns = patterns;
        this.predicates = predicates;
    }

    /** The offset lies in the object of an authors' proposal verb ("we propose …") in its sentence. */
    boolean inProposal(AbstractText doc, int offset) {
        for (Sentence sentence : doc.sentences) {
            if (offset < sentence.start() || offset >= sentence.end()) continue;
            List<Word> words = doc.words(sentence);
            for (int k = 0; k < words.size(); k++) {
                Word w = words.get(k);
                if (w.start() >= offset) break;
                if (patterns.isVerbOfProposal(w.lower()) && hasAuthorSubject(words, k)) return true;
            }
        }
        return false;
    }

    /** "We (further) propose", "this paper presents": the authors are the subject of the verb. */
    boolean hasAuthorSubject(List<Word> words, int verb) {
        int i = verb - 1;
        while (i >= 0 && (patterns.subjectAdverbs.contains(words.get(i).lower()) || words.get(i).lower().endsWith("ly"))) i--;
        if (i < 0) return false;
        String w = words.get(i).lower();
        if (w.equals("we")) return true;
        if (i >= 1 && SUBJECT_PRONOUNS.contains(words.get(i - 1).lower() + " " + w)) return true;
        // "RAIL introduces …", "our framework introduces …": the proposed system speaks for the authors.
        boolean thirdPerson = words.get(verb).lower().endsWith("s");
        return thirdPerson && (predicates.isNameLike(words.get(i).text()) || i >= 1 && words.get(i - 1).lower().equals("our"));
    }
}
