package org.papergraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The lower-cased key of every name ({@code rdfs:label}, {@code skos:prefLabel}, {@code skos:altLabel}),
 * written beside it as {@code pg:nameKey}. A case-insensitive lookup by name is then one index hit
 * ({@code ?x pg:nameKey "imagenet"}) instead of a scan of every label in the database, which at 100k papers
 * is most of a comparison query's time (docs/benchmarks.md). The key is SPARQL's {@code LCASE(STR(?label))},
 * so a query that compares keys finds exactly what a query comparing lower-cased labels finds. Stateless
 * and thread-safe.
 */
public final class NameKeys {
    private static final Set<Node> NAME_PROPERTIES = Set.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());

    private NameKeys() {
    }

    /** Whether a triple with this predicate and object names its subject. */
    public static boolean isName(Node predicate, Node object) {
        return object.isLiteral() && NAME_PROPERTIES.contains(predicate);
    }

    /** The key of a name literal: its lexical form lower-cased as SPARQL's LCASE does (language tag dropped). */
    public static Node keyOf(Node name) {
        return NodeFactory.createLiteralString(name.getLiteralLexicalForm().toLowerCase(Locale.ROOT));
    }

    /** Adds the key of every name in a model (the ontology and vocabulary graph). */
    public static Model addTo(Model model) {
        List<Triple> keys = new ArrayList<>();
        model.getGraph().find().forEachRemaining(t -> {
            if (isName(t.getPredicate(), t.getObject())) keys.add(Triple.create(t.getSubject(), PG.nameKey, keyOf(t.getObject())));
        });
        keys.forEach(model.getGraph()::add);
        return model;
    }
}
