package org.papergraph.extract;

import org.papergraph.model.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The wording of {@code patterns/entities.txt}, loaded once. Immutable and thread-safe. */
public final class EntityPatterns {
    final Set<String> proposeVerbs;
    private final Set<String> proposeVerbForms;
    final Set<String> nameCues;
    final Set<String> subjectAdverbs;
    final Map<String, EntityType> containerHeads = new HashMap<>();
    final Set<String> methodHeads;
    final Set<String> metricHeads;
    final Set<String> taskHeads;
    /** All naming heads with their type; a task head wins over a method head, a method head over a metric head. */
    private final Map<String, EntityType> namingHeads = new HashMap<>();
    final Set<String> nonEntities;
    final Set<String> generic;
    final Set<String> vagueModifiers;
    final Set<String> phraseStops;
    final Set<String> clauseStarts;
    final Set<String> functionWords;
    final Set<String> commonVerbs;
    final Set<String> genericHeads;
    final Set<String> paradigmModifiers;
    final Set<String> comparedWith;
    final List<String> comparisonStems;
    final Set<String> paradigmSuffixes;
    final Set<String> adjectiveSuffixes;
    final Set<String> kindSuffixes;
    final Map<String, EntityType> listHeads = new HashMap<>();
    final Set<String> measureCues;
    final Set<String> burdenAdjectives;
    final Set<String> burdenHeads;
    final Set<String> taskNouns;
    final List<String> modelNameEndings;
    final Set<String> resemblanceSuffixes;
    final Set<String> measuredLossModifiers;
    final Set<String> usedCues;
    final Set<String> instrumentWords;

    private EntityPatterns(RuleFile rules) {
        proposeVerbs = rules.words("propose-verbs");
        proposeVerbForms = inflections(proposeVerbs);
        nameCues = rules.words("name-cues");
        subjectAdverbs = rules.words("subject-adverbs");
        containerHeads.putAll(typedWords(rules, "container-heads"));
        methodHeads = rules.words("method-heads");
        metricHeads = rules.words("metric-heads");
        taskHeads = rules.words("task-heads");
        metricHeads.forEach(h -> namingHeads.put(h, EntityType.METRIC));
        methodHeads.forEach(h -> namingHeads.put(h, EntityType.METHOD));
        taskHeads.forEach(h -> namingHeads.put(h, EntityType.TASK));
        nonEntities = Set.copyOf(rules.list("non-entities"));
        generic = rules.words("generic");
        vagueModifiers = rules.words("vague-modifiers");
        phraseStops = rules.words("phrase-stops");
        clauseStarts = rules.words("clause-starts");
        functionWords = rules.words("function-words");
        commonVerbs = rules.words("common-verbs");
        genericHeads = rules.words("generic-heads");
        paradigmModifiers = rules.words("paradigm-modifiers");
        comparedWith = rules.words("compared-with");
        comparisonStems = List.copyOf(rules.list("comparison-stems"));
        paradigmSuffixes = rules.words("paradigm-suffixes");
        adjectiveSuffixes = rules.words("adjective-suffixes");
        kindSuffixes = rules.words("kind-suffixes");
        listHeads.putAll(typedWords(rules, "list-heads"));
        measureCues = rules.words("measure-cues");
        burdenAdjectives = rules.words("burden-adjectives");
        burdenHeads = rules.words("burden-heads");
        taskNouns = rules.words("task-nouns");
        modelNameEndings = List.copyOf(rules.list("model-name-endings"));
        resemblanceSuffixes = rules.words("resemblance-suffixes");
        measuredLossModifiers = rules.words("measured-loss-modifiers");
        usedCues = rules.words("used-cues");
        instrumentWords = rules.words("instrument-words");
    }

    /** A section of "WORD TYPE" lines; a malformed line or unknown type fails fast. */
    private static Map<String, EntityType> typedWords(RuleFile rules, String section) {
        Map<String, EntityType> typed = new HashMap<>();
        for (String entry : rules.list(section)) {
            String[] parts = entry.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("patterns/entities.txt [" + section + "]: \"" + entry + "\" should be WORD TYPE");
            }
            typed.put(parts[0].toLowerCase(Locale.ROOT), EntityType.valueOf(parts[1]));
        }
        return typed;
    }

    public static EntityPatterns load() {
        return new EntityPatterns(RuleFile.load("entities.txt"));
    }

    /** The type a phrase's head word gives it when the phrase is itself a name, or null. */
    EntityType namingHeadType(String lowercaseHead) {
        return namingHeads.get(lowercaseHead);
    }

    /** A phrase that names a kind of thing, not one entity ("language model", "benchmark"), in any case. */
    boolean isGeneric(String phrase) {
        return generic.contains(phrase.toLowerCase(Locale.ROOT).strip());
    }

    boolean isVerbOfProposal(String lowercaseWord) {
        return proposeVerbForms.contains(lowercaseWord);
    }

    /** "propose" → propose, proposes, proposed, proposing; looked up once per word, so built once. */
    private static Set<String> inflections(Set<String> verbs) {
        Set<String> forms = new java.util.HashSet<>();
        for (String verb : verbs) {
            forms.add(verb);
            forms.add(verb + "s");
            forms.add(verb + "d");
            forms.add(verb + "ed");
            forms.add(verb + "ing");
            if (verb.endsWith("e")) forms.add(verb.substring(0, verb.length() - 1) + "ing");
        }
        return Set.copyOf(forms);
    }

}
