package org.papergraph.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.web.HttpSC;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Fuseki's SPARQL query handler with a cap on the rows of an answer: a query without a LIMIT, or with a
 * larger one, is run with the LIMIT lowered to the endpoint's {@code papergraph:resultRowLimit} (a
 * {@code ja:context} entry in {@code fuseki-config/papergraph.ttl}); answers are complete or an error
 * ({@link #sendResults}). Thread-safe like its superclass.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    static final Symbol RESULT_ROW_LIMIT = Symbol.create("papergraph:resultRowLimit");

    /**
     * Results are read to the end before the first byte is sent: the row cap bounds what this holds, and a
     * timeout that strikes while the rows are read is an error (503) instead of a 200 with a cut body.
     */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue qPrologue) {
        if (result.isRowSet()) {
            RowSet rows;
            try {
                rows = RowSetMem.create(result.rowSet());
            } catch (QueryCancelledException e) {
                ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Query timed out");
                return;
            }
            result = new QueryExecResult(rows);
        } else if (result.isJson()) {
            java.util.List<org.apache.jena.atlas.json.JsonObject> items = new java.util.ArrayList<>();
            try {
                result.jsonItems().forEachRemaining(items::add);
            } catch (QueryCancelledException e) {
                ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Query timed out");
                return;
            }
            result = new QueryExecResult(items.iterator());
        }
        super.sendResults(action, result, qPrologue);
    }

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
