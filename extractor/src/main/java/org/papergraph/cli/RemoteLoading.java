package org.papergraph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import org.papergraph.config.BuildInfo;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.ParallelExtraction;
import org.papergraph.ingest.PaperStream;
import org.papergraph.rdf.PG;
import org.papergraph.rdf.Provenance;
import org.papergraph.store.RemotePaperStore;

/** {@code load --server URL}: extract here, store on a running server through its update endpoint. */
final class RemoteLoading {
    /** Papers per update request: small enough that readers wait little for a transaction, big enough to be quick. */
    static final int PAPERS_PER_REQUEST = 50;

    private RemoteLoading() {
    }

    /** The update endpoint of a server given by its base address or by the endpoint itself. */
    static URI updateEndpoint(String server) {
        URI uri;
        try {
            uri = URI.create(server);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage("--server: not a URL: " + server);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw CommandFailure.usage("--server: expected an http(s) URL such as http://localhost:3030/, got " + server);
        }
        if (uri.getPath() != null && uri.getPath().endsWith("/update")) return uri;
        return URI.create(server.endsWith("/") ? server : server + "/").resolve("papergraph/update");
    }

    static long run(Loading.Sources sources, String server, Path credentials, Extractor extractor, int threads,
                    Boolean progress, PapergraphCommand command) throws Exception {
        if (!sources.nquads().isEmpty()) {
            throw CommandFailure.usage("load --server sends extracted papers; N-Quads (" + sources.nquads().get(0)
                    + ") are loaded into a database folder with --db while no server holds it");
        }
        RemotePaperStore remote;
        try {
            remote = RemotePaperStore.connect(updateEndpoint(server), credentials);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage(e.getMessage());
        }
        Inputs inputs = sources.inputs();
        Instant started = Instant.now();
        long papers;
        try (PaperStream stream = inputs.stream(command.err());
             Progress bar = Progress.forInput("load", inputs.totalChars(), progress, command.errStream());
             ParallelExtraction extractions = new ParallelExtraction(stream.onProgress(bar::charsRead), extractor, threads,
                     PAPERS_PER_REQUEST * 2)) {
            papers = remote.load(extractions, PAPERS_PER_REQUEST, n -> bar.message(n + " papers stored on the server"));
            remote.addToGraph(PG.PROVENANCE_GRAPH, Provenance.run(BuildInfo.version(), started, Instant.now(), inputs.names(), papers));
            command.message("%d papers into %s (%d duplicates skipped, %s; not validated) in %.1f s", papers, remote.endpoint(),
                    stream.duplicates(), inputs.problemSummary(), java.time.Duration.between(started, Instant.now()).toMillis() / 1000.0);
            return papers;
        } catch (RemotePaperStore.RemoteLoadException e) {
            throw new CommandFailure(ExitCodes.FAILURE, "load --server: " + e.getMessage() + " (the papers sent before stay stored)", e);
        }
    }
}
