package org.papergraph.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Fuseki's SPARQL query handler with a cap on the rows of an answer: a query without a LIMIT, or with a
 * larger one, is run with the LIMIT lowered to the endpoint's {@code papergraph:resultRowLimit} (a
 * {@code ja:context} entry in {@code fuseki-config/papergraph.ttl}). Thread-safe like its superclass.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    static final Symbol RESULT_ROW_LIMIT = Symbol.create("papergraph:resultRowLimit");

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        long cap = limit(action);
        if (cap > 0 && (!query.hasLimit() || query.getLimit() > cap)) query.setLimit(cap);
    }

    private static long limit(HttpAction action) {
        Context cxt = action.getEndpoint() == null ? null : action.getEndpoint().getContext();
        Object value = cxt == null ? null : cxt.get(RESULT_ROW_LIMIT);
        if (value == null) return -1;
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("bad papergraph:resultRowLimit in the configuration: " + value);
        }
    }
}
