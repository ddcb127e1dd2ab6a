package org.papergraph.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The wording of {@code patterns/results.txt}, loaded once. Immutable and thread-safe. */
public final class ResultRules {
    final Set<String> increase;
    final Set<String> decrease;
    final Set<String> absolute;
    final List<String> qualifiers;
    final Map<String, String> units = new LinkedHashMap<>();
    final Set<String> countNouns;
    final Set<String> noNumberBefore;
    final List<String> baselineCues;
    /** Any baseline cue as a whole word, compiled once: it is looked for after every number. */
    final Pattern baselineCue;
    final Set<String> comparatives;
    final Set<String> changeNouns;
    final Set<String> metricWords;
    final Set<String> objectMarkers;
    final Set<String> sizeComparatives;
    final Set<String> settingNouns;
    final Set<String> populationNouns;

    private ResultRules(RuleFile rules) {
        increase = rules.words("increase");
        decrease = rules.words("decrease");
        absolute = rules.words("absolute");
        qualifiers = rules.list("qualifier").stream().sorted((a, b) -> b.length() - a.length()).toList();
        List<String> unitLines = rules.list("unit").stream().sorted((a, b) -> b.indexOf('\t') - a.indexOf('\t')).toList();
        for (String line : unitLines) {
            String[] parts = line.split("\t");
            if (parts.length != 2) throw new IllegalStateException("patterns/results.txt [unit]: \"" + line + "\" should be FORM<TAB>UNIT");
            units.put(parts[0], parts[1]);
        }
        countNouns = rules.words("count-nouns");
        noNumberBefore = rules.words("no-number-before");
        comparatives = rules.words("comparatives");
        changeNouns = rules.words("change-nouns");
        metricWords = rules.words("metric-words");
        objectMarkers = rules.words("object-markers");
        sizeComparatives = rules.words("size-comparatives");
        settingNouns = rules.words("setting-nouns");
        populationNouns = rules.words("population-nouns");
        baselineCue = rules.alternation("baseline", "\\b", "\\b");
        baselineCues = rules.list("baseline").stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    public static ResultRules load() {
        return new ResultRules(RuleFile.load("results.txt"));
    }
}
