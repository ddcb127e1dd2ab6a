package org.papergraph.server;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * SERVICE (federated query) on the served dataset: a query may call only the endpoints listed in
 * {@code papergraph:serviceAllowList} (space-separated IRIs in an endpoint's {@code ja:context}); with no
 * list nothing is called, even where {@code arq:httpServiceAllowed} is true. Installed in the dataset's
 * context, so other uses of ARQ in the JVM are unaffected. Thread-safe: stateless.
 */
final class ServiceAllowList {
    static final Symbol ALLOW_LIST = Symbol.create("papergraph:serviceAllowList");

    private ServiceAllowList() {
    }

    static void install(Context datasetContext) {
        ChainingServiceExecutor check = (opExecute, original, binding, execCxt, chain) -> {
            Node service = opExecute.getService();
            Object list = execCxt.getContext().get(ALLOW_LIST);
            Set<String> allowed = list == null ? Set.of() : Set.of(list.toString().trim().split("\\s+"));
            if (service == null || !service.isURI() || !allowed.contains(service.getURI())) {
                throw new QueryDeniedException("SERVICE " + (service == null ? "" : service) + " is not allowed on this endpoint");
            }
            return chain.createExecution(opExecute, original, binding, execCxt);
        };
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink(check);
        ServiceExecutorRegistry.set(datasetContext, registry);
    }
}
