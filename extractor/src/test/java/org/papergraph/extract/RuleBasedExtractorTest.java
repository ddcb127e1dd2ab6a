package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.OpenNlpAnalyzer;

class RuleBasedExtractorTest {
    private final Extractor extractor = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project());

    private Extraction extract(String title, String text) {
        return extractor.extract(new Paper(null, title, text, null, null, null, null, "test"));
    }

    private static Mention find(Extraction e, String name) {
        for (Mention m : e.entities()) {
            if (m.text().equals(name) || m.canonical().equals(name)) return m;
        }
        return null;
    }

    @Test
    void inventedNamesAreFoundAndTyped() {
        Extraction e = extract("FooBarNet: Better Nets",
                "We propose FooBarNet, a lightweight framework for image classification. "
                        + "FooBarNet is evaluated on the ZetaQA benchmark and reaches 91.2% accuracy on ImageNet.");
        Mention foo = find(e, "FooBarNet");
        assertNotNull(foo, e.entities().toString());
        assertEquals(EntityType.METHOD, foo.type());
        assertTrue(foo.proposed());
        Mention zeta = find(e, "ZetaQA");
        assertNotNull(zeta, e.entities().toString());
        assertEquals(EntityType.DATASET, zeta.type());
        assertFalse(zeta.proposed());
        assertEquals(EntityType.DATASET, find(e, "ImageNet").type());
        assertEquals(EntityType.TASK, find(e, "image classification").type());
    }

    @Test
    void anAcronymAndItsLongFormAreOneEntity() {
        Extraction e = extract("Quux",
                "We introduce Sparse Quantized Widget Learning (SQWL), a training method. SQWL halves memory usage.");
        Mention m = find(e, "SQWL");
        assertNotNull(m, e.entities().toString());
        assertEquals("Sparse Quantized Widget Learning", m.canonical());
        assertEquals(1, e.entities().stream().filter(x -> x.canonical().equals("Sparse Quantized Widget Learning")).count());
        assertTrue(m.proposed());
    }

    @Test
    void anAbstractsOwnAcronymDefinitionWinsOverTheVocabulary() {
        // "SSL" is an altLabel of self-supervised learning; here the abstract defines it otherwise.
        Extraction e = extract("SkelNet: Skeletons",
                "We propose an efficient framework, named Skeleton Sequence Learning (SSL). SSL outperforms prior work.");
        Mention m = find(e, "SSL");
        assertNotNull(m, e.entities().toString());
        assertEquals("Skeleton Sequence Learning", m.canonical());
        assertNull(m.conceptIri());
        assertTrue(e.entities().stream().noneMatch(x -> "self-supervised learning".equals(x.canonical())), e.entities().toString());
    }

    @Test
    void anUnnamedTechniqueTheAuthorsIntroduceIsAProposedMethod() {
        Extraction e = extract("Plain",
                "At inference time, we introduce two-pass widget folding, improving robustness to unseen objects.");
        Mention m = find(e, "two-pass widget folding");
        assertNotNull(m, e.entities().toString());
        assertEquals(EntityType.METHOD, m.type());
        assertTrue(m.proposed());
        assertNull(find(e, "inference time"), "'at inference time' is a phase, not a metric");
    }

    @Test
    void vagueModelsHardwareAndPrecisionsAreNoEntities() {
        Extraction e = extract("Plain",
                "Large language models (LLMs) are trained on NVIDIA A100 GPUs in BF16 with a novel framework.");
        assertNull(find(e, "LLMs"), e.entities().toString());
        assertNull(find(e, "A100"));
        assertNull(find(e, "BF16"));
    }

    @Test
    void modelSizesArePartOfTheNameAndLinkToTheFamily() {
        Extraction e = extract("Plain", "We fine-tune LLaMA 7B and ResNet-50 with LoRA.");
        Mention llama = find(e, "LLaMA 7B");
        assertNotNull(llama, e.entities().toString());
        assertEquals(EntityType.MODEL, llama.type());
        assertNotNull(llama.broaderIri());
        assertEquals("Low-Rank Adaptation", find(e, "LoRA").canonical());
    }

    @Test
    void aCatchyTitlePhraseIsNoNameButOneTheAbstractUsesIs() {
        Extraction catchy = extract("Beyond Cosine Decay: Schedules for Continual Pre-training",
                "We study learning rate schedules for the continual pre-training of language models.");
        assertNull(find(catchy, "Beyond Cosine Decay"), catchy.entities().toString());
        Extraction named = extract("Data Mixing Agent: Learning to Re-weight Domains",
                "Domains are mixed by hand today. Data Mixing Agent learns to re-weight them during pre-training.");
        assertNotNull(find(named, "Data Mixing Agent"), named.entities().toString());
    }

    @Test
    void aNewNameEndingLikeAnArchitectureIsAModel() {
        Mention net = find(extract("Qux", "We propose GlimmerNet for fracture forecasting."), "GlimmerNet");
        assertNotNull(net);
        assertEquals(EntityType.MODEL, net.type());
        Mention flow = find(extract("Qux", "We propose QuuxFlow for fracture forecasting."), "QuuxFlow");
        assertNotNull(flow);
        assertEquals(EntityType.METHOD, flow.type());
    }

    @Test
    void aProposedNameMayStartWithAHyphenatedModifier() {
        Extraction e = extract("Qux", "For one, we introduce a 2D-guided masking strategy that keeps semantic tokens visible.");
        Mention m = find(e, "2D-guided masking");
        assertNotNull(m, e.entities().toString());
        assertTrue(m.proposed());
        assertNull(find(e, "2D-guided"), e.entities().toString());
    }

    @Test
    void aParticipleAfterAnAuxiliaryIsTheVerbNotAModifier() {
        Extraction e = extract("Qux", "Recent works have empirically analyzed in-context learning in transformers.");
        assertNotNull(find(e, "in-context learning"), e.entities().toString());
        assertNull(find(e, "analyzed in-context learning"), e.entities().toString());
    }

    @Test
    void anAcronymOfAClassOfModelsIsNoEntity() {
        Extraction e = extract("Qux", "Convolutional Neural Networks (CNNs) are pivotal in image classification. "
                + "Diffusion models (DMs) generate images. Lightweight CNNs run on phones.");
        assertTrue(e.entities().stream().noneMatch(m -> m.text().startsWith("CNN") || m.text().startsWith("DM")
                || m.canonical().toLowerCase(java.util.Locale.ROOT).contains("networks")), e.entities().toString());
        assertNotNull(find(e, "image classification"));
    }
}
