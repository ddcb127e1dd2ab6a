package org.papergraph.extract;

import static org.papergraph.extract.WordPredicates.isPluralAcronym;
import static org.papergraph.extract.WordPredicates.singular;
import static org.papergraph.extract.WordPredicates.singularAcronym;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.papergraph.model.EntityType;

/**
 * Acronyms the abstract defines ("Long Form (LF)", "LF (Long Form)", "…, or LF for short"): one candidate
 * over both forms, typed by the vocabulary or the long form's head word, and both forms as aliases of one
 * canonical name. Immutable and thread-safe.
 */
final class AcronymCandidates implements CandidateSource {
    private final AcronymFinder finder = new AcronymFinder();
    private final Lexicon lexicon;
    private final EntityPatterns patterns;
    private final ProposalCues cues;

    AcronymCandidates(Lexicon lexicon, EntityPatterns patterns, ProposalCues cues) {
        this.lexicon = lexicon;
        this.patterns = patterns;
        this.cues = cues;
    }

    /**
     * Definitions of acronyms; the context's class acronyms get those defined as a class of things ("tiny
     * language models (TLMs)"), which name no entity wherever else they stand ("a deep TLM architecture").
     */
    @Override
    public void propose(AbstractText doc, Context ctx, List<Candidate> out) {
        String text = doc.text;
        for (AcronymFinder.Definition d : finder.find(text)) {
            String longForm = trimVague(d.longForm());
            if (longForm.isEmpty() || patterns.isGeneric(longForm) || patterns.isGeneric(d.shortForm())
                    || patterns.nonEntities.contains(d.shortForm())) {
                continue;
            }
            Concept known = lexicon.lookupAnyType(d.shortForm());
            Concept knownLong = lexicon.lookupAnyType(longForm);
            if (known == null && knownLong == null && (isPluralAcronym(d.shortForm()) || endsGeneric(longForm))) {
                // "Stock Specialized Pre-trained Transformer (SSPT)" is still a name; "tiny language models" a class.
                if (endsGeneric(longForm) && !isTitleCase(longForm)) ctx.classAcronyms.add(singularAcronym(d.shortForm()));
                continue;
            }
            if (knownLong != null && !knownLong.standalone()) continue; // "Convolutional Neural Networks (CNNs)": a class, as its long form
            // The abstract's own definition wins: "Skeleton Sequence Learning (SSL)" is not self-supervised
            // learning, though "SSL" usually is. A known short form counts only when the long forms agree.
            Concept knownShort = known;
            if (known != null && knownLong == null) known = null;
            EntityType type = knownLong != null ? knownLong.type() : typeOfPhrase(longForm);
            // "low-rank adapters (LoRA)": a known short form keeps its type under the abstract's own long form.
            if (type == null && knownShort != null && knownLong == null) type = knownShort.type();
            boolean proposed = known == null && knownLong == null && cues.inProposal(doc, d.longStart());
            if (known == null && knownLong == null && (type == null || (proposed && type == EntityType.TASK))) {
                // A named technique: capitalized words ("Maximum Likelihood Estimation") or a proposal.
                if (!proposed && !isTitleCase(longForm)) continue;
                type = EntityType.METHOD;
            }
            String canonical = knownLong != null ? knownLong.prefLabel() : longForm;
            String iri = knownLong != null ? knownLong.iri() : null;
            int longStart = d.longEnd() - longForm.length();
            // The candidate covers both forms and the parenthesis: "Long Form (LF)" or "LF (Long Form)".
            int start = Math.min(longStart, d.shortStart());
            int end = Math.min(text.length(), Math.max(d.shortEnd(), d.longEnd()) + 1);
            out.add(new Candidate(start, end, d.shortForm(), type, canonical, iri, null, Candidate.ACRONYM, proposed));
            ctx.aliases.put(Names.looseKey(d.shortForm()), canonical);
            ctx.aliases.put(Names.looseKey(longForm), canonical);
        }
    }

    /** "Multimodal Large Language Model": a long form that only qualifies a generic class. */
    private boolean endsGeneric(String longForm) {
        String[] words = longForm.toLowerCase(Locale.ROOT).split("\\s+");
        for (int k = 1; k < words.length; k++) {
            if (patterns.isGeneric(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)))) return true;
        }
        return false;
    }

    private static boolean isTitleCase(String phrase) {
        int capitalized = 0;
        String[] words = phrase.split("[\\s-]+");
        for (String w : words) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) capitalized++;
        return capitalized >= 2 && capitalized * 2 > words.length;
    }

    /** The type a phrase's last word gives it, or null when it says nothing. */
    private EntityType typeOfPhrase(String phrase) {
        String head = phrase.toLowerCase(Locale.ROOT).split(" (?:for|of|with|via|in|on|from|to|using) ")[0];
        String[] words = head.split("[\\s]+");
        String last = words[words.length - 1];
        String lastPart = last.contains("-") ? last.substring(last.lastIndexOf('-') + 1) : last;
        EntityType type = patterns.namingHeadType(last);
        if (type == null) type = patterns.namingHeadType(lastPart);
        if (type == null) type = patterns.containerHeads.get(last);
        if (type == null) type = patterns.containerHeads.get(singular(last));
        return type;
    }

    /** "novel Sparse Widget Learning" → "Sparse Widget Learning": vague words before a long form are no part of it. */
    private String trimVague(String phrase) {
        String[] words = phrase.split("\\s+");
        int i = 0;
        while (i < words.length - 1 && patterns.vagueModifiers.contains(words[i].toLowerCase(Locale.ROOT))) i++;
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    /**
     * "P2P: Tuning … with Point-to-Pixel Prompting": a name from the title that the abstract spells out
     * elsewhere is that long form's short form.
     */
    static void titleAcronymAliases(List<Candidate> candidates, Map<String, String> aliases) {
        for (Candidate name : candidates) {
            if (name.priority() != Candidate.PROPOSAL || name.type() != null || name.text().contains(" ")) continue;
            for (Candidate longForm : candidates) {
                if (longForm == name || !longForm.text().contains(" ") || longForm.priority() == Candidate.LEXICON) continue;
                if (AcronymFinder.spells(longForm.text(), name.text())) {
                    aliases.putIfAbsent(Names.looseKey(name.text()), longForm.canonical());
                    aliases.putIfAbsent(Names.looseKey(longForm.text()), longForm.canonical());
                    break;
                }
            }
        }
    }
}
