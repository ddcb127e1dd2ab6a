package org.papergraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.papergraph.config.FusekiConfigFile;
import org.papergraph.config.ProjectFiles;
import org.papergraph.model.Extraction;
import org.papergraph.rdf.ExtractionMapper;
import org.apache.jena.atlas.iterator.Iter;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.PG;

/**
 * A TDB2 database on disk holding one named graph per paper. Loading a paper replaces its graph, so loading
 * the same input twice leaves the store as it was, and a re-extraction replaces what an older one wrote.
 * Papers are written in large write transactions ({@link #DEFAULT_BATCH} papers): TDB2 keeps a copy of
 * every changed block per commit, so small transactions bloat the files. The default graph is the union of
 * the named graphs. Thread-safe for concurrent readers; one loader at a time.
 */
public final class PaperStore implements AutoCloseable {
    public static final int DEFAULT_BATCH = 5_000;

    private final DatasetGraph dataset;
    private final Path location;
    private final ExtractionMapper mapper = new ExtractionMapper();

    private PaperStore(Path location, DatasetGraph dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /** Opens the database in {@code location}, creating it if needed, with the project's configuration. */
    public static PaperStore open(Path location) {
        return open(location, ProjectFiles.fromEnvironment());
    }

    /**
     * Opens the database in {@code location}, creating it if needed, through the text dataset of
     * {@code fuseki-config/papergraph.ttl} ({@link TextIndexedDataset}), so that every load keeps the
     * full-text index in step; an index missing beside existing data is built first.
     */
    public static PaperStore open(Path location, ProjectFiles files) {
        DatasetGraph dsg = TextIndexedDataset.open(location, FusekiConfigFile.read(files));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new PaperStore(location, dsg);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public Path location() {
        return location;
    }

    /**
     * Looks at a batch before it is stored; returns false to stop loading before the batch is written.
     * Called on the loading thread.
     */
    @FunctionalInterface
    public interface BatchCheck {
        boolean accept(DatasetGraph batch, long papersBefore);

        BatchCheck NONE = (batch, before) -> true;
    }

    /**
     * Loads extractions, replacing the graph of each paper. Each batch is built in memory, shown to
     * {@code check}, and then written in one write transaction; {@code progress} is told the number of
     * papers committed after each. Returns the number of papers loaded.
     */
    public long load(Iterator<Extraction> extractions, int batchSize, BatchCheck check, LongConsumer progress) {
        long loaded = 0;
        while (extractions.hasNext()) {
            DatasetGraph batch = DatasetGraphFactory.createTxnMem();
            StreamRDF sink = StreamRDFLib.dataset(batch);
            List<Node> graphs = new ArrayList<>();
            while (extractions.hasNext() && graphs.size() < batchSize) {
                Extraction e = extractions.next();
                graphs.add(NodeFactory.createURI(Iris.paper(e.paper().id())));
                mapper.write(e, sink);
            }
            if (!check.accept(batch, loaded)) break;
            Txn.executeWrite(dataset, () -> {
                for (Node graph : graphs) dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                batch.find().forEachRemaining(dataset::add);
            });
            loaded += graphs.size();
            progress.accept(loaded);
        }
        return loaded;
    }

    public long load(List<Extraction> extractions) {
        return load(extractions.iterator(), DEFAULT_BATCH, BatchCheck.NONE, n -> { });
    }

    /** Replaces a named graph with a model (the ontology and vocabulary graphs). */
    public void replaceGraph(String graphIri, Model model) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> {
            dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            model.getGraph().find().forEachRemaining(t -> dataset.add(Quad.create(g, t)));
        });
    }

    /** Quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Number of paper graphs. */
    public long paperCount() {
        return Txn.calculateRead(dataset, () ->
                Iter.count(Iter.filter(dataset.listGraphNodes(), g -> g.getURI().startsWith(PG.ID + "paper/"))));
    }

    /** Reclaims the space that old block copies take after incremental loads. */
    public void compact() {
        DatabaseMgr.compact(TextIndexedDataset.base(dataset), true);
    }

    @Override
    public void close() {
        // TDB2 datasets are shared per location within a JVM; the files are released when the JVM exits,
        // or explicitly so that tests can delete the folder.
        TextIndexedDataset.close(dataset);
    }
}
