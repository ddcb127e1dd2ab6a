package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.papergraph.store.DatasetExport;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a database, or one paper's graph, as an RDF dump with its VoID description, streaming.",
                "nq, trig and jsonld keep the named graphs (the VoID in <https://w3id.org/papergraph/id/graph/void>);",
                "nt, ttl and rdfxml write the union of the graphs."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder.")
    Path db;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (e.g. a paper's IRI).")
    String graph;

    @Option(names = {"-f", "--format"}, defaultValue = "nq", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DatasetExport.Format format;

    @Option(names = "--gzip", description = "Compress the output with gzip.")
    boolean gzip;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Instant started = Instant.now();
        try (PaperStore store = Stores.openExisting(db)) {
            Node g = graph == null ? null : NodeFactory.createURI(graph);
            if (g != null && !Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(g))) {
                System.err.println("papergraph export: no graph <" + graph + "> in " + db);
                return ExitCodes.NO_INPUT;
            }
            OutputStream raw;
            try {
                raw = output == null ? System.out : Files.newOutputStream(output);
            } catch (IOException e) {
                System.err.println("papergraph export: cannot write " + output + ": " + e.getMessage());
                return ExitCodes.CANNOT_CREATE;
            }
            GZIPOutputStream zipped = gzip ? new GZIPOutputStream(raw, 1 << 16) : null;
            OutputStream out = new BufferedOutputStream(zipped != null ? zipped : raw, 1 << 16);
            long written = Txn.calculateRead(store.dataset(), () -> DatasetExport.write(store.dataset(), g, format, out,
                    n -> System.err.printf("\rpapergraph export: %,d quads", n)));
            out.flush();
            if (zipped != null) zipped.finish();
            raw.flush();
            if (output != null) out.close();
            System.err.printf("%npapergraph export: %,d %s (VoID included) as %s to %s in %.1f s%n", written, format.quads ? "quads" : "triples",
                    format, output == null ? "standard output" : output, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        }
        return ExitCodes.OK;
    }
}
