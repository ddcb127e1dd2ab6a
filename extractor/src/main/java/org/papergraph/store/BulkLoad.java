package org.papergraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.papergraph.rdf.PG;

/**
 * A first load into an empty database: the paper graphs stream into TDB2's parallel bulk loader (Jena's
 * {@code LoaderParallel}, which builds the indexes on its own threads), then the text index is built from the
 * stored data. Memory stays flat: one batch of papers is held (for the batch check), and the loader's own
 * queues are bounded. The bulk loader is not transactional: a marker file is written into the folder before
 * and removed after, so that a database left by a killed bulk load is recognised (and, since it was empty
 * before, cleared by the next load; see {@link DatabaseFolder#clearInterruptedBulkLoad}). Not thread-safe.
 */
final class BulkLoad {
    private final PaperStore store;
    private final int batchSize;
    private double indexSeconds;

    BulkLoad(PaperStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
    }

    long run(Iterator<PaperGraph> papers, PaperStore.BatchCheck check, LongConsumer progress) {
        DatabaseFolder.markBulkLoad(store.location());
        DatasetGraph base = TextIndexedDataset.base(store.dataset());
        DataLoader loader = LoaderFactory.parallelLoader(base, (fmt, args) -> { });
        long loaded = 0;
        loader.startBulk();
        try {
            StreamRDF sink = loader.stream();
            sink.start();
            while (papers.hasNext()) {
                List<PaperGraph> batch = new ArrayList<>(Math.min(batchSize, 10_000));
                while (papers.hasNext() && batch.size() < batchSize) batch.add(papers.next());
                if (!check.accept(batch, loaded)) break;
                for (PaperGraph paper : batch) {
                    for (Quad q : paper.quads()) sink.quad(q);
                }
                loaded += batch.size();
                progress.accept(loaded);
            }
            sink.finish();
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
        long indexing = System.nanoTime();
        if (store.dataset() instanceof DatasetGraphText text) {
            // The vocabulary graph was written through the text dataset before, and is indexed already.
            TextIndexedDataset.reindex(text, g -> !g.equals(NodeFactory.createURI(PG.VOCABULARY_GRAPH)));
        }
        indexSeconds = (System.nanoTime() - indexing) / 1e9;
        DatabaseFolder.unmarkBulkLoad(store.location());
        return loaded;
    }

    double indexSeconds() {
        return indexSeconds;
    }
}
