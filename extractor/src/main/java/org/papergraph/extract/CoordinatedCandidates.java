package org.papergraph.extract;

import static org.papergraph.extract.WordPredicates.AND_OR;
import static org.papergraph.extract.WordPredicates.SIZED_NAME;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.Sentence;

/**
 * "on MMLU, FooQA and BarBench": the names of a list share a type, so a name-like item no earlier source
 * typed takes the type the typed items agree on. Immutable and thread-safe.
 */
final class CoordinatedCandidates implements CandidateSource {
    private final WordPredicates predicates;

    CoordinatedCandidates(WordPredicates predicates) {
        this.predicates = predicates;
    }

    /**
     * In a list of names ("A, B and C"), a name-like item no finder typed takes the type of a typed item,
     * when all typed items agree.
     */
    @Override
    public void propose(AbstractText doc, Context ctx, List<Candidate> out) {
        List<Candidate> typed = new ArrayList<>(out);
        for (Sentence sentence : doc.sentences) {
            List<Word> words = doc.words(sentence);
            int i = 0;
            while (i < words.size()) {
                int j = i;
                List<Word> items = new ArrayList<>();
                items.add(words.get(i));
                // An item ends in a comma, or is followed by "and"/"or".
                while (j + 1 < words.size()) {
                    Word w = words.get(j);
                    if (w.after() == ',' && j + 1 < words.size()) {
                        int next = j + 1;
                        if (next < words.size() && AND_OR.contains(words.get(next).lower())) next++;
                        if (next >= words.size()) break;
                        items.add(words.get(next));
                        j = next;
                    } else if (w.after() == ' ' && AND_OR.contains(words.get(j + 1).lower()) && j + 2 < words.size()) {
                        items.add(words.get(j + 2));
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (items.size() >= 2) typeList(items, typed, out);
                i = j + 1;
            }
        }
    }

    private void typeList(List<Word> items, List<Candidate> typed, List<Candidate> out) {
        EntityType shared = null;
        List<Word> untyped = new ArrayList<>();
        for (Word item : items) {
            Candidate c = typed.stream().filter(t -> t.start() <= item.start() && t.end() >= item.end()
                    || t.start() == item.start()).findFirst().orElse(null);
            if (c == null) {
                if (predicates.isNameLike(item.text())) untyped.add(item);
                continue;
            }
            if (c.type() == null) continue;
            if (shared != null && shared != c.type()) return;
            shared = c.type();
        }
        if (shared == null || shared == EntityType.METRIC || shared == EntityType.TASK) return;
        for (Word w : untyped) {
            EntityType type = SIZED_NAME.matcher(w.text()).matches() ? EntityType.MODEL : shared;
            out.add(new Candidate(w.start(), w.end(), w.text(), type, w.text(), null, null, Candidate.HEAD_NOUN, false));
        }
    }
}
