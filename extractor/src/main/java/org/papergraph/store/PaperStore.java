package org.papergraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.papergraph.config.FusekiConfigFile;
import org.papergraph.config.ProjectFiles;
import org.papergraph.model.Extraction;
import org.apache.jena.atlas.iterator.Iter;
import org.papergraph.rdf.PG;

/**
 * A TDB2 database on disk holding one named graph per paper. Loading a paper replaces its graph, so loading
 * the same input twice leaves the store as it was, and a re-extraction replaces what an older one wrote; a
 * paper is one graph whatever its id (its title key, {@code pg:titleKey}, finds an earlier graph of it).
 * A first load into an empty database goes through TDB2's bulk loader ({@link BulkLoad}).
 * Papers are written in large write transactions ({@link #DEFAULT_BATCH} papers): TDB2 keeps a copy of
 * every changed block per commit, so small transactions bloat the files. The default graph is the union of
 * the named graphs. Thread-safe for concurrent readers; one loader at a time.
 */
public final class PaperStore implements AutoCloseable {
    public static final int DEFAULT_BATCH = 5_000;

    private final DatasetGraph dataset;
    private final Path location;
    private boolean clearedInterruptedLoad;

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
        // A bulk load runs only into an empty database: what a killed one left is cleared and loaded again.
        boolean cleared = DatabaseFolder.clearInterruptedBulkLoad(location);
        PaperStore store = connect(location, files);
        store.clearedInterruptedLoad = cleared;
        return store;
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
        if (DatabaseFolder.bulkLoadInterrupted(location)) {
            throw new StoreException(StoreException.Kind.NOT_A_DATABASE, location, "the database at " + location
                    + " is incomplete: its first load was interrupted during the bulk load; run the load again (it starts"
                    + " from scratch, since the database was empty before) or delete the folder", null);
        }
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
        boolean accept(List<PaperGraph> batch, long papersBefore);

        BatchCheck NONE = (batch, before) -> true;
    }

    /**
     * What a load did.
     *
     * @param papers     paper graphs stored
     * @param duplicates paper graphs skipped because the same paper (graph name or title key) came earlier in the same load
     * @param replaced   graphs of the same paper under another name (an earlier load gave it another id) that were dropped
     * @param bulk       whether the load went through the bulk loader (a first load into an empty database)
     * @param indexSeconds time spent building the text index after a bulk load (0 otherwise: transactions index as they commit)
     */
    public record Loaded(long papers, long duplicates, long replaced, boolean bulk, double indexSeconds) {
    }

    /**
     * Loads paper graphs, one graph per paper. Into an empty database (nothing but the vocabulary graph) and when
     * {@code bulkIfEmpty}, through TDB2's parallel bulk loader ({@link BulkLoad}); otherwise in write
     * transactions of {@code batchSize} papers, each paper replacing its graph and any graph with its title key.
     * Each batch is shown to {@code check} before it is stored; {@code progress} is told the number of papers
     * stored after each batch.
     */
    public Loaded load(Iterator<PaperGraph> papers, int batchSize, boolean bulkIfEmpty, BatchCheck check, LongConsumer progress) {
        DistinctPapers distinct = new DistinctPapers(papers);
        if (bulkIfEmpty && isEmpty()) {
            BulkLoad bulk = new BulkLoad(this, batchSize);
            long n = bulk.run(distinct, check, progress);
            return new Loaded(n, distinct.duplicates(), 0, true, bulk.indexSeconds());
        }
        long loaded = 0;
        long[] replaced = {0};
        while (distinct.hasNext()) {
            List<PaperGraph> batch = new ArrayList<>(Math.min(batchSize, 10_000));
            while (distinct.hasNext() && batch.size() < batchSize) batch.add(distinct.next());
            if (!check.accept(batch, loaded)) break;
            Txn.executeWrite(dataset, () -> {
                for (PaperGraph paper : batch) replaced[0] += replace(paper);
            });
            loaded += batch.size();
            progress.accept(loaded);
        }
        return new Loaded(loaded, distinct.duplicates(), replaced[0], false, 0);
    }

    /** Replaces the paper's graph, and drops a graph of the same paper under another name; in a write transaction. */
    private long replace(PaperGraph paper) {
        dataset.deleteAny(paper.graph(), Node.ANY, Node.ANY, Node.ANY);
        long dropped = 0;
        if (paper.titleKey() != null) {
            // An indexed lookup (POSG), not a scan: a paper loaded earlier under another id has the same key.
            List<Node> others = new ArrayList<>(1);
            dataset.find(Node.ANY, Node.ANY, PG.titleKey, NodeFactory.createLiteralString(paper.titleKey())).forEachRemaining(q -> {
                if (!q.getGraph().equals(paper.graph()) && isPaperGraph(q.getGraph()) && !others.contains(q.getGraph())) others.add(q.getGraph());
            });
            for (Node other : others) dataset.deleteAny(other, Node.ANY, Node.ANY, Node.ANY);
            dropped = others.size();
        }
        for (Quad q : paper.quads()) dataset.add(q);
        return dropped;
    }

    static boolean isPaperGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(PG.ID + "paper/");
    }

    /** Whether the database holds nothing but (perhaps) the vocabulary graph: the case for a bulk load. */
    public boolean isEmpty() {
        Node vocabulary = NodeFactory.createURI(PG.VOCABULARY_GRAPH);
        return Txn.calculateRead(dataset, () -> {
            Iterator<Node> graphs = dataset.listGraphNodes();
            while (graphs.hasNext()) {
                if (!graphs.next().equals(vocabulary)) return false;
            }
            return TextIndexedDataset.base(dataset).getDefaultGraph().isEmpty();
        });
    }

    /** Whether opening found the remains of an interrupted bulk load in an empty database, and cleared them. */
    public boolean clearedInterruptedLoad() {
        return clearedInterruptedLoad;
    }

    public long load(List<Extraction> extractions) {
        return load(PaperGraph.of(extractions.iterator()), DEFAULT_BATCH, true, BatchCheck.NONE, n -> { }).papers();
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
