package org.papergraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.CandidateClassifier;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.extract.TestLexicons;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.OpenNlpAnalyzer;

/**
 * End-to-end evaluation of the default extractor (all stages, the shipped model) against gold files, as a
 * guard against regressions: the floors sit a little below the figures measured when they were set (see
 * the README's evaluation section). Runs with -Pslow.
 */
class EvaluationSlowTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final Path DEV = Path.of("..", "..", "shared", "gold", "dev.jsonl");

    private static Scorer score(Path gold) throws Exception {
        CandidateClassifier model = CandidateClassifier.read(ProjectFiles.at(Path.of("..")).open(CandidateClassifier.MODEL_FILE),
                CandidateClassifier.DEFAULT_REJECT_ABOVE);
        Extractor extractor = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project(),
                EnumSet.allOf(RuleBasedExtractor.Stage.class), model);
        Scorer scorer = new Scorer();
        List<GoldSet.Abstract> abstracts = GoldSet.read(gold, p -> {
            throw new AssertionError("bad gold line " + p);
        });
        for (GoldSet.Abstract a : abstracts) {
            scorer.add(a, extractor.extract(new Paper(a.id(), a.title(), a.abstractText(), null, null, null, null, "gold")));
        }
        return scorer;
    }

    private static void assertFloors(Scorer s, double f1, double precision, double resultsF1) {
        Scorer.Counts micro = s.micro(s.lenient);
        assertTrue(micro.f1() >= f1, s.report(true));
        assertTrue(micro.precision() >= precision, s.report(true));
        assertTrue(s.results.f1() >= resultsF1, s.report(true));
    }

    @Test
    void holdoutSetsAnnotatedForThisProject() throws Exception {
        assertFloors(score(GOLD.resolve("holdout.jsonl")), 0.84, 0.88, 0.75);
        assertFloors(score(GOLD.resolve("holdout-2.jsonl")), 0.80, 0.82, 0.75);
        assertFloors(score(GOLD.resolve("holdout-3.jsonl")), 0.84, 0.88, 0.70);
        assertFloors(score(GOLD.resolve("holdout-4.jsonl")), 0.78, 0.82, 0.80);
    }

    @Test
    void sharedDevelopmentSet() throws Exception {
        Assumptions.assumeTrue(Files.exists(DEV), "shared/gold/dev.jsonl is beside the checkout");
        Scorer s = score(DEV);
        assertFloors(s, 0.86, 0.89, 0.88);
        assertTrue(Scorer.ratio(s.proposedRight, s.proposedGoldFound) >= 0.90, s.report(true));
        assertTrue(Scorer.ratio(s.attributeRight.get("kind"), s.matchedResults) >= 0.90, s.report(true));
        for (var type : org.papergraph.model.EntityType.values()) {
            assertTrue(s.lenient.get(type).f1() >= 0.75, type + "\n" + s.report(true));
        }
    }
}
