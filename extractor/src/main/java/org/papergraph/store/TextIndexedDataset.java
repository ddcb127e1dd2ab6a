package org.papergraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.config.FusekiConfigFile;

/**
 * The database as {@code fuseki-config/papergraph.ttl} describes it: TDB2 wrapped by a jena-text (Lucene)
 * dataset, built by Jena's assembler. Writes through it are indexed when their transaction commits. The
 * Lucene folder holds one writer per JVM, so a database is opened once and the dataset shared (the
 * loader and the server of {@code up} use the same object).
 */
public final class TextIndexedDataset {
    private static final int COMMIT_EVERY = 200_000;

    private TextIndexedDataset() {
    }

    /**
     * Assembles the dataset of {@code config} pointed at {@code db}. When the index folder does not exist yet
     * but the database holds data (a database loaded before the index existed), the index is built from it.
     */
    public static DatasetGraph open(Path db, FusekiConfigFile config) {
        FusekiConfigFile local = config.forDatabase(db);
        boolean indexExisted = Files.isDirectory(local.textIndexDirectory());
        Dataset ds = (Dataset) Assembler.general().open(local.model().getResource(local.dataset().getURI()));
        DatasetGraph dsg = ds.asDatasetGraph();
        if (!(dsg instanceof DatasetGraphText text)) {
            throw new IllegalStateException(config.source() + ": the service's dataset is not a text:TextDataset");
        }
        if (!indexExisted) reindex(text);
        return dsg;
    }

    /** Indexes every quad of the indexed predicates; returns the number of entries written. */
    public static long reindex(DatasetGraphText dsg) {
        return reindex(dsg, g -> true);
    }

    /**
     * Indexes the quads of the indexed predicates in the graphs {@code graphs} accepts, committing every
     * {@value #COMMIT_EVERY} entries (Lucene flushes its buffer by size meanwhile, so memory stays flat);
     * returns the number of entries written.
     */
    public static long reindex(DatasetGraphText dsg, Predicate<Node> graphs) {
        TextIndex index = dsg.getTextIndex();
        EntityDefinition definition = index.getDocDef();
        Set<Node> predicates = new LinkedHashSet<>();
        for (String field : definition.fields()) predicates.addAll(definition.getPredicates(field));
        long[] written = {0};
        Txn.executeRead(dsg, () -> {
            for (Node p : predicates) {
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining((Quad q) -> {
                    if (!graphs.test(q.getGraph())) return;
                    Entity entity = TextQueryFuncs.entityFromQuad(definition, q);
                    if (entity != null) {
                        index.addEntity(entity);
                        if (++written[0] % COMMIT_EVERY == 0) index.commit();
                    }
                });
            }
            index.commit();
        });
        return written[0];
    }

    /** The TDB2 dataset under the text index. */
    public static DatasetGraph base(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphText text ? text.monitored() : dsg;
    }

    /** Closes the Lucene index and releases the TDB2 files (so that a test can delete the folder). */
    public static void close(DatasetGraph dsg) {
        if (dsg instanceof DatasetGraphText text) text.getTextIndex().close();
        TDBInternal.expel(base(dsg));
    }
}
