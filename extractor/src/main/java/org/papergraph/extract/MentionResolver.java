package org.papergraph.extract;

import org.papergraph.model.Mention;
import org.papergraph.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns candidate mentions into the entities of one abstract: drops what names nothing, resolves overlaps
 * (longest first, then most reliable), makes the first mention of a name the one that counts, merges an
 * acronym with its long form and spelling variants under one canonical name, and marks what the paper
 * introduces. Thread-safe: immutable.
 */
final class MentionResolver {
    private static final Pattern INTRODUCED = Pattern.compile("\\b(?:novel|new|our|proposed)\\s+$");
    /** "-v2", " 3.0", "-1.3B": a release or size after a name. */
    private static final Pattern VERSION_SUFFIX = Pattern.compile("(?:[- ]v?\\d[\\w.]*)+$");
    private static final Pattern TITLE_MEANS = Pattern.compile("(?i)\\b(?:via|through|with|using|by)\\b");

    private final Lexicon lexicon;
    private final EntityPatterns patterns;

    MentionResolver(Lexicon lexicon, EntityPatterns patterns) {
        this.lexicon = lexicon;
        this.patterns = patterns;
    }

    List<Mention> resolve(String title, String text, List<Candidate> candidates, Map<String, String> aliases) {
        List<Candidate> kept = resolveOverlaps(filter(candidates));
        kept = addRepeatedMentions(text, kept);
        return proposeFromContext(title, text, merge(text, kept, aliases));
    }

