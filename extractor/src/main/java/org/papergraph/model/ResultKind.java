package org.papergraph.model;

/** What a reported number says: a score reached, a change relative to something, or anything else. */
public enum ResultKind {
    ABSOLUTE, INCREASE, DECREASE, OTHER;

    public String label() {
        return name().toLowerCase();
    }
}
