package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.Sentence;

/** Searches among a sentence's {@link Occurrence}s, which are sorted by start. Stateless and thread-safe. */
final class Occurrences {
    private Occurrences() {
    }

    /** The occurrences of this type inside [from, to), one per entity, in order. */
    static List<Occurrence> typedAfter(List<Occurrence> occurrences, int from, int to, EntityType type) {
        List<Occurrence> found = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (o.mention().type() == type && o.start() >= from && o.end() <= to
                    && found.stream().noneMatch(f -> f.mention() == o.mention())) {
                found.add(o);
            }
        }
        return found;
    }

    /** The first occurrence of this type starting in [from, to]. */
    static Occurrence firstOfType(List<Occurrence> occurrences, int from, int to, EntityType type) {
        for (Occurrence o : occurrences) {
            if (o.mention().type() == type && o.start() >= from && o.start() <= to) return o;
        }
        return null;
    }

    /** The first method or model inside [from, to). */
    static Occurrence firstSubjectLike(List<Occurrence> occurrences, int from, int to) {
        for (Occurrence o : occurrences) {
            EntityType t = o.mention().type();
            if ((t == EntityType.METHOD || t == EntityType.MODEL) && o.start() >= from && o.end() <= to) return o;
        }
        return null;
    }

    /** "Taking the GLUE benchmark as an example, X achieves 91.4%": the one dataset that sets the scene. */
    static Occurrence soleDatasetBefore(List<Occurrence> occurrences, Sentence sentence, int numberStart, Occurrence excluded) {
        Occurrence found = null;
        for (Occurrence o : occurrences) {
            if (o.mention().type() != EntityType.DATASET || o == excluded || o.start() < sentence.start() || o.end() > sentence.end()) continue;
            if (o.start() > numberStart || (found != null && found.mention() != o.mention())) return null;
            found = o;
        }
        return found;
    }

    /** The occurrence of this type nearest the number, at most {@code reach} away, other than {@code excluded}. */
    static Occurrence nearestWithin(List<Occurrence> occurrences, int numberStart, int numberEnd, EntityType type, int reach,
                                     Occurrence excluded) {
        return closest(occurrences, numberStart, numberEnd, type, reach, excluded, 1);
    }

    /** The mention of this type nearest to the number; names after it are preferred ("82% lower rotation error"). */
    static Occurrence nearest(List<Occurrence> occurrences, int numberStart, int numberEnd, EntityType type) {
        return closest(occurrences, numberStart, numberEnd, type, Integer.MAX_VALUE, null, 2);
    }

    /** Distances after the number count {@code 1 / afterDivisor} as much as those before it. */
    private static Occurrence closest(List<Occurrence> occurrences, int numberStart, int numberEnd, EntityType type, int reach,
                                      Occurrence excluded, int afterDivisor) {
        Occurrence best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Occurrence o : occurrences) {
            if (o.mention().type() != type || o == excluded) continue;
            int distance = o.start() >= numberEnd ? (o.start() - numberEnd) / afterDivisor : numberStart - o.end();
            if (distance >= 0 && distance <= reach && distance < bestDistance) {
                best = o;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Whether [start, end) lies inside an entity's name ("GPT-3", "Phi-1.5"). */
    static boolean insideEntity(int start, int end, List<Occurrence> occurrences) {
        for (Occurrence o : occurrences) {
            if (start >= o.start() && end <= o.end()) return true;
        }
        return false;
    }
}
