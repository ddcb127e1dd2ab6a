package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.model.Extraction;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.extract.TestLexicons;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.OpenNlpAnalyzer;

public class PaperStoreTest {
    public static List<Extraction> fewAbstracts() {
        Extractor extractor = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project());
        return List.of(
                extractor.extract(new Paper(null, "GaLore: Memory-Efficient Training",
                        "We propose GaLore, a training strategy evaluated on C4 and GLUE. GaLore reduces memory usage by up to 65.5%.",
                        6, null, null, null, "t:1")),
                extractor.extract(new Paper(null, "DeBERTaV3: Better Pre-training",
                        "We present DeBERTaV3, a new pre-trained language model. DeBERTaV3 Large achieves a 91.37% average score on GLUE.",
                        3, null, null, null, "t:2")),
                extractor.extract(new Paper(null, "Plain ResNet",
                        "We train ResNet-50 on ImageNet and report 76.1% top-1 accuracy.", 2, null, null, null, "t:3")));
    }

    @Test
    void loadingTheSameInputTwiceLeavesTheStoreUnchanged(@TempDir Path dir) {
        List<Extraction> extractions = fewAbstracts();
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            assertEquals(3, store.load(extractions));
            long once = store.quadCount();
            assertTrue(once > 30, "quads: " + once);
            assertEquals(3, store.paperCount());
            store.load(extractions);
            assertEquals(once, store.quadCount());
            assertEquals(3, store.paperCount());
        }
        // Reopened from disk: the data was committed.
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            assertEquals(3, store.paperCount());
        }
    }
}
