package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.config.ProjectFiles;
import org.papergraph.ingest.Paper;
import org.papergraph.model.Result;
import org.papergraph.nlp.OpenNlpAnalyzer;

/** The learned choice of a result's subject and dataset, with the shipped models. */
class AttributeChooserTest {
    private static final Paper PAPER = new Paper(null, "DeBERTaV3: Improving DeBERTa",
            "This paper presents a new pre-trained language model, DeBERTaV3, which improves the original DeBERTa model. "
                    + "Taking the GLUE benchmark as an example, the DeBERTaV3 Large model achieves a 91.37% average score, which is 1.37% over DeBERTa. "
                    + "For example, the mDeBERTa Base achieves a 79.8% zero-shot cross-lingual accuracy on XNLI.",
            null, null, null, null, "test");
    private static final RuleBasedExtractor RULES = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project());

    private static AttributeChooser shipped(double minProbability) {
        return shipped(ResultRole.SUBJECT, minProbability);
    }

    private static AttributeChooser shipped(ResultRole role, double minProbability) {
        return AttributeChooser.read(role, ProjectFiles.at(Path.of("..")).open(role.modelFile), minProbability);
    }

    private static Result valued(List<Result> results, String value) {
        return results.stream().filter(r -> r.value().compareTo(new BigDecimal(value)) == 0).findFirst().orElseThrow();
    }

    @Test
    void theShippedChooserGivesEachNumberTheSubjectOfItsSentence() {
        List<Result> results = RULES.choosingBy(shipped(AttributeChooser.SUBJECT_MIN_PROBABILITY)).extract(PAPER).results();
        assertEquals("DeBERTaV3 Large", valued(results, "91.37").subject(), results.toString());
        assertEquals("mDeBERTa Base", valued(results, "79.8").subject(), results.toString());
    }

    @Test
    void theShippedDatasetChooserGivesANumberTheDatasetItWasMeasuredOn() {
        List<Result> results = RULES.choosingBy(shipped(ResultRole.DATASET, AttributeChooser.DATASET_MIN_PROBABILITY)).extract(PAPER).results();
        assertEquals("XNLI", valued(results, "79.8").dataset(), results.toString());
        assertEquals("GLUE", valued(results, "91.37").dataset(), results.toString());
    }

    @Test
    void theKindChooserKeepsTheRulesKindWhenNoKindReachesItsThreshold() {
        List<Result> rules = RULES.extract(PAPER).results();
        List<Result> unsure = RULES.choosingBy(shipped(ResultRole.KIND, 1.01)).extract(PAPER).results();
        assertEquals(rules.stream().map(Result::kind).toList(), unsure.stream().map(Result::kind).toList());
        List<Result> shipped = RULES.choosingBy(shipped(ResultRole.KIND, AttributeChooser.KIND_MIN_PROBABILITY)).extract(PAPER).results();
        assertEquals(org.papergraph.model.ResultKind.ABSOLUTE, valued(shipped, "91.37").kind());
        assertEquals(org.papergraph.model.ResultKind.INCREASE, valued(shipped, "1.37").kind());
    }

    @Test
    void noOptionAboveTheThresholdMeansNoSubject() {
        List<Result> results = RULES.choosingBy(shipped(1.01)).extract(PAPER).results();
        assertFalse(results.isEmpty());
        for (Result r : results) assertNull(r.subject(), r.toString());
    }

    @Test
    void everyDecisionIsRecordedWithTheRulesChoiceAmongItsOptions() {
        List<AttributeChoice> choices = RULES.attributeChoices(PAPER);
        List<AttributeChoice> subjects = choices.stream().filter(c -> c.role() == ResultRole.SUBJECT).toList();
        assertEquals(RULES.extract(PAPER).results().size(), subjects.size(), choices.toString());
        for (AttributeChoice c : subjects) {
            assertTrue(c.ruleChoice() >= 0, c.toString());
            assertTrue(c.options().get(c.ruleChoice()).features().contains("rule=true"), c.toString());
        }
    }
}
