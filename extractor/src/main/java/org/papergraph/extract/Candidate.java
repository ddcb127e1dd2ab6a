package org.papergraph.extract;

import org.papergraph.model.EntityType;

/**
 * A possible entity mention before overlaps are resolved and names merged. Higher {@code priority} wins
 * among equally long overlapping candidates.
 */
record Candidate(int start, int end, String text, EntityType type, String canonical, String conceptIri,
                 String broaderIri, int priority, boolean proposed) {
    static final int HEAD_NOUN = 1;
    static final int PATTERN = 2;
    static final int LEXICON = 3;
    static final int ACRONYM = 4;
    static final int PROPOSAL = 5;

    Candidate asProposed() {
        return new Candidate(start, end, text, type, canonical, conceptIri, broaderIri, priority, true);
    }

    Candidate withType(EntityType newType) {
        return new Candidate(start, end, text, newType, canonical, conceptIri, broaderIri, priority, proposed);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
