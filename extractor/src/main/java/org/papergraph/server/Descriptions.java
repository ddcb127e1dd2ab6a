package org.papergraph.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.rdf.PG;
import org.papergraph.rdf.Prefixes;

/**
 * What the server answers for an IRI of the graph: a paper's own named graph; for any other node (entity,
 * result, evidence) its triples in all graphs, the triples that point at it (the papers that mention it, the
 * results about it, bounded by {@link #MAX_INCOMING}), the results' values and evidence sentences, and the
 * labels and types of every node named, so that the answer reads on its own. Call inside a read transaction.
 * Stateless; thread-safe.
 */
final class Descriptions {
    /** Incoming links beyond this many are left out (a dataset mentioned by every paper). */
    static final int MAX_INCOMING = 2_000;

    private static final Set<Node> NAMING = Set.of(RDF.type.asNode(), RDFS.label.asNode(), DCTerms.title.asNode(),
            SKOS.prefLabel.asNode());

    private Descriptions() {
    }

    /** The description, empty when the IRI is not in the graph. */
    static Graph describe(DatasetGraph dsg, Node iri) {
        Graph g = GraphFactory.createDefaultGraph();
        Prefixes.forEach(g.getPrefixMapping()::setNsPrefix);
        Graph union = dsg.getUnionGraph();
        if (dsg.containsGraph(iri)) {
            dsg.getGraph(iri).find().forEachRemaining(g::add);
        } else {
            addAll(union, iri, g);
            Set<Node> resultsAbout = new LinkedHashSet<>();
            Iter.limit(union.find(Node.ANY, Node.ANY, iri), MAX_INCOMING).forEachRemaining(t -> {
                g.add(t);
                if (union.contains(t.getSubject(), RDF.type.asNode(), PG.Result)) resultsAbout.add(t.getSubject());
            });
            for (Node result : resultsAbout) addAll(union, result, g);
        }
        // Evidence sentences of the results described.
        for (Triple t : g.find(Node.ANY, PG.evidence, Node.ANY).toList()) addAll(union, t.getObject(), g);
        // Names and types of every node mentioned.
        Set<Node> named = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            named.add(t.getSubject());
            if (t.getObject().isURI()) named.add(t.getObject());
        });
        for (Node n : named) {
            if (n.equals(iri) && !dsg.containsGraph(iri)) continue;
            for (Node p : NAMING) union.find(n, p, Node.ANY).toList().forEach(g::add);
        }
        return g;
    }

    private static void addAll(Graph from, Node subject, Graph to) {
        List<Triple> triples = new ArrayList<>();
        from.find(subject, Node.ANY, Node.ANY).forEachRemaining(triples::add);
        triples.forEach(to::add);
    }
}
