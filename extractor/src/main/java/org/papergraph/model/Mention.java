package org.papergraph.model;

/**
 * An entity as found in one abstract: its first mention, the name it is merged under, and whether the paper
 * introduces it.
 *
 * @param type       what kind of entity
 * @param text       the surface form of the first mention (the short form where an acronym is defined)
 * @param canonical  the name it is merged under across papers
 * @param start      offset of the first mention in the abstract (-1 when only the title names it)
 * @param end        end offset of the first mention
 * @param proposed   the paper itself introduces it
 * @param conceptIri the vocabulary concept it is linked to, or null
 * @param broaderIri the family concept it belongs to (a model size to its family), or null
 * @param confidence how sure the recognizer is that this names an entity of this type, 0 to 1 (1 for rules)
 */
public record Mention(EntityType type, String text, String canonical, int start, int end, boolean proposed,
                      String conceptIri, String broaderIri, double confidence) {
    /** A mention found by a rule, which states no confidence. */
    public Mention(EntityType type, String text, String canonical, int start, int end, boolean proposed,
                   String conceptIri, String broaderIri) {
        this(type, text, canonical, start, end, proposed, conceptIri, broaderIri, 1.0);
    }

    public Mention withProposed(boolean value) {
        return new Mention(type, text, canonical, start, end, value, conceptIri, broaderIri, confidence);
    }

    public Mention withType(EntityType value) {
        return new Mention(value, text, canonical, start, end, proposed, conceptIri, broaderIri, confidence);
    }

    public Mention withConcept(String iri) {
        return new Mention(type, text, canonical, start, end, proposed, iri, broaderIri, confidence);
    }

    public Mention withConfidence(double value) {
        return new Mention(type, text, canonical, start, end, proposed, conceptIri, broaderIri, value);
    }
}
