package org.papergraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.model.Extraction;
import org.papergraph.rdf.ExtractionMapper;
import org.papergraph.rdf.Iris;

/**
 * One paper's named graph as the store takes it: the graph's name, the paper's title key (two graphs with
 * the same key are the same paper, whatever their names) and its quads. Immutable once built.
 *
 * @param graph    the paper's IRI, which is also its graph's name
 * @param titleKey the normalized title ({@code Paper.titleKey()}), or null when the quads carry no title
 * @param quads    every quad of the graph
 */
public record PaperGraph(Node graph, String titleKey, List<Quad> quads) {
    /** The graph {@code mapper} writes for an extraction. */
    public static PaperGraph of(Extraction extraction, ExtractionMapper mapper) {
        List<Quad> quads = new ArrayList<>(64);
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        };
        mapper.write(extraction, sink);
        return new PaperGraph(org.apache.jena.graph.NodeFactory.createURI(Iris.paper(extraction.paper().id())),
                extraction.paper().titleKey(), quads);
    }

    /** Extractions as paper graphs, mapped one at a time as the consumer asks (nothing is read ahead here). */
    public static Iterator<PaperGraph> of(Iterator<Extraction> extractions) {
        ExtractionMapper mapper = new ExtractionMapper();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return extractions.hasNext();
            }

            @Override
            public PaperGraph next() {
                return of(extractions.next(), mapper);
            }
        };
    }
}
