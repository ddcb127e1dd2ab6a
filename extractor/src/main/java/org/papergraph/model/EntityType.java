package org.papergraph.model;

/** The kinds of entity papergraph extracts, named as in GUIDELINES.md. */
public enum EntityType {
    METHOD, MODEL, DATASET, METRIC, TASK;

    /** The SKOS concept scheme (and vocabulary file) of this type, e.g. {@code datasets}. */
    public String scheme() {
        return name().toLowerCase() + "s";
    }

    /** The path segment of entity IRIs of this type, e.g. {@code dataset}. */
    public String segment() {
        return name().toLowerCase();
    }
}
