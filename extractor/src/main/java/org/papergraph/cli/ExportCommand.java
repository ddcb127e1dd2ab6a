package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.papergraph.store.DatasetExport;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a database, or one paper's graph, as an RDF dump with its VoID description, streaming.",
                "nq, trig and jsonld keep the named graphs (the VoID in <https://w3id.org/papergraph/id/graph/void>);",
                "nt, ttl and rdfxml write the union of the graphs. The database must be one that load wrote."})
final class ExportCommand extends PapergraphCommand {
    @Mixin
    DbOption db;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (e.g. a paper's IRI).")
    String graph;

    @Option(names = {"-f", "--format"}, defaultValue = "nq", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DatasetExport.Format format;

    @Option(names = "--gzip", description = "Compress the output with gzip (needs -o FILE: standard output carries text).")
    boolean gzip;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Override
    protected int doCall() throws IOException {
        if (gzip && output == null) {
            throw CommandFailure.usage("--gzip writes a file: add -o FILE.gz (or pipe the uncompressed dump to gzip)");
        }
        Instant started = Instant.now();
        try (PaperStore store = db.openExisting()) {
            Node g = graph == null ? null : NodeFactory.createURI(graph);
            if (g != null && !Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(g))) {
                throw CommandFailure.noInput("no graph <" + graph + "> in " + db.path());
            }
            OutputStream raw;
            try {
                raw = output == null ? outStream() : Files.newOutputStream(output);
            } catch (IOException e) {
                throw CommandFailure.cannotCreate("cannot write " + output + ": " + e.getMessage());
            }
            GZIPOutputStream zipped = gzip ? new GZIPOutputStream(raw, 1 << 16) : null;
            long written;
            try (OutputStream out = new BufferedOutputStream(zipped != null ? zipped : raw, 1 << 16)) {
                written = Txn.calculateRead(store.dataset(), () -> DatasetExport.write(store.dataset(), g, format, out,
                        n -> {
                            err().printf("\rpapergraph export: %,d quads", n);
                            err().flush();
                        }));
            }
            err().println();
            message("%,d %s (VoID included) as %s to %s in %.1f s", written, format.quads ? "quads" : "triples",
                    format, output == null ? "standard output" : output, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        }
        return ExitCodes.OK;
    }
}
