package org.papergraph.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.build.DatasetDescriptionMap;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.config.FusekiConfigFile;
import org.papergraph.config.ProjectFiles;

/**
 * The endpoint: an embedded Fuseki serving a papergraph store at {@code /papergraph/} as
 * {@code fuseki-config/papergraph.ttl} describes it (query at {@code /papergraph/query} and
 * {@code /papergraph/sparql}, read-only graph store at {@code /papergraph/data}, timeouts and the row cap),
 * read by Fuseki's own configuration code; the Fuseki UI at {@code /} with read-only admin endpoints
 * ({@link AdminGuard}); CORS; the graph's IRIs dereferenced under {@code /id/} ({@link LinkedDataServlet});
 * the VoID description at {@code /.well-known/void}. SPARQL update exists only when
 * {@link Builder#updates(Path)} names a password file, and then only for its users (HTTP basic auth).
 * Built with {@link #create()}; the built server is thread-safe.
 */
public final class PapergraphServer {
    public static final String DATASET_NAME = "/papergraph";
    public static final int DEFAULT_PORT = 3030;
    /** Operations that change data; a configuration must not open them to everyone. */
    private static final Set<Operation> WRITES = Set.of(Operation.Update, Operation.GSP_RW, Operation.Upload, Operation.Patch);

    private final FusekiServer fuseki;
    private final String configuredBase;

    private PapergraphServer(FusekiServer fuseki, String configuredBase) {
        this.fuseki = fuseki;
        this.configuredBase = configuredBase;
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

    /** The address of the server root that pages link to: {@code --base}, else {@code http://localhost:PORT/}. */
    public String base() {
        return configuredBase != null ? configuredBase : "http://localhost:" + port() + "/";
    }

    /** The query endpoint on this machine. */
    public String queryUrl() {
        return "http://localhost:" + port() + DATASET_NAME + "/query";
    }

    public String localUrl() {
        return "http://localhost:" + port() + "/";
    }

    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    /**
     * Fuseki's admin module keeps a work area ({@code FUSEKI_BASE}, default {@code ./run}) for datasets added
     * through it; papergraph adds none (the {@link AdminGuard} refuses it), so unless the user set one the
     * area is a temporary folder instead of a {@code run/} folder in the working directory.
     */
    private static synchronized void adminArea() {
        if (System.getenv("FUSEKI_BASE") != null || System.getProperty("FUSEKI_BASE") != null) return;
        try {
            Path area = Files.createTempDirectory("papergraph-fuseki-");
            area.toFile().deleteOnExit();
            System.setProperty("FUSEKI_BASE", area.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create a work folder for Fuseki: " + e.getMessage(), e);
        }
    }

    /** Settings of a server; {@link #build()} reads the configuration file and fails fast on errors. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = DEFAULT_PORT;
        private boolean loopbackOnly = true;
        private ProjectFiles files = ProjectFiles.fromEnvironment();
        private String base;
        private Path passwordFile;

        /** The dataset to serve: a {@link org.papergraph.store.PaperStore}'s, opened through the configuration. */
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

        /**
         * The public address of the server root, ending in {@code /} (e.g. {@code https://w3id.org/papergraph/}
         * behind the w3id redirect); links in pages and the VoID use it. Null: {@code http://localhost:PORT/}.
         */
        public Builder base(String base) {
            if (base != null && !base.endsWith("/")) base = base + "/";
            this.base = base;
            return this;
        }

        /**
         * Enables SPARQL update at {@code /papergraph/update} and the read-write graph store at
         * {@code /papergraph/store}, for the users of this Jetty password file only ({@code user: password}
         * lines), with HTTP basic authentication. The file is read when the server is built.
         */
        public Builder updates(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        public PapergraphServer build() {
            if (dataset == null) throw new IllegalStateException("no dataset to serve");
            FusekiConfigFile config = FusekiConfigFile.read(files);
            DatasetDescriptionMap datasets = new DatasetDescriptionMap();
            // The service serves the store's dataset, not a second copy assembled from the file.
            datasets.register(config.dataset().asNode(), dataset);
            DataAccessPoint dap = FusekiConfig.buildDataAccessPoint(config.service(), datasets);
            if (dap == null) throw new IllegalStateException(config.source() + ": the service could not be built (see the log)");
            for (Endpoint ep : dap.getDataService().getEndpoints()) {
                if (WRITES.contains(ep.getOperation()) && ep.getAuthPolicy() == null) {
                    throw new IllegalStateException(config.source() + ": endpoint '" + ep.getName() + "' (" + ep.getOperation().getName()
                            + ") changes data but has no fuseki:allowedUsers; enable updates with --updates --password-file instead");
                }
            }
            DataService.Builder service = DataService.newBuilder(dap.getDataService());
            adminArea();
            ServiceAllowList.install(dataset.getContext());
            AtomicReference<PapergraphServer> built = new AtomicReference<>();
            // Read per request: with port 0 the address is known only once the server has started.
            Supplier<String> baseNow = () -> built.get().base();
            JsonLdContext context = new JsonLdContext();
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopbackOnly)
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new CappedQuery())
                    .registerOperation(Operation.GSP_R, new UnionDefaultGraphStore())
                    .enableCors(true, null)
                    .enablePing(true)
                    .enableStats(true)
                    .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                    .addFilter("/*", new RequestLimits())
                    .addFilter(AdminGuard.PATH, new AdminGuard())
                    // The pages (/www/…) and the WebJars' files (/webjars/…); every other path goes on to Fuseki.
                    .addFilter("/*", new StaticFiles())
                    .addServlet(LinkedDataServlet.ID + "*", new LinkedDataServlet(dataset, baseNow, context))
                    .addServlet(LinkedDataServlet.DOC + "*", new LinkedDataServlet(dataset, baseNow, context))
                    .addServlet(VoidServlet.PATH, new VoidServlet(dataset, baseNow, context))
                    .addServlet(JsonLdContext.PATH, new VoidServlet(dataset, baseNow, context));
            QueryPageScript.create(files).ifPresent(script -> fuseki.addServlet(script.getKey(), script.getValue()));
            if (passwordFile != null) {
                if (!Files.isReadable(passwordFile)) throw new IllegalArgumentException("cannot read the password file " + passwordFile);
                Set<String> users = Passwords.users(passwordFile);
                if (users.isEmpty()) throw new IllegalArgumentException(passwordFile + ": no users (lines 'user: password')");
                var policy = Auth.policyAllowSpecific(users);
                service.addEndpoint(Operation.Update, "update", policy);
                service.addEndpoint(Operation.GSP_RW, "store", policy);
                fuseki.passwordFile(passwordFile.toString());
            }
            fuseki.add(dap.getName(), service);
            PapergraphServer server = new PapergraphServer(fuseki.build(), base);
            built.set(server);
            return server;
        }
    }
}
