package org.papergraph.extract;

import org.papergraph.model.Result;
import org.papergraph.model.Extraction;
import org.papergraph.model.EntityType;
import org.papergraph.model.ResultKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.OpenNlpAnalyzer;

/** Each written form of a number, each exclusion of GUIDELINES.md, and lists of numbers. */
class ResultFormsTest {
    private static final Extractor EXTRACTOR = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project());

    private static List<Result> results(String text) {
        return EXTRACTOR.extract(new Paper(null, "ZetaNet: A Test", text, null, null, null, null, "test")).results();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ZetaNet reduces memory usage by 65.5% on C4.                  | 65.5 | %      | DECREASE",
            "ZetaNet trains 2x faster than BERT.                           | 2    | x      | INCREASE",
            "ZetaNet is 1.7× faster than BERT.                             | 1.7  | x      | INCREASE",
            "ZetaNet improves BLEU by +22.5 points over BERT.              | 22.5 | points | INCREASE",
            "ZetaNet improves accuracy by 0.12 points over BERT.           | 0.12 | points | INCREASE",
            "ZetaNet improves accuracy by 3.2 percentage points over BERT. | 3.2  | pp     | INCREASE",
            "ZetaNet achieves 91.37% accuracy on GLUE.                     | 91.37| %      | ABSOLUTE",
            "ZetaNet reaches 46.2 mAP on nuScenes.                         | 46.2 | mAP    | ABSOLUTE",
            "ZetaNet lowers perplexity by 1.07.                            | 1.07 |        | DECREASE",
            "ZetaNet is up to $29\\times$ faster than BERT.               | 29   | x      | INCREASE",
            "ZetaNet cuts the latency of BERT by 3.4$\\times$.            | 3.4  | x      | DECREASE",
            "ZetaNet improves accuracy by $1.81\\%$ over BERT.            | 1.81 | %      | INCREASE",
            "ZetaNet is ${2.5 \times}$ faster than BERT.                   | 2.5  | x      | INCREASE",
            "ZetaNet is four times faster than BERT.                       | 4    | x      | INCREASE",
            "ZetaNet gives a threefold reduction in memory.                | 3    | x      | DECREASE",
            "ZetaNet outperforms BERT by over ten-fold in game score.      | 10   | x      | INCREASE",
    })
    void numberForms(String sentence, String value, String unit, ResultKind kind) {
        List<Result> rs = results("We propose ZetaNet. " + sentence);
        assertEquals(1, rs.size(), rs.toString());
        Result r = rs.get(0);
        assertEquals(new BigDecimal(value), r.value());
        assertEquals(unit == null || unit.isBlank() ? null : unit, r.unit());
        assertEquals(kind, r.kind());
        assertEquals("ZetaNet", r.subject());
        assertTrue(sentence.contains(r.text()), r.text());
    }

    @Test
    void aNumberStatedAsAMetricBelongsToThatMetric() {
        List<Result> rs = results("We propose ZetaNet. The best approach (AUROC = 0.77, Accuracy = 0.72, F1-score = 0.64) used ZetaNet.");
        assertEquals(List.of("0.77 AUC", "0.72 accuracy", "0.64 F1 score"),
                rs.stream().map(r -> r.value() + " " + r.metric()).toList(), rs.toString());
    }

    @Test
    void aMagnitudeBeforeAMetricIsPartOfTheUnit() {
        Result r = results("We propose ZetaNet. ZetaNet saves 35.4G FLOPs per image.").get(0);
        assertEquals("GFLOPs", r.unit());
        assertEquals("FLOPs", r.metric());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ZetaNet reduces memory usage by up to 65.5%.     | up to",
            "ZetaNet improves accuracy by at least 2.5%.      | at least",
            "ZetaNet improves accuracy by about 2.5%.         | about",
            "ZetaNet improves accuracy by over 2.5% on GLUE.  | over",
    })
    void qualifiers(String sentence, String qualifier) {
        Result r = results(sentence).get(0);
        assertEquals(qualifier, r.qualifier());
    }

    @Test
    void numbersListedWithSlashesAreOneResultEach() {
        List<Result> rs = results("ZetaNet reaches 72.31%/64.76%/50.33% on DOTA.");
        assertEquals(List.of(new BigDecimal("72.31"), new BigDecimal("64.76"), new BigDecimal("50.33")), rs.stream().map(Result::value).toList());
        rs.forEach(r -> assertEquals("%", r.unit()));
    }

    @Test
    void aRangeIsTwoResults() {
        List<Result> rs = results("ZetaNet improves BLEU by 0.12–0.36 points.");
        assertEquals(List.of(new BigDecimal("0.12"), new BigDecimal("0.36")), rs.stream().map(Result::value).toList());
        rs.forEach(r -> assertEquals("points", r.unit()));
    }

    @Test
    void listedNumbersShareTheUnitAndPairWithListedDatasetsInOrder() {
        List<Result> rs = results("We propose ZetaNet. ZetaNet improves Qwen2.5 by 8.43, 5.96 and 10.60 points on MMLU, GSM8K and HellaSwag.");
        assertEquals(3, rs.size(), rs.toString());
        assertEquals(List.of("MMLU", "GSM8K", "HellaSwag"), rs.stream().map(Result::dataset).toList());
        rs.forEach(r -> assertEquals("points", r.unit()));
        rs.forEach(r -> assertEquals(ResultKind.INCREASE, r.kind()));
        rs.forEach(r -> assertEquals("Qwen2.5", r.baseline()));
        rs.forEach(r -> assertEquals("ZetaNet", r.subject()));
    }

    @Test
    void aMetricNamedWithItsNumberBecomesAMetric() {
        Extraction e = EXTRACTOR.extract(new Paper(null, "ZetaNet: A Test",
                "We propose ZetaNet. It needs about 25% less memory than full fine-tuning.", null, null, null, null, "test"));
        Result r = e.results().get(0);
        assertEquals("memory", r.metric());
        assertEquals(ResultKind.DECREASE, r.kind());
        assertTrue(e.entities().stream().anyMatch(m -> m.type() == EntityType.METRIC && m.canonical().equals("memory")));
    }

    @Test
    void fewerParametersAreAResultWhereAShareOfThemIsNot() {
        assertTrue(results("It matches full fine-tuning with 0.5% trainable parameters.").isEmpty());
        Result r = results("It matches full fine-tuning with 95% fewer trainable parameters.").get(0);
        assertEquals(ResultKind.DECREASE, r.kind());
    }

    @Test
    void ourMethodIsWhatThePaperProposes() {
        Result r = results("We propose ZetaNet, a training method. Our method improves accuracy by 2.5% over BERT.").get(0);
        assertEquals("ZetaNet", r.subject());
        assertEquals("BERT", r.baseline());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "We collect 1.56M open-source data for training.",
            "The model has 7B parameters and 32 layers.",
            "We train on 19.7B tokens.",
            "Training uses 8 GPUs for 3.5 days.",
            "We fine-tune LLaMA 7B and Qwen2.5 72B.",
            "This was shown in 2023 and is described in Section 4.2.",
            "Using only 12% of the training data, it converges.",
            "Grounding DINO 1.5 is a detector.",
            "We study 4.5 x 10^6 authored texts.",
            "We induce up to 75% sparsity into the model.",
            "Data needed to reach a given level (AUC>0.95) drops.",
            "We distill it into a student model that is 8x smaller and keeps its quality.",
            "ZetaNet generates 256 × 256 images and $512\\times512$ crops.",
            "We run each experiment three times and report the mean.",
            "Pruning starts at 25% of total training compute.",
            "With 0.5% extra trainable parameters, our method adapts the model.",
            "It adapts the model while only utilizing 8% training samples."})
    void countsSizesYearsAndSectionsAreNoResults(String sentence) {
        assertTrue(results(sentence).isEmpty(), () -> results(sentence).toString());
    }

    @Test
    void noNumberNoResult() {
        assertTrue(results("ZetaNet improves accuracy substantially.").isEmpty());
    }
}
