package org.papergraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The wording of {@code patterns/entities.txt}, loaded once. Immutable and thread-safe. */
public final class EntityPatterns {
    final Set<String> proposeVerbs;
    final Set<String> nameCues;
    final Set<String> subjectAdverbs;
    final Map<String, EntityType> containerHeads = new HashMap<>();
    final Set<String> methodHeads;
    final Set<String> metricHeads;
    final Set<String> taskHeads;
    final Set<String> nonEntities;
    final Set<String> generic;
    final Set<String> vagueModifiers;
    final Set<String> phraseStops;
    final Set<String> functionWords;
    final Set<String> commonVerbs;
    final Set<String> genericHeads;
    final Set<String> paradigmModifiers;
    final Set<String> comparedWith;

    private EntityPatterns(RuleFile rules) {
        proposeVerbs = rules.words("propose-verbs");
        nameCues = rules.words("name-cues");
        subjectAdverbs = rules.words("subject-adverbs");
        for (String entry : rules.list("container-heads")) {
            String[] parts = entry.split("\\s+");
            if (parts.length != 2) throw new IllegalStateException("patterns/entities.txt [container-heads]: \"" + entry + "\" should be WORD TYPE");
            containerHeads.put(parts[0].toLowerCase(Locale.ROOT), EntityType.valueOf(parts[1]));
        }
        methodHeads = rules.words("method-heads");
        metricHeads = rules.words("metric-heads");
        taskHeads = rules.words("task-heads");
        nonEntities = Set.copyOf(rules.list("non-entities"));
        generic = rules.words("generic");
        vagueModifiers = rules.words("vague-modifiers");
        phraseStops = rules.words("phrase-stops");
        functionWords = rules.words("function-words");
        commonVerbs = rules.words("common-verbs");
        genericHeads = rules.words("generic-heads");
        paradigmModifiers = rules.words("paradigm-modifiers");
        comparedWith = rules.words("compared-with");
    }

    public static EntityPatterns load() {
        return new EntityPatterns(RuleFile.load("entities.txt"));
    }

    /** The type a phrase's head word gives it when the phrase is itself a name, or null. */
    EntityType namingHeadType(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        if (taskHeads.contains(h)) return EntityType.TASK;
        if (methodHeads.contains(h)) return EntityType.METHOD;
        if (metricHeads.contains(h)) return EntityType.METRIC;
        return null;
    }

    boolean isVerbOfProposal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String verb : proposeVerbs) {
            if (w.equals(verb) || w.equals(verb + "s") || w.equals(verb + "d") || w.equals(verb + "ed")
                    || (verb.endsWith("e") && w.equals(verb.substring(0, verb.length() - 1) + "ing"))
                    || w.equals(verb + "ing")) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String phrase) {
        return List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