    /**
     * What the paper introduces besides its headline name: a name the vocabulary does not know is the paper's
     * own when the title says the proposed system works through it ("Ethicist: … Through Loss Smoothed Soft
     * Prompting"), or when it first appears in a sentence where the authors act ("we transform … with
     * geometry-preserved projection") or where the proposed system acts ("GARF leverages fracture-aware
     * pretraining").
     */
    private List<Mention> proposeFromContext(String title, String text, List<Mention> mentions) {
        List<String> proposedNames = new ArrayList<>();
        for (Mention m : mentions) if (m.proposed()) proposedNames.add(m.text());
        if (proposedNames.isEmpty()) return mentions;
        String titleMeans = titleMeans(title, proposedNames);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean own = false;
            // A sized model ("LLaMA 7B") is the family's; a variant of a known method ("MoE-Tuning") may be the paper's own.
            boolean variantOfKnown = m.broaderIri() != null && m.type() != EntityType.METHOD;
            if (!m.proposed() && m.conceptIri() == null && !variantOfKnown && m.type() != EntityType.METRIC
                    && m.type() != EntityType.TASK && m.start() >= 0) {
                own = titleMeans != null && titleMeans.contains(m.text().toLowerCase(Locale.ROOT))
                        || introducedInSentence(text, m.start(), proposedNames, m.type() == EntityType.DATASET);
            }
            out.add(own ? m.withProposed(true) : m);
        }
        return out;
    }

    /** The part of a title after "X:" that says how X works ("… via/through/with/using …"), lowercased, or null. */
    private static String titleMeans(String title, List<String> proposedNames) {
        int colon = title.indexOf(':');
        if (colon <= 0 || !proposedNames.contains(title.substring(0, colon).strip())) return null;
        Matcher m = TITLE_MEANS.matcher(title.substring(colon + 1));
        return m.find() ? title.substring(colon + 1 + m.end()).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The sentence before the offset has the authors acting and not comparing ("we transform … with X"; for
     * a dataset only "we curate/collect/release …"), or has the proposed system or "our" work as subject.
     */
    private boolean introducedInSentence(String text, int at, List<String> proposedNames, boolean dataset) {
        int stop = text.lastIndexOf(". ", at - 1);
        int start = Math.min(at, stop < 0 ? 0 : stop + 2); // the first sentence starts at 0
        String before = text.substring(start, at);
        String[] words = before.toLowerCase(Locale.ROOT).split("[\\s,;:()]+");
        for (int k = 0; k + 1 < words.length; k++) {
            if (!words[k].equals("we")) continue;
            // Read on from "we": a proposal verb introduces what follows, a cue of use ("experiments on",
            // "a variant of") hands it to somebody else, and an instrument ("via", "with") brings it back.
            boolean proposing = false;
            boolean used = false;
            for (int j = k + 1; j < words.length; j++) {
                if (patterns.isVerbOfProposal(words[j])) {
                    proposing = true;
                    used = false;
                } else if (patterns.usedCues.contains(words[j])) {
                    used = true;
                } else if (patterns.instrumentWords.contains(words[j])) {
                    used = false;
                }
            }
            if (used) continue;
            if (proposing || !dataset && !comparing(words, k + 1)) return true;
        }
        if (dataset) return false;
        if (before.startsWith("Our ") || before.startsWith("our ")) return true;
        for (String name : proposedNames) if (before.startsWith(name + " ")) return true;
        return false;
    }

    /** "we compare with", "we evaluate on", "we outperform": what follows is somebody else's. */
    private boolean comparing(String[] words, int from) {
        for (int j = from; j < words.length; j++) {
            String w = words[j];
            if (patterns.comparedWith.contains(w) || patterns.comparisonStems.stream().anyMatch(w::startsWith)) return true;
        }
        return false;
    }

    private List<Candidate> filter(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (patterns.nonEntities.contains(c.text()) || patterns.isGeneric(c.text()) || patterns.isGeneric(c.canonical())) continue;
            Concept known = c.priority() == Candidate.LEXICON ? null : lexicon.lookupAnyType(c.text());
            if (known != null && !known.standalone()) continue;
            kept.add(c);
        }
        return kept;
    }

    /** Longest first, then most reliable; a candidate that overlaps one already kept is dropped. */
    private static List<Candidate> resolveOverlaps(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Candidate c) -> c.priority() >= Candidate.ACRONYM ? 0 : 1)
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparing(Comparator.comparingInt(Candidate::priority).reversed()));
        List<Candidate> kept = new ArrayList<>();
        List<Candidate> titleOnly = new ArrayList<>();
        for (Candidate c : sorted) {
            if (c.start() < 0) {
                titleOnly.add(c);
                continue;
            }
            Candidate overlapping = kept.stream().filter(k -> k.overlaps(c)).findFirst().orElse(null);
            if (overlapping == null) {
                kept.add(c);
            } else if (c.proposed() && !overlapping.proposed()) {
                // "we propose Long Form (LF)": the proposal found the first word, the acronym the whole name.
                kept.set(kept.indexOf(overlapping), overlapping.asProposed());
            } else if (overlapping.type() == null && c.type() != null && overlapping.start() == c.start() && overlapping.end() == c.end()) {
                // "we introduce Products-2023, a … dataset": the proposal found the name, another rule its type.
                kept.set(kept.indexOf(overlapping), overlapping.withType(c.type()));
            }
        }
        kept.addAll(titleOnly);
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    /**
     * A name found once (a proposal, an acronym, a pattern) is the same entity wherever else it stands; this
     * makes its first mention the one that counts and carries its type to untyped title names.
     */
    private List<Candidate> addRepeatedMentions(String text, List<Candidate> kept) {
        List<Candidate> all = new ArrayList<>(kept);
        for (Candidate c : kept) {
            if (c.start() >= 0 && c.priority() == Candidate.HEAD_NOUN) continue;
            int at = Names.indexOfWord(text, c.text(), 0);
            if (at >= 0 && (c.start() < 0 || at < c.start())) {
                Candidate earlier = new Candidate(at, at + c.text().length(), c.text(), c.type(), c.canonical(), c.conceptIri(),
                        c.broaderIri(), c.priority(), c.proposed());
                if (all.stream().noneMatch(k -> k != c && k.overlaps(earlier) && k.length() > earlier.length())) all.add(earlier);
            }
        }
        all.sort(Comparator.comparingInt((Candidate c) -> c.start() < 0 ? Integer.MAX_VALUE : c.start()));
        return all;
    }

    /**
     * The type of a name no rule typed: GUIDELINES.md makes a proposed system a METHOD unless it is an
     * architecture or trained model, which its ending often says ("DyFraNet", "Arctic-SnowCoder-1.3B").
     */
    private EntityType typeOfNewName(String name) {
        String stem = VERSION_SUFFIX.matcher(name).replaceFirst("");
        String last = stem.substring(Math.max(stem.lastIndexOf('-'), stem.lastIndexOf(' ')) + 1);
        for (String ending : patterns.modelNameEndings) {
            if (last.endsWith(ending)) return EntityType.MODEL;
        }
        return EntityType.METHOD;
    }

    /** One mention per entity: by canonical name, an acronym and its long form together. */
    private List<Mention> merge(String text, List<Candidate> candidates, Map<String, String> aliases) {
        Map<String, Mention> byKey = new LinkedHashMap<>();
        Map<String, Integer> bestPriority = new HashMap<>();
        for (Candidate c : candidates) {
            String canonical = aliases.getOrDefault(Names.looseKey(c.text()),
                    aliases.getOrDefault(Names.looseKey(c.canonical()), c.canonical()));
            String key = numberVariant(byKey, Names.looseKey(canonical));
            Mention existing = byKey.get(key);
            EntityType type = c.type();
            if (existing == null) {
                if (type == null) type = typeOfNewName(c.text());
                String iri = c.conceptIri() != null && namesConcept(canonical, c.conceptIri()) ? c.conceptIri() : null;
                if (iri == null) {
                    Concept known = lexicon.lookup(type, canonical);
                    if (known != null) iri = known.iri();
                }
                byKey.put(key, new Mention(type, c.text(), canonical, c.start(), c.end(), c.proposed(), iri, c.broaderIri()));
                bestPriority.put(key, c.type() == null ? -1 : typeConfidence(c));
                continue;
            }
            Mention merged = existing;
            if (c.proposed() && !merged.proposed()) merged = merged.withProposed(true);
            int confidence = c.conceptIri() != null && !namesConcept(canonical, c.conceptIri()) ? c.priority() : typeConfidence(c);
            if (type != null && confidence > bestPriority.get(key)) {
                merged = merged.withType(type);
                bestPriority.put(key, confidence);
            }
            if (merged.conceptIri() == null && c.conceptIri() != null && namesConcept(merged.canonical(), c.conceptIri())) {
                merged = merged.withConcept(c.conceptIri());
            }
            byKey.put(key, merged);
        }
        return proposeVariants(proposeIntroduced(text, List.copyOf(byKey.values())));
    }

    /** "view transformation" and "view transformations" are one entity: the key already in use for the other number. */
    private static String numberVariant(Map<String, Mention> byKey, String key) {
        if (byKey.containsKey(key) || key.length() < 4) return key;
        String other = key.endsWith("s") ? key.substring(0, key.length() - 1) : key + "s";
        return byKey.containsKey(other) ? other : key;
    }

    /**
     * "tuning image models with the novel Point-to-Pixel prompting": a name the vocabulary does not know,
     * written right after "novel", "new", "our" or "proposed", is the paper's own.
     */
    private static List<Mention> proposeIntroduced(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean introduced = false;
            if (!m.proposed() && m.conceptIri() == null && m.broaderIri() == null && m.type() != EntityType.METRIC && m.type() != EntityType.TASK) {
                int at = Names.indexOfWord(text, m.text(), 0);
                while (at > 0 && !introduced) {
                    String before = text.substring(Math.max(0, at - 16), at).toLowerCase(Locale.ROOT);
                    introduced = INTRODUCED.matcher(before).find();
                    at = Names.indexOfWord(text, m.text(), at + m.text().length());
                }
            }
            out.add(introduced ? m.withProposed(true) : m);
        }
        return out;
    }

    /** "UL2 20B", "Flan-UL2 20B": a sized variant of a name the paper proposes is proposed too. */
    private static List<Mention> proposeVariants(List<Mention> mentions) {
        List<String> proposedNames = new ArrayList<>();
        for (Mention m : mentions) if (m.proposed() && m.text().length() >= 2) proposedNames.add(m.text());
        if (proposedNames.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean variant = !m.proposed() && m.type() == EntityType.MODEL
                    && proposedNames.stream().anyMatch(n -> !n.equals(m.text()) && Names.indexOfWord(m.text(), n, 0) >= 0);
            out.add(variant ? m.withProposed(true) : m);
        }
        return out;
    }

    /** Whether the concept has this name among its labels (so that an alias cannot smuggle in another concept). */
    private boolean namesConcept(String canonical, String conceptIri) {
        Concept concept = lexicon.byIri(conceptIri);
        if (concept == null) return false;
        String key = Names.looseKey(canonical);
        if (Names.looseKey(concept.prefLabel()).equals(key)) return true;
        for (String alt : concept.altLabels()) if (Names.looseKey(alt).equals(key)) return true;
        return false;
    }

    /** How much a candidate's type is to be trusted: the vocabulary most, a guess least. */
    private static int typeConfidence(Candidate c) {
        if (c.type() == null) return -1;
        if (c.conceptIri() != null || c.broaderIri() != null) return 10;
        return c.priority();
    }
}
