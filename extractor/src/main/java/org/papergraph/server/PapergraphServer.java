package org.papergraph.server;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.papergraph.config.ProjectFiles;

/**
 * The SPARQL endpoint: an embedded Fuseki serving a papergraph store read-only at {@code /papergraph/}
 * (query at {@code /papergraph/query} and {@code /papergraph/sparql}, read-only graph store at
 * {@code /papergraph/data}). Endpoint names and the query timeout come from
 * {@code fuseki-config/papergraph.ttl}. Built with {@link #create()}; the built server is thread-safe.
 */
public final class PapergraphServer {
    public static final String CONFIG = "fuseki-config/papergraph.ttl";
    public static final String DATASET_NAME = "/papergraph";
    public static final int DEFAULT_PORT = 3030;

    private final FusekiServer fuseki;

    private PapergraphServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static Builder create() {
        return new Builder();
    }

    public PapergraphServer start() {
        fuseki.start();
        return this;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public String queryUrl() {
        return "http://localhost:" + port() + DATASET_NAME + "/query";
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    /** Settings of a server; {@link #build()} reads the configuration file and fails fast on errors. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = DEFAULT_PORT;
        private boolean loopbackOnly = true;
        private ProjectFiles files = ProjectFiles.fromEnvironment();

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = dataset;
            return this;
        }

        /** Port 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder loopbackOnly(boolean value) {
            this.loopbackOnly = value;
            return this;
        }

        public Builder files(ProjectFiles files) {
            this.files = files;
            return this;
        }

        public PapergraphServer build() {
            if (dataset == null) throw new IllegalStateException("no dataset to serve");
            Model config = readConfig();
            DataService.Builder service = DataService.newBuilder(dataset);
            Resource serviceRes = config.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, config.createResource(FUSEKI + "Service"))
                    .filterKeep(r -> r.hasProperty(config.createProperty(FUSEKI + "name"))).nextOptional()
                    .orElseThrow(() -> new IllegalStateException(files.describe(CONFIG) + ": no fuseki:Service with a fuseki:name"));
            serviceRes.listProperties(config.createProperty(FUSEKI + "endpoint")).forEachRemaining(st -> {
                Resource ep = st.getResource();
                String op = ep.getPropertyResourceValue(config.createProperty(FUSEKI + "operation")).getLocalName();
                String name = ep.hasProperty(config.createProperty(FUSEKI + "name"))
                        ? ep.getProperty(config.createProperty(FUSEKI + "name")).getString() : "";
                Operation operation = switch (op) {
                    case "query" -> Operation.Query;
                    case "gsp-r" -> Operation.GSP_R;
                    default -> throw new IllegalStateException(files.describe(CONFIG)
                            + ": operation fuseki:" + op + " is not allowed; the endpoint is read-only (query, gsp-r)");
                };
                service.addEndpoint(operation, name);
            });
            dataset.getContext().set(ARQ.queryTimeout, queryTimeout(config, serviceRes));
            String name = "/" + serviceRes.getProperty(config.createProperty(FUSEKI + "name")).getString();
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopbackOnly)
                    .add(name, service.build())
                    .enablePing(true)
                    .addFilter("/*", new StaticFiles())
                    .build();
            return new PapergraphServer(fuseki);
        }

        /** {@code ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "…" ]} on the service, as stock Fuseki reads it. */
        private static String queryTimeout(Model config, Resource service) {
            String timeout = DEFAULT_TIMEOUT_MS;
            var contexts = service.listProperties(config.createProperty(JA + "context")).toList();
            for (var st : contexts) {
                Resource cxt = st.getResource();
                var name = cxt.getProperty(config.createProperty(JA + "cxtName"));
                var value = cxt.getProperty(config.createProperty(JA + "cxtValue"));
                if (name != null && value != null && name.getString().equals("arq:queryTimeout")) timeout = value.getString();
            }
            return timeout;
        }

        private Model readConfig() {
            Model model = ModelFactory.createDefaultModel();
            try (InputStream in = files.open(CONFIG)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return model;
        }
    }

    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final String DEFAULT_TIMEOUT_MS = "30000";
}
