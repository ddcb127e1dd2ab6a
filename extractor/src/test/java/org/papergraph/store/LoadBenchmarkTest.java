package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.ProjectFiles;
import org.papergraph.model.Extraction;

class LoadBenchmarkTest {
    @Test
    void bothLoadersLoadTheSameQuadsOfATinyShardAndAreMeasured(@TempDir Path dir) throws Exception {
        Path shards = dir.resolve("shards");
        try (NQuadsShards writer = new NQuadsShards(shards, 2)) {
            for (Extraction e : PaperStoreTest.fewAbstracts()) writer.write(e);
        }
        List<Path> files = NQuadsPapers.files(shards);
        assertEquals(2, files.size(), "3 papers, 2 a shard");
        LoadBenchmark.Load ours = LoadBenchmark.papergraph(files, dir.resolve("a"), ProjectFiles.at(Path.of("..")));
        LoadBenchmark.Load jena = LoadBenchmark.jena(files, dir.resolve("b"));
        assertTrue(jena.quads() > 30, "quads: " + jena.quads());
        assertEquals(jena.quads(), ours.quads());
        assertTrue(ours.quadsPerSecond() > 0 && jena.quadsPerSecond() > 0);
        assertTrue(ours.tdb2Bytes() > 0 && ours.bytes() > ours.tdb2Bytes(), "the text index is counted apart");
        assertEquals(LoadBenchmark.size(dir.resolve("b")), jena.bytes());
        try (PaperStore store = PaperStore.openExisting(dir.resolve("a"), ProjectFiles.at(Path.of("..")))) {
            assertEquals(3, store.paperCount());
        }
        LoadBenchmark.delete(dir.resolve("a"));
        assertTrue(!Files.exists(dir.resolve("a")));
        assertEquals(2.0, LoadBenchmark.median(new double[] {3, 1, 2}));
    }
}
