package org.papergraph.extract;

import java.util.List;
import java.util.Locale;

/**
 * The name before a title's colon ("GARF: Learning …") is what the paper introduces; it is found where
 * the abstract uses it, or stands for the title alone. Immutable and thread-safe.
 */
final class TitleNameCandidates implements CandidateSource {
    private final EntityPatterns patterns;
    private final WordPredicates predicates;

    TitleNameCandidates(EntityPatterns patterns, WordPredicates predicates) {
        this.patterns = patterns;
        this.predicates = predicates;
    }

    /** "GARF: Learning …" — the name before a title's colon is what the paper introduces. */
    @Override
    public void propose(AbstractText doc, Context ctx, List<Candidate> out) {
        String title = doc.title;
        String text = doc.text;
        int colon = title.indexOf(':');
        if (colon <= 0) return;
        String name = title.substring(0, colon).strip();
        int at = Names.indexOfWord(text, name, 0);
        String firstWord = name.split("\\s+")[0].toLowerCase(Locale.ROOT);
        boolean named = !patterns.functionWords.contains(firstWord)
                && (predicates.isNameLike(name.replace(" ", "")) || (at > 0 && Character.isUpperCase(name.charAt(0)) && !name.contains(" ")));
        if (name.split("\\s+").length > 3 || !named) return;
        // "Stacking Your Transformers", "Beyond Cosine Decay": a catchy phrase heads a title too; a name of
        // several words is one the abstract goes on to use.
        if (name.contains(" ") && at < 0) return;
        out.add(new Candidate(at, at < 0 ? -1 : at + name.length(), name, null, name, null, null, Candidate.PROPOSAL, true));
    }
}
