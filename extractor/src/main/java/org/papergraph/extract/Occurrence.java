package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.papergraph.model.Mention;
import org.papergraph.nlp.Sentence;

/** An entity's occurrence inside a sentence, as the result finder attaches it to numbers. */
record Occurrence(int start, int end, Mention mention) {

    /** Where the mentions stand in the sentence, by surface form or canonical name; a longer name hides those inside it. */
    static List<Occurrence> inSentence(Sentence sentence, List<Mention> mentions) {
        List<Occurrence> found = new ArrayList<>();
        String s = sentence.text();
        for (Mention mention : mentions) {
            for (String form : mention.text().equals(mention.canonical()) ? List.of(mention.text())
                    : List.of(mention.text(), mention.canonical())) {
                int at = Names.indexOfWord(s, form, 0);
                while (at >= 0) {
                    int start = sentence.start() + at;
                    int end = start + form.length();
                    if (found.stream().noneMatch(o -> o.start() <= start && o.end() >= end)) found.add(new Occurrence(start, end, mention));
                    at = Names.indexOfWord(s, form, at + form.length());
                }
            }
        }
        // "8-bit GaLore" contains "GaLore": only the longer name stands there.
        found.removeIf(o -> found.stream().anyMatch(longer -> longer != o && longer.start() <= o.start() && longer.end() >= o.end()
                && longer.end() - longer.start() > o.end() - o.start()));
        found.sort(Comparator.comparingInt(Occurrence::start));
        return found;
    }

    /** The canonical name of the occurrence's entity, or null for none. */
    static String name(Occurrence o) {
        return o == null ? null : o.mention().canonical();
    }
}
