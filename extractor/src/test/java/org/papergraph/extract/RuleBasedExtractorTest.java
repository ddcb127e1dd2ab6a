package org.papergraph.extract;

import org.papergraph.model.Mention;
import org.papergraph.model.Extraction;
import org.papergraph.model.EntityType;

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

    @Test
    void aKnownNameBehindAHyphenatedPrefixIsPartOfAnotherName() {
        Extraction e = extract("Qux", "We propose Speedy-DINO for detection. Speedy-DINO outperforms DINO on COCO.");
        assertNotNull(find(e, "Speedy-DINO"), e.entities().toString());
        assertEquals(1, e.entities().stream().filter(m -> m.text().equals("DINO")).count(), e.entities().toString());
        assertTrue(e.entities().stream().noneMatch(m -> m.text().equals("DINO") && m.start() < 40), e.entities().toString());
    }

    @Test
    void aProposalsObjectEndsWhereAClauseStarts() {
        Extraction e = extract("Qux", "Additionally, we design a routing mechanism to split the Feed-Forward blocks of the base model into experts.");
        assertNull(find(e, "Feed-Forward"), e.entities().toString());
    }

    @Test
    void singularAndPluralOfANameAreOneEntity() {
        Extraction e = extract("Qux", "We study frequency-aware distillation for detectors. "
                + "We then compare several frequency-aware distillations on COCO.");
        assertEquals(1, e.entities().stream().filter(m -> m.text().startsWith("frequency-aware distillation")).count(),
                e.entities().toString());
    }

    @Test
    void aLowercaseKindModifierStaysInTheName() {
        Extraction e = extract("Qux", "HumanEval+ is a benchmark that evaluates function-level code generation. "
                + "We also train CNN-based segmentation models.");
        assertNotNull(find(e, "function-level code generation"), e.entities().toString());
        assertTrue(e.entities().stream().noneMatch(m -> m.text().startsWith("CNN-based")), e.entities().toString());
    }

    @Test
    void hyperparameterRatesAreNoMetrics() {
        Extraction e = extract("Qux", "Lowering the learning rate by 10% improves accuracy by 2%.");
        assertNull(find(e, "learning rate"), e.entities().toString());
        assertNotNull(find(e, "accuracy"), e.entities().toString());
    }

    @Test
    void anExpenseDescribedByItsSizeIsABurdenNotAMeasure() {
        Extraction burden = extract("Qux", "Scaling improves quality but leads to highly prohibitive computational costs.");
        assertNull(find(burden, "computational costs"), burden.entities().toString());
        Extraction reduced = extract("Qux", "Pruning reduces the computational costs of training.");
        assertNotNull(find(reduced, "computational costs"), reduced.entities().toString());
        Extraction quality = extract("Qux", "The detector improves robustness and reaches high detection accuracy.");
        assertNotNull(find(quality, "detection accuracy"), quality.entities().toString());
    }

    @Test
    void phrasesListedWithAMeasureAreMeasures() {
        Extraction listed = extract("Qux", "Our method reduces GPU hours, wall-clock time, and peak activation storage.");
        Mention energy = find(listed, "GPU hours");
        assertNotNull(energy, listed.entities().toString());
        assertEquals(EntityType.METRIC, energy.type());
        assertNotNull(find(listed, "peak activation storage"), listed.entities().toString());
        Extraction clauses = extract("Qux", "It reduces wall-clock time by 20% and bypasses checkpoint writes.");
        assertNull(find(clauses, "bypasses checkpoint writes"), clauses.entities().toString());
    }

    @Test
    void aTaskNamedBeforeTheWordTasksEndsThere() {
        Extraction e = extract("Qux", "We test on fracture reassembly tasks (FooBench, BarQA and BazSet).");
        Mention task = find(e, "fracture reassembly");
        assertNotNull(task, e.entities().toString());
        assertEquals(EntityType.TASK, task.type());
    }

    @Test
    void aOneWordTaskCountsWhenListedOrAfterADatasetName() {
        Extraction listed = extract("Qux", "We evaluate on object detection, segmentation, and depth estimation.");
        assertNotNull(find(listed, "segmentation"), listed.entities().toString());
        Extraction dataset = extract("Qux", "Our model reaches 80% accuracy on ImageNet classification.");
        assertNotNull(find(dataset, "classification"), dataset.entities().toString());
        Extraction describing = extract("Qux", "Pre-training improves segmentation performance on four downstream classification tasks.");
        assertNull(find(describing, "segmentation"), describing.entities().toString());
        assertNull(find(describing, "classification"), describing.entities().toString());
    }

    @Test
    void aCapitalizedPartJoinedToAKnownModelNamesAVariant() {
        Mention m = find(extract("Qux", "We compare against Llama-3-Physician and ResNet50-IBN."), "Llama-3-Physician");
        assertNotNull(m);
        assertEquals(EntityType.MODEL, m.type());
    }

    @Test
    void anAcronymDefinedAsAClassNamesNothingElsewhere() {
        Extraction e = extract("Qux", "We explore whether tiny language models (TLMs) learn syntax. A deep TLM architecture does.");
        assertTrue(e.entities().stream().noneMatch(m -> m.text().startsWith("TLM")), e.entities().toString());
    }

    @Test
    void aPluralTaskHeadNamesNoTask() {
        Extraction e = extract("Qux", "Filters trade benchmark performance against the risk of toxic generations.");
        assertTrue(e.entities().stream().noneMatch(m -> m.text().contains("generations")), e.entities().toString());
    }

    @Test
    void pluralMethodHeadsIntroduceListsOfMethods() {
        Extraction e = extract("Qux", "We reach lower perplexity than memory efficient algorithms such as FooOpt and BarAdam (Smith et al., 2024).");
        assertEquals(EntityType.METHOD, find(e, "FooOpt").type());
        assertEquals(EntityType.METHOD, find(e, "BarAdam").type());
    }

    @Test
    void dimensionsAreNoNumbersThatMeasure() {
        Extraction e = extract("Qux", "We bring 2D knowledge into the 3D domain at a minor parameter cost.");
        assertNull(find(e, "parameter cost"), e.entities().toString());
    }

    @Test
    void aLatexFontSwitchLeftBeforeAnAcronymIsNoPartOfIt() {
        String text = "We propose widget oscillation damping (rm WOD) to improve robustness. WOD is fast.";
        Mention m = find(extract("Qux", text), "WOD");
        assertNotNull(m, extract("Qux", text).entities().toString());
        assertEquals("widget oscillation damping", m.canonical());
        assertEquals("widget oscillation damping (rm WOD)", text.substring(m.start(), m.end()), "offsets still point into the text as given");
    }

    @Test
    void aLatexTieReadsAsASpace() {
        Extraction e = extract("Qux", "Our model is better than OpenFlamingo~openflamingo on captioning.");
        assertNotNull(find(e, "OpenFlamingo"), e.entities().toString());
        assertTrue(e.entities().stream().noneMatch(m -> m.text().contains("~")), e.entities().toString());
    }

    @Test
    void aVariantOfAKnownMethodIsItsOwnAndMayBeProposed() {
        Extraction e = extract("Qux", "We propose Speedy-DINO, which extends DINO from a dense model to a dynamic framework "
                + "via an efficient MoE-Tuning strategy. We compare with LoRA-GA and LoRA+.");
        Mention tuning = find(e, "MoE-Tuning");
        assertNotNull(tuning, e.entities().toString());
        assertEquals(EntityType.METHOD, tuning.type());
        assertTrue(tuning.proposed(), e.entities().toString());
        assertNotNull(find(e, "LoRA-GA"), e.entities().toString());
        assertNotNull(find(e, "LoRA+"), e.entities().toString());
    }

    @Test
    void aNumberedSubsetOfAKnownDatasetIsPartOfItsName() {
        Extraction e = extract("Qux", "We pre-train on AudioSet-2M and evaluate on ImageNet.");
        Mention audio = find(e, "AudioSet-2M");
        assertNotNull(audio, e.entities().toString());
        assertEquals(EntityType.DATASET, audio.type());
    }
}
