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
import java.io.IOException;
import java.nio.file.Files;
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
     *
     * @throws StoreException when the path is a file or cannot be created ({@link StoreException.Kind#CANNOT_CREATE}),
     *                        or another process holds the database ({@link StoreException.Kind#LOCKED})
     */
    public static PaperStore open(Path location, ProjectFiles files) {
        if (Files.exists(location) && !Files.isDirectory(location)) {
            throw new StoreException(StoreException.Kind.CANNOT_CREATE, location,
                    "--db " + location + " is a file, not a database folder", null);
        }
        try {
            Files.createDirectories(location);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(StoreException.Kind.CANNOT_CREATE, location,
                    "cannot create the database folder " + location + " (" + e + ")", e);
        }
        if (!Files.isWritable(location)) {
            throw new StoreException(StoreException.Kind.CANNOT_CREATE, location, "the database folder " + location + " is not writable", null);
        }
        DatabaseFolder.lockHolder(location).ifPresent(holder -> {
            throw locked(location, DatabaseFolder.describe(holder), null);
        });
        return connect(location, files);
    }

    /** {@link #openExisting(Path, ProjectFiles)} with the project's configuration. */
    public static PaperStore openExisting(Path location) {
        return openExisting(location, ProjectFiles.fromEnvironment());
    }

    /**
     * Opens an existing papergraph database (one that {@code load} wrote), for reading, through the same
     * text-indexed dataset as {@link #open}; refuses anything else before writing anything into the folder
     * (the check reads the bare TDB2 database, so a refused folder gets no text index either).
     *
     * @throws StoreException {@link StoreException.Kind#NOT_A_DATABASE} when there is none,
     *                        {@link StoreException.Kind#CANNOT_CREATE} for a file, {@link StoreException.Kind#LOCKED}
     */
    public static PaperStore openExisting(Path location, ProjectFiles files) {
        String why = DatabaseFolder.whyNotTdb2(location);
        if (why != null) {
            throw new StoreException(Files.isRegularFile(location) ? StoreException.Kind.CANNOT_CREATE : StoreException.Kind.NOT_A_DATABASE,
                    location, "no papergraph database at " + location + ": it " + why
                    + " (create one with: papergraph load FILE… --db " + location + ")", null);
        }
        DatasetGraph bare = connectTdb2(location);
        boolean papergraph = Txn.calculateRead(bare, () -> bare.containsGraph(NodeFactory.createURI(PG.VOCABULARY_GRAPH)));
        if (!papergraph) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(bare);
            DatabaseFolder.releaseLocks(location);
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE, location, "the TDB2 database at " + location
                    + " is not a papergraph database (it has no " + PG.VOCABULARY_GRAPH + " graph, which every load writes)", null);
        }
        // The text dataset's TDB2 part is the connection just made (TDB2 shares one per location and JVM).
        return connect(location, files);
    }

    private static DatasetGraph connectTdb2(Path location) {
        DatabaseFolder.lockHolder(location).ifPresent(holder -> {
            throw locked(location, DatabaseFolder.describe(holder), null);
        });
        try {
            return DatabaseMgr.connectDatasetGraph(location.toString());
        } catch (RuntimeException e) {
            throw connectFailure(location, e);
        }
    }

    private static PaperStore connect(Path location, ProjectFiles files) {
        FusekiConfigFile config = FusekiConfigFile.read(files);
        config.dataset(); // a configuration without its service fails here, before the database is touched
        // No lock probe here: the caller made it before connecting. Probing a lock file this process holds would
        // release it (closing any channel on a file drops the process's POSIX locks on it).
        DatasetGraph dsg;
        try {
            dsg = TextIndexedDataset.open(location, config);
        } catch (IllegalStateException e) {
            // A broken fuseki-config is the configuration's fault, reported as such, not as a database that cannot be opened.
            if (String.valueOf(e.getMessage()).startsWith(config.source())) throw e;
            throw connectFailure(location, e);
        } catch (RuntimeException e) {
            throw connectFailure(location, e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new PaperStore(location, dsg);
    }

    private static StoreException connectFailure(Path location, RuntimeException e) {
        boolean lock = false;
        for (Throwable t = e; t != null && !lock; t = t.getCause() == t ? null : t.getCause()) {
            // TDB2's lock message, or the Lucene index's (LockObtainFailedException, under "caught: openIndexWriter").
            lock = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("lock")
                    || t.getClass().getSimpleName().contains("Lock");
        }
        if (lock) {
            return locked(location, "another process", e);
        }
        return new StoreException(StoreException.Kind.CANNOT_CREATE, location, "cannot open the database " + location + ": " + e.getMessage(), e);
    }

    private static StoreException locked(Path location, String holder, Throwable cause) {
        // TDB2 allows one process per database: a running serve or up, or another load.
        return new StoreException(StoreException.Kind.LOCKED, location, "the database " + location + " is in use by " + holder
                + "; TDB2 allows one process per database: wait for a load to finish, or stop the server (and query it over"
                + " HTTP at /papergraph/query meanwhile)", cause);
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

    /** Adds a model to a named graph, keeping what it holds (the provenance of every load). */
    public void addToGraph(String graphIri, Model model) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> model.getGraph().find().forEachRemaining(t -> dataset.add(Quad.create(g, t))));
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
        // Expelling leaves this process's id in the lock files, and TDB2 refuses a database whose lock names a
        // live process: another process (the next load, a server) could not open it until this JVM exits.
        DatabaseFolder.releaseLocks(location);
    }
}
