package org.papergraph.extract;

import org.papergraph.model.Result;
import org.papergraph.model.ResultKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.OpenNlpAnalyzer;

class ResultFinderTest {
    private final Extractor extractor = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project());

    private List<Result> results(String text) {
        return extractor.extract(new Paper(null, "GaLore: Memory-Efficient Training", text, null, null, null, null, "test")).results();
    }

    private static Result only(List<Result> results) {
        assertEquals(1, results.size(), results.toString());
        return results.get(0);
    }

    @Test
    void percentDecreaseWithQualifierMetricAndProposedSubject() {
        Result r = only(results("We propose GaLore. Our method reduces memory usage by up to 65.5% in optimizer states."));
        assertEquals(new BigDecimal("65.5"), r.value());
        assertEquals("%", r.unit());
        assertEquals(ResultKind.DECREASE, r.kind());
        assertEquals("up to", r.qualifier());
        assertEquals("memory usage", r.metric());
        assertEquals("GaLore", r.subject());
    }

    @Test
    void timesFasterIsAnIncreaseInX() {
        Result r = only(results("We propose GaLore, which trains 1.7× faster than full fine-tuning."));
        assertEquals(new BigDecimal("1.7"), r.value());
        assertEquals("x", r.unit());
        assertEquals(ResultKind.INCREASE, r.kind());
        assertEquals("full fine-tuning", r.baseline());
        Result two = only(results("GaLore is 2x faster."));
        assertEquals(new BigDecimal("2"), two.value());
        assertEquals("x", two.unit());
    }

    @Test
    void absoluteScoreOnADataset() {
        Result r = only(results("GaLore achieves 91.37% accuracy on GLUE."));
        assertEquals(ResultKind.ABSOLUTE, r.kind());
        assertEquals("accuracy", r.metric());
        assertEquals("GLUE", r.dataset());
    }

    @Test
    void pointsAndRangesGiveOneResultEach() {
        List<Result> rs = results("GaLore improves BLEU by 0.12–0.36 points.");
        assertEquals(2, rs.size(), rs.toString());
        assertEquals(new BigDecimal("0.12"), rs.get(0).value());
        assertEquals(new BigDecimal("0.36"), rs.get(1).value());
        assertEquals("points", rs.get(0).unit());
    }

    @Test
    void countsSizesYearsPValuesPrevalencesAndTheoreticalRatesAreNoResults() {
        for (String text : List.of(
                "We train LLaMA 7B on 19.7B tokens with 8 GPUs and 1.56M examples in 2024. See Section 3.",
                "GaLore outperformed full fine-tuning (p = 0.031) and (p < 0.05) in every run.",
                "The disease affects 35% of extremely low birth weight infants and 12.5% of adults.",
                "We prove that GaLore converges at a rate of O(1/\\sqrt{T}) with a regret of O(T^{0.5}) and \\mathcal{O}(\\epsilon^{-2.5}) samples.")) {
            assertTrue(results(text).isEmpty(), () -> text + " -> " + results(text));
        }
        List<Result> spreads = results("GaLore reaches an AUROC of 0.78 ± 0.10, and 0.91 pm 0.12 as the page's LaTeX writes it.");
        assertEquals(List.of(new BigDecimal("0.78"), new BigDecimal("0.91")), spreads.stream().map(Result::value).toList());
    }
}
