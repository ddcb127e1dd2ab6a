package org.papergraph.extract;

import static org.papergraph.extract.WordPredicates.AND_OR;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.Sentence;

/**
 * "in the number of steps, total compute, and wall-clock time": short noun phrases listed with a measure
 * are measures too. Immutable and thread-safe.
 */
final class MeasureListCandidates implements CandidateSource {
    private final EntityPatterns patterns;

    MeasureListCandidates(EntityPatterns patterns) {
        this.patterns = patterns;
    }

    /**
     * A phrase listed with a measure ("consumes fewer GPU footprints, training time, and parameter storage
     * space") is a measure too. Only lists of three or more count: "A and B" is as often two clauses
     * ("reduces communication costs and bypasses checkpoint I/O"). An item is a short noun phrase; one cut
     * off by "of" ("the number of steps") is listed but left alone, as its words do not name the measure.
     */
    @Override
    public void propose(AbstractText doc, Context ctx, List<Candidate> out) {
        List<Candidate> measures = out.stream().filter(c -> c.type() == EntityType.METRIC && c.start() >= 0).toList();
        if (measures.isEmpty()) return;
        for (Sentence sentence : doc.sentences) {
            List<int[]> seeds = new ArrayList<>();
            List<Word> words = doc.words(sentence);
            for (Candidate c : measures) {
                int first = -1, last = -1;
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i).start() >= c.start() && words.get(i).end() <= c.end()) {
                        if (first < 0) first = i;
                        last = i;
                    }
                }
                if (first >= 0) seeds.add(new int[] {first, last});
            }
            if (seeds.isEmpty()) continue;
            words = doc.taggedWords(sentence);
            for (int[] seed : seeds) {
                ListedItems listed = new ListedItems();
                listedAfter(words, seed[1], listed);
                listedBefore(words, seed[0], listed);
                if (!listed.coordinated || listed.named.size() + listed.unnamed < 2) continue;
                for (int[] item : listed.named) {
                    Word last = words.get(item[1]);
                    // "computational and memory costs": an item ending in an adjective leaves its noun to the next one
                    if (!last.tag().startsWith("NN")) continue;
                    int start = words.get(item[0]).start();
                    String surface = doc.text.substring(start, last.end());
                    Candidate measure = new Candidate(start, last.end(), surface, EntityType.METRIC, surface, null, null, Candidate.HEAD_NOUN, false);
                    if (!patterns.isGeneric(surface) && out.stream().noneMatch(measure::overlaps)) out.add(measure);
                }
            }
        }
    }

    /** The other items of a list around a seed: word ranges, items that name nothing themselves, an "and"/"or" seen. */
    private static final class ListedItems {
        final List<int[]> named = new ArrayList<>();
        int unnamed;
        boolean coordinated;
    }

    /** ", B", ", and B", " and B" after word {@code last}; the item after "and" ends the list. */
    private void listedAfter(List<Word> words, int last, ListedItems listed) {
        int b = last;
        while (b + 1 < words.size()) {
            int next = b + 1;
            boolean andOr = AND_OR.contains(words.get(next).lower());
            if (andOr) next++;
            if (!(words.get(b).after() == ',' || andOr) || next >= words.size()) return;
            int end = next;
            while (end + 1 < words.size() && end - next < 2 && !words.get(end).endsPhrase()
                    && !AND_OR.contains(words.get(end + 1).lower()) && isListItemWord(words.get(end + 1))) {
                end++;
            }
            if (!isListItemWord(words.get(next)) || !isListItemWord(words.get(end))) return;
            if (end + 1 < words.size() && !words.get(end).endsPhrase() && !AND_OR.contains(words.get(end + 1).lower())
                    && !patterns.functionWords.contains(words.get(end + 1).lower())) {
                return; // the phrase goes on beyond three words: no short item
            }
            listed.named.add(new int[] {next, end});
            listed.coordinated |= andOr;
            if (andOr) return;
            b = end;
        }
    }

    /** "A, ", "A and ", "A, and " before word {@code first}, walking left while commas go on. */
    private void listedBefore(List<Word> words, int first, ListedItems listed) {
        int a = first;
        while (a > 0) {
            int prevEnd = a - 1;
            boolean andOr = AND_OR.contains(words.get(prevEnd).lower());
            if (andOr) prevEnd--;
            if (prevEnd < 0) return;
            if (words.get(prevEnd).after() != ',' && (!andOr || words.get(prevEnd).endsPhrase())) return;
            int start = prevEnd;
            while (start > 0 && prevEnd - start < 2 && !words.get(start - 1).endsPhrase() && isListItemWord(words.get(start - 1))) {
                start--;
            }
            while (start < prevEnd && patterns.vagueModifiers.contains(words.get(start).lower())) start++;
            if (!isListItemWord(words.get(start)) || !isListItemWord(words.get(prevEnd))) return;
            if (start > 0 && words.get(start - 1).lower().equals("of")) {
                listed.unnamed++;
                return;
            }
            if (start > 0 && !words.get(start - 1).endsPhrase() && isListItemWord(words.get(start - 1))
                    && !patterns.vagueModifiers.contains(words.get(start - 1).lower())) {
                return; // a phrase longer than three words
            }
            listed.named.add(new int[] {start, prevEnd});
            listed.coordinated |= andOr;
            a = start;
        }
    }

    /** A word that may be part of a short noun phrase listed with others: no verb, function word or number. */
    private boolean isListItemWord(Word w) {
        if (!Character.isLetter(w.text().charAt(0))) return false;
        String lower = w.lower();
        if (patterns.functionWords.contains(lower) || patterns.commonVerbs.contains(lower) || patterns.isVerbOfProposal(lower)
                || patterns.measureCues.contains(lower) || AND_OR.contains(lower)) {
            return false;
        }
        String tag = w.tag();
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("FW") || lower.contains("-");
    }
}
