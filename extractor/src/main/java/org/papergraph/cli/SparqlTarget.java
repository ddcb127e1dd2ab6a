package org.papergraph.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.papergraph.query.SparqlSource;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Option;

/**
 * Where {@code query} and {@code compare} read: {@code --db DIR} (as {@link DbOption}: an existing papergraph
 * database, opened as read commands open it, writing nothing) or {@code --endpoint URL}, exactly one. A picocli
 * argument group: {@code @ArgGroup(exclusive = true, multiplicity = "1") SparqlTarget target;}.
 */
final class SparqlTarget {
    @Option(names = "--db", paramLabel = "DIR", description = "The database folder: an existing papergraph database (no server may hold it open).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint, e.g. http://localhost:3030/papergraph/query.")
    String endpoint;

    /** Runs {@code work} on the endpoint, or on the database, closed afterwards. */
    <T> T run(Function<SparqlSource, T> work) {
        if (endpoint != null) {
            try {
                return work.apply(SparqlSource.endpoint(endpoint));
            } catch (SparqlSource.EndpointException e) {
                // Said in one line (connection refused, HTTP status), without the query string Jena's message carries.
                throw new CommandFailure(ExitCodes.FAILURE, e.getMessage(), e);
            }
        }
        try (PaperStore store = Stores.openExisting(db)) {
            return work.apply(SparqlSource.local(store.dataset(), db.toString()));
        }
    }
}
