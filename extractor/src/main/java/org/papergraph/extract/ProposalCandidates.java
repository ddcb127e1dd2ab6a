package org.papergraph.extract;

import static org.papergraph.extract.WordPredicates.AND_OR;
import static org.papergraph.extract.WordPredicates.ARTICLES;
import static org.papergraph.extract.WordPredicates.SIZED_NAME;
import static org.papergraph.extract.WordPredicates.isCapitalizedName;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.Sentence;

/**
 * Names the authors introduce: the object of "we propose …" ("we propose X and Y", "we introduce
 * one-step preassembly"), and a name after a naming cue ("a method termed SWS"), typed by the head word
 * around it ("X, a … framework"). Immutable and thread-safe.
 */
final class ProposalCandidates implements CandidateSource {
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "as", "well", "a", "an", "the");

    private final EntityPatterns patterns;
    private final WordPredicates predicates;
    private final ProposalCues cues;

    ProposalCandidates(EntityPatterns patterns, WordPredicates predicates, ProposalCues cues) {
        this.patterns = patterns;
        this.predicates = predicates;
        this.cues = cues;
    }

    @Override
    public void propose(AbstractText doc, Context ctx, List<Candidate> out) {
        String text = doc.text;
        for (Sentence sentence : doc.sentences) {
            List<Word> words = doc.words(sentence);
            for (int k = 0; k < words.size(); k++) {
                if (isNamingCue(words, k) && k + 1 < words.size()) {
                    // "an approach termed SWS", "a method named Ethicist": naming something is introducing it.
                    if (k + 2 < words.size() && words.get(k + 1).lower().equals("as")) k++; // "named as I2P-MAE"
                    Word name = words.get(k + 1);
                    if (predicates.isNameLike(name.text()) || isCapitalizedName(name)) {
                        int last = titleCaseRunEnd(words, k + 1, words.size(), 5);
                        String surface = text.substring(name.start(), words.get(last).end());
                        EntityType type = typeAround(words, Math.max(0, k - 4), last, words.size());
                        out.add(new Candidate(name.start(), words.get(last).end(), surface, type, surface, null, null, Candidate.PROPOSAL, true));
                        describedName(text, words, k, surface, ctx.aliases);
                    }
                }
                if (!patterns.isVerbOfProposal(words.get(k).lower()) || !cues.hasAuthorSubject(words, k)) continue;
                proposalObject(text, words, k + 1, out);
            }
        }
    }

    /**
     * "a novel geometric-aware pretraining framework called GAPretrain": when the words before the
     * container head spell the name, they are its long form.
     */
    private void describedName(String text, List<Word> words, int cue, String name, Map<String, String> aliases) {
        int head = cue - 1;
        if (head < 1 || !patterns.containerHeads.containsKey(words.get(head).lower())) return;
        int first = head;
        while (first > 0 && head - first < 5 && !words.get(first - 1).endsPhrase()
                && !patterns.functionWords.contains(words.get(first - 1).lower()) && !patterns.vagueModifiers.contains(words.get(first - 1).lower())) {
            first--;
        }
        if (first == head) return;
        String longForm = text.substring(words.get(first).start(), words.get(head - 1).end());
        if (AcronymFinder.spells(longForm, name)) {
            aliases.put(Names.looseKey(name), longForm);
            aliases.put(Names.looseKey(longForm), longForm);
        }
    }

    /** "called", "termed", … but not "so-called", which refers to something known. */
    private boolean isNamingCue(List<Word> words, int k) {
        return patterns.nameCues.contains(words.get(k).lower()) && !(k > 0 && words.get(k - 1).lower().equals("so"));
    }

    /** The head word's type, else MODEL for a name ending in a size ("StarCoder2-3B"), else unknown. */
    private static EntityType typeOrSized(EntityType headType, String name) {
        if (headType != null) return headType;
        return SIZED_NAME.matcher(name).matches() ? EntityType.MODEL : null;
    }

    private void proposalObject(String text, List<Word> words, int from, List<Candidate> out) {
        int limit = Math.min(words.size(), from + 16);
        for (int i = from; i < limit; i++) {
            Word w = words.get(i);
            if (patterns.clauseStarts.contains(w.lower())) break; // what the clause names is used, not introduced
            boolean cued = i > from && patterns.nameCues.contains(words.get(i - 1).lower());
            if (predicates.isNameLike(w.text()) || (cued && Character.isUpperCase(w.text().charAt(0)))
                    || (i == from && isCapitalizedName(w))) {
                // "LLM-embedded Semantic Encoding", "a 2D-guided masking strategy": a hyphenated modifier starts
                // a name; alone it names nothing.
                boolean modifier = predicates.isNameLike(w.text()) && endsInLowercasePart(w.text());
                int last = predicates.isNameLike(w.text()) && !modifier ? i : titleCaseRunEnd(words, i, limit, 6);
                if (modifier && last == i) last = wordBeforeContainerHead(words, i, limit);
                if (modifier && last == i) continue;
                String surface = text.substring(w.start(), words.get(last).end());
                EntityType type = typeOrSized(typeAround(words, from, last, limit), w.text());
                out.add(new Candidate(w.start(), words.get(last).end(), surface, type, surface, null, null, Candidate.PROPOSAL, true));
                moreProposedNames(words, i + 1, out);
                return;
            }
            boolean appositive = w.after() == ',' && patterns.containerHeads.containsKey(w.lower()) && i + 1 < limit
                    && predicates.isNameLike(words.get(i + 1).text());
            if (w.endsPhrase() && i > from + 1 && !appositive) break;
        }
        unnamedProposal(words, from, out);
    }

    /** "we propose X and Y", "X, Y, as well as Z": further names listed in the same proposal. */
    private void moreProposedNames(List<Word> words, int from, List<Candidate> out) {
        for (int i = from; i < Math.min(words.size(), from + 20); i++) {
            Word w = words.get(i);
            if (w.after() == ';' || w.after() == '.') return;
            // The list ends where a clause goes on: "… X to improve generalization on ID and OOD tasks".
            if (patterns.functionWords.contains(w.lower()) && !LIST_WORDS.contains(w.lower())) return;
            boolean listed = i > 0 && (words.get(i - 1).after() == ',' || AND_OR.contains(words.get(i - 1).lower())
                    || ARTICLES.contains(words.get(i - 1).lower()) && i > 1 && AND_OR.contains(words.get(i - 2).lower()));
            if (listed && predicates.isNameLike(w.text()) && w.before() != '(') {
                EntityType type = typeOrSized(typeAround(words, from, i, words.size()), w.text());
                out.add(new Candidate(w.start(), w.end(), w.text(), type, w.text(), null, null, Candidate.PROPOSAL, true));
            }
        }
    }

    /**
     * "we introduce one-step preassembly, …": a short object phrase with no article that looks like the
     * name of a technique (hyphenated, or ending in a nominalization) is a proposed METHOD.
     */
    private void unnamedProposal(List<Word> words, int from, List<Candidate> out) {
        if (from >= words.size()) return;
        int end = from;
        while (end < words.size() && end - from < 4) {
            Word w = words.get(end);
            if (patterns.phraseStops.contains(w.lower()) || !Character.isLetter(w.text().charAt(0))) break;
            end++;
            if (w.endsPhrase()) break;
        }
        if (end == from || patterns.phraseStops.contains(words.get(from).lower())
                || patterns.vagueModifiers.contains(words.get(from).lower())) {
            return;
        }
        Word first = words.get(from);
        Word last = words.get(end - 1);
        String phrase = first.text().equals(last.text()) ? first.text()
                : words.get(from).text() + words.subList(from + 1, end).stream().map(w -> " " + w.text()).reduce("", String::concat);
        String head = last.lower();
        // "a … pre-training dataset", "a … framework": a description of what is proposed, not its name.
        if (patterns.containerHeads.containsKey(head)) return;
        boolean techniqueLike = phrase.contains("-") || head.endsWith("ing") || head.endsWith("tion") || head.endsWith("ment")
                || head.endsWith("sal") || head.endsWith("ization") || patterns.namingHeadType(head) == EntityType.METHOD;
        if (!techniqueLike || patterns.isGeneric(phrase) || Character.isUpperCase(first.text().charAt(0)) && end - from == 1) return;
        out.add(new Candidate(first.start(), last.end(), phrase, EntityType.METHOD, phrase, null, null, Candidate.PATTERN, true));
    }

    /** "2D-guided", "LLM-embedded": the last part after a hyphen is a lowercase word. */
    private static boolean endsInLowercasePart(String word) {
        int dash = word.lastIndexOf('-');
        return dash > 0 && dash + 1 < word.length() && word.substring(dash + 1).chars().allMatch(Character::isLowerCase);
    }

    /** "2D-guided masking strategy": the index of the last lowercase word before a container head, else {@code first}. */
    private int wordBeforeContainerHead(List<Word> words, int first, int limit) {
        for (int j = first + 1; j < Math.min(limit, first + 4); j++) {
            Word w = words.get(j);
            if (patterns.containerHeads.containsKey(w.lower())) return j > first + 1 ? j - 1 : first;
            if (words.get(j - 1).endsPhrase() || !w.text().chars().allMatch(Character::isLowerCase)
                    || patterns.functionWords.contains(w.lower())) {
                return first;
            }
        }
        return first;
    }

    /**
     * "we propose Dynamic Rank-Selective Low Rank Adaptation (LoRA)": a name in Title Case goes on over
     * capitalized words (at most {@code moreWords} after the first) up to a parenthesis or the end of the
     * phrase; the index of its last word.
     */
    private static int titleCaseRunEnd(List<Word> words, int first, int limit, int moreWords) {
        int last = first;
        while (last + 1 < limit && last - first < moreWords && !words.get(last).endsPhrase() && words.get(last + 1).before() != '('
                && Character.isUpperCase(words.get(last + 1).text().charAt(0))) {
            last++;
        }
        return last;
    }

    /**
     * The type a head word gives a proposed name: right after it ("X framework"), in its appositive
     * ("X, a … framework", "X: a … method"), or right before it ("a new language model, X").
     */
    private EntityType typeAround(List<Word> words, int from, int name, int limit) {
        Word named = words.get(name);
        if (name + 1 < words.size()) {
            EntityType next = patterns.containerHeads.get(words.get(name + 1).lower());
            if (next != null && !named.endsPhrase()) return next;
        }
        if ((named.after() == ',' || named.after() == ':') && name + 1 < words.size()
                && ARTICLES.contains(words.get(name + 1).lower())) {
            EntityType last = null;
            for (int i = name + 2; i < Math.min(words.size(), name + 10); i++) {
                EntityType t = patterns.containerHeads.get(words.get(i).lower());
                if (t != null) last = t;
                if (words.get(i).endsPhrase() || patterns.functionWords.contains(words.get(i).lower()) && last != null) break;
            }
            if (last != null) return last;
        }
        if (name > from) {
            Word previous = words.get(name - 1);
            EntityType t = patterns.containerHeads.get(previous.lower());
            if (t != null && (previous.after() == ',' || previous.after() == ' ')) return t;
        }
        return null; // untyped here: the vocabulary or other mentions decide, else METHOD
    }
}
