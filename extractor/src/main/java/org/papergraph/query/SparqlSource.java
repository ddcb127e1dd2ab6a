package org.papergraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.system.Txn;

/**
 * Where queries run: a local dataset (a TDB2 store, read in a read transaction) or a SPARQL endpoint over
 * HTTP. Parameters are substituted into the parsed query by Jena ({@code QueryExecBuilder.substitution}),
 * so they are RDF terms, not text; for an endpoint the substituted query is serialized by Jena. Answers
 * are read completely before returning. Thread-safe.
 */
public interface SparqlSource {
    /** A SELECT query's rows. */
    RowSetRewindable select(Query query, Map<String, Node> bindings);

    boolean ask(Query query, Map<String, Node> bindings);

    /** A CONSTRUCT or DESCRIBE query's graph. */
    Graph graph(Query query, Map<String, Node> bindings);

    /** Says in messages where the queries go. */
    String describe();

    static SparqlSource local(DatasetGraph dataset, String description) {
        return new SparqlSource() {
            private QueryExecBuilder exec(Query query, Map<String, Node> bindings) {
                QueryExecBuilder b = QueryExec.dataset(dataset).query(query);
                bindings.forEach(b::substitution);
                return b;
            }

            @Override
            public RowSetRewindable select(Query query, Map<String, Node> bindings) {
                // TDB2 bindings read their terms lazily: detach them while the transaction is open.
                return Txn.calculateRead(dataset, () -> {
                    RowSet rows = exec(query, bindings).select();
                    List<Binding> detached = new ArrayList<>();
                    rows.forEachRemaining(b -> detached.add(b.detach()));
                    return RowSetStream.create(rows.getResultVars(), detached.iterator()).rewindable();
                });
            }

            @Override
            public boolean ask(Query query, Map<String, Node> bindings) {
                return Txn.calculateRead(dataset, () -> exec(query, bindings).ask());
            }

            @Override
            public Graph graph(Query query, Map<String, Node> bindings) {
                return Txn.calculateRead(dataset, () -> query.isDescribeType() ? exec(query, bindings).describe() : exec(query, bindings).construct());
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    static SparqlSource endpoint(String url) {
        return new SparqlSource() {
            private QueryExecBuilder exec(Query query, Map<String, Node> bindings) {
                var b = QueryExecHTTP.service(url).query(query);
                bindings.forEach(b::substitution);
                return b;
            }

            @Override
            public RowSetRewindable select(Query query, Map<String, Node> bindings) {
                try (QueryExec e = exec(query, bindings).build()) {
                    return e.select().rewindable();
                } catch (HttpException | QueryExceptionHTTP e) {
                    throw unreachable(url, e);
                }
            }

            @Override
            public boolean ask(Query query, Map<String, Node> bindings) {
                try {
                    return exec(query, bindings).ask();
                } catch (HttpException | QueryExceptionHTTP e) {
                    throw unreachable(url, e);
                }
            }

            @Override
            public Graph graph(Query query, Map<String, Node> bindings) {
                try {
                    return query.isDescribeType() ? exec(query, bindings).describe() : exec(query, bindings).construct();
                } catch (HttpException | QueryExceptionHTTP e) {
                    throw unreachable(url, e);
                }
            }

            @Override
            public String describe() {
                return url;
            }
        };
    }

    /** Says what went wrong with an endpoint without the whole query string Jena puts in its message. */
    private static EndpointException unreachable(String url, RuntimeException e) {
        int status = e instanceof QueryExceptionHTTP q ? q.getStatusCode() : ((HttpException) e).getStatusCode();
        Throwable root = e;
        boolean refused = false;
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            root = c;
            refused |= c instanceof java.net.ConnectException;
        }
        String why;
        if (status > 0) {
            why = "answered HTTP " + status + (e instanceof QueryExceptionHTTP q && q.getResponseMessage() != null ? " " + q.getResponseMessage() : "");
        } else if (refused) {
            why = "does not answer (connection refused): is papergraph serve running there?";
        } else {
            String m = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
            why = "failed: " + (m.length() > 200 ? m.substring(0, 200) + "…" : m);
        }
        return new EndpointException("the SPARQL endpoint " + url + " " + why, e);
    }

    /** An endpoint could not be queried. */
    final class EndpointException extends IllegalStateException {
        public EndpointException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
