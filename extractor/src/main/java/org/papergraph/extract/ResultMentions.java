package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.papergraph.model.EntityType;
import org.papergraph.model.Mention;

/**
 * The mentions of one abstract as the result finder reads them, with the METRIC mentions it names itself.
 * Not thread-safe: one per abstract.
 */
final class ResultMentions {
    /** The entity finders' mentions, then those added here. */
    final List<Mention> all;
    /** The METRIC mentions added here, in order. */
    final List<Mention> added = new ArrayList<>();

    ResultMentions(List<Mention> mentions) {
        this.all = new ArrayList<>(mentions);
    }

    /** The METRIC entity named by text[start, end): an existing one, or a new one. */
    Occurrence metricOccurrence(String text, int start, int end, List<Occurrence> occurrences) {
        String phrase = text.substring(start, end);
        for (Occurrence o : occurrences) {
            if (o.mention().type() == EntityType.METRIC && o.start() <= start && o.end() >= end) return o;
        }
        for (Mention m : all) {
            if (m.type() == EntityType.METRIC && Names.looseKey(m.canonical()).equals(Names.looseKey(phrase))) {
                return new Occurrence(start, end, m);
            }
        }
        Mention metric = new Mention(EntityType.METRIC, phrase, phrase, start, end, false, null, null);
        all.add(metric);
        added.add(metric);
        Occurrence o = new Occurrence(start, end, metric);
        occurrences.add(o);
        occurrences.sort(Comparator.comparingInt(Occurrence::start));
        return o;
    }
}
