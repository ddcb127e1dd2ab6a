package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.papergraph.ingest.Paper;
import org.papergraph.model.Result;
import org.papergraph.nlp.OpenNlpAnalyzer;

/**
 * The result defects a new user met on the sample corpus (issue "Numeric results that hold on unseen abstracts"),
 * each on its whole abstract as the listing page gives it ({@code results/sample-corpus-defects.jsonl}).
 */
class ResultDefectsTest {
    private static final Map<String, Paper> ABSTRACTS = load();
    private final Extractor extractor = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project());

    private static Map<String, Paper> load() {
        Map<String, Paper> papers = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                ResultDefectsTest.class.getResourceAsStream("/results/sample-corpus-defects.jsonl"), StandardCharsets.UTF_8))) {
            ObjectMapper json = new ObjectMapper();
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                papers.put(n.get("id").asText(), new Paper(null, n.get("title").asText(), n.get("abstract").asText(), null, null, null, null, "test"));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return papers;
    }

    private List<Result> results(String id) {
        return extractor.extract(ABSTRACTS.get(id)).results();
    }

    private static Result valued(List<Result> results, String value) {
        List<Result> found = results.stream().filter(r -> r.value().compareTo(new BigDecimal(value)) == 0).toList();
        assertEquals(1, found.size(), value + " in " + results);
        return found.get(0);
    }

    private static boolean hasValue(List<Result> results, String value) {
        return results.stream().anyMatch(r -> r.value().compareTo(new BigDecimal(value)) == 0);
    }

    @Test
    void aPrevalenceIsNoResult() {
        List<Result> rs = results("bpd");
        assertTrue(!hasValue(rs, "35"), "'affecting 35% of … infants' is a prevalence: " + rs);
        assertTrue(rs.stream().noneMatch(r -> "Bronchopulmonary dysplasia".equals(r.metric()) || "BPD".equals(r.metric())), rs.toString());
    }

    @Test
    void pValuesAndSpreadsAreNoResults() {
        List<Result> rs = results("bpd");
        assertTrue(!hasValue(rs, "0.031"), "'(p = 0.031)' is a p-value: " + rs);
        assertTrue(!hasValue(rs, "0.10") && !hasValue(rs, "0.11"), "'0.78 pm 0.10' is a score and its spread: " + rs);
        assertEquals("AUC", valued(rs, "0.78").metric());
        assertEquals("balanced accuracy", valued(rs, "0.69").metric());
    }

    @Test
    void aNumberTakesTheMetricAfterItsOwnComparative() {
        List<Result> rs = results("garf");
        assertEquals("rotation error", valued(rs, "82.87").metric());
        assertEquals("part accuracy", valued(rs, "25.15").metric());
    }

    @Test
    void theSentencesOwnSubjectWinsOverWhatThePaperMainlyProposes() {
        List<Result> rs = results("debertav3");
        assertEquals("DeBERTaV3 Large", valued(rs, "91.37").subject());
        assertEquals("mDeBERTa Base", valued(rs, "79.8").subject());
        assertEquals("mDeBERTa Base", valued(rs, "3.6").subject());
    }

    @Test
    void anAbsoluteScoreTakesNoBaselineOfTheNumbersAfterIt() {
        List<Result> rs = results("debertav3");
        assertNull(valued(rs, "91.37").baseline(), rs.toString());
        assertEquals("DeBERTa", valued(rs, "1.37").baseline());
        assertEquals("ELECTRA", valued(rs, "1.91").baseline());
    }

    @Test
    void aStatementNeverRunsIntoAnotherResult() {
        for (String id : ABSTRACTS.keySet()) {
            List<Result> rs = results(id);
            for (Result r : rs) {
                for (Result other : rs) {
                    if (other == r) continue;
                    assertTrue(other.valueStart() >= r.end() || other.valueEnd() <= r.start(),
                            id + ": '" + r.text() + "' states " + other.value() + " too");
                }
            }
        }
        assertEquals("a 3.6% improvement over XLM-R Base", valued(results("debertav3"), "3.6").text());
    }
}
