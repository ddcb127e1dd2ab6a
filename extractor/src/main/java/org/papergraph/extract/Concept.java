package org.papergraph.extract;

import org.papergraph.model.EntityType;

import java.util.List;

/**
 * A known entity from the SKOS vocabulary.
 *
 * @param iri        the concept's IRI, also the IRI of the entity in the graph
 * @param type       which scheme it is in
 * @param prefLabel  its canonical name
 * @param altLabels  other ways it is written
 * @param broaderIri its family, or null
 * @param standalone false for a concept too general to be an entity on its own ("pre-training"): it is
 *                   still a family for others, but a bare mention of it is not extracted
 */
public record Concept(String iri, EntityType type, String prefLabel, List<String> altLabels, String broaderIri,
                      boolean standalone) {
    public Concept(String iri, EntityType type, String prefLabel, List<String> altLabels, String broaderIri) {
        this(iri, type, prefLabel, altLabels, broaderIri, true);
    }
}
