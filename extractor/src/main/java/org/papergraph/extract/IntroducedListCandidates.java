package org.papergraph.extract;

import static org.papergraph.extract.WordPredicates.AND_OR;
import static org.papergraph.extract.WordPredicates.SIZED_NAME;
import static org.papergraph.extract.WordPredicates.opensPhrase;

import java.util.List;
import java.util.Set;
import org.papergraph.model.EntityType;

/**
 * The items of a list a plural container head introduces ("three public datasets: A, B, and C", "methods
 * such as SimCLR, MoCo and Barlow Twins"), one sentence at a time. Immutable and thread-safe.
 */
final class IntroducedListCandidates {
    private static final Set<String> LIST_INTRODUCERS = Set.of("including", "such as", "like", "namely", "e.g", "i.e");

    private final EntityPatterns patterns;
    private final WordPredicates predicates;

    IntroducedListCandidates(EntityPatterns patterns, WordPredicates predicates) {
        this.patterns = patterns;
        this.predicates = predicates;
    }

    /**
     * "three public datasets: A, B, and C", "methods such as SimCLR, MoCo and Barlow Twins": the items of
     * a list introduced by a plural container head are entities of its type.
     */
    void propose(String text, List<Word> words, List<Candidate> out) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String head = words.get(i).lower();
            if (!head.endsWith("s")) continue;
            EntityType type = patterns.containerHeads.get(head);
            if (type == null) type = patterns.listHeads.get(head);
            if (type == null || type == EntityType.METRIC) continue;
            int next = i + 1;
            if (words.get(i).after() == ':' || words.get(i).after() == '(') {
                // the list starts right after the colon or parenthesis
            } else if (LIST_INTRODUCERS.contains(words.get(next).lower())) {
                next++;
            } else if (next + 1 < words.size() && LIST_INTRODUCERS.contains(words.get(next).lower() + " " + words.get(next + 1).lower())) {
                next += 2;
            } else {
                continue;
            }
            int items = 0;
            int k = next;
            while (k < words.size() && items < 8) {
                while (k < words.size() && AND_OR.contains(words.get(k).lower())) k++;
                if (k >= words.size() || !Character.isUpperCase(words.get(k).text().charAt(0)) && !predicates.isNameLike(words.get(k).text())
                        || patterns.functionWords.contains(words.get(k).lower())) {
                    break;
                }
                int end = k;
                // "signSGD (Bernstein et al., 2018)": a citation is no part of the name
                while (end + 1 < words.size() && end - k < 3 && !words.get(end).endsPhrase() && !opensPhrase(words.get(end + 1).before())
                        && (Character.isUpperCase(words.get(end + 1).text().charAt(0)) || predicates.isNameLike(words.get(end + 1).text()))) {
                    end++;
                }
                String surface = text.substring(words.get(k).start(), words.get(end).end());
                EntityType itemType = SIZED_NAME.matcher(surface).matches() ? EntityType.MODEL : type;
                out.add(new Candidate(words.get(k).start(), words.get(end).end(), surface, itemType, surface, null, null,
                        Candidate.PATTERN, false));
                items++;
                Word last = words.get(end);
                k = end + 1;
                if (last.after() != ',' && !(k < words.size() && AND_OR.contains(words.get(k).lower()))) break;
            }
        }
    }
}
