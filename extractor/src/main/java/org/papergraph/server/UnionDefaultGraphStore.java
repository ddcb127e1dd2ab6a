package org.papergraph.server;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * Fuseki's read-only graph store where {@code ?default} is the default graph queries see: the union of the
 * named graphs (TDB2 keeps the stored default graph empty). {@code ?graph=IRI} and the whole dataset (no
 * parameter) are as in Fuseki. Thread-safe like its superclass.
 */
final class UnionDefaultGraphStore extends GSP_R {
    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        DatasetGraph dsg = super.decideDataset(action);
        if (isQuads(action)) return dsg;
        return new DatasetGraphWrapper(dsg) {
            @Override
            public Graph getDefaultGraph() {
                return getUnionGraph();
            }
        };
    }
}
