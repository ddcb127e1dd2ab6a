package org.papergraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.extract.TestLexicons;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.OpenNlpAnalyzer;

/**
 * End-to-end evaluation against gold files, as a guard against regressions: the floors sit a little
 * below the figures measured when they were set (see the README's evaluation section). Runs with -Pslow.
 */
class EvaluationSlowTest {
    private static final Path HOLDOUT = Path.of("src/test/resources/gold/holdout.jsonl");
    private static final Path DEV = Path.of("..", "..", "shared", "gold", "dev.jsonl");

    private static Scorer score(Path gold) throws Exception {
        Extractor extractor = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project());
        Scorer scorer = new Scorer();
        List<GoldSet.Abstract> abstracts = GoldSet.read(gold, p -> {
            throw new AssertionError("bad gold line " + p);
        });
        for (GoldSet.Abstract a : abstracts) {
            scorer.add(a, extractor.extract(new Paper(a.id(), a.title(), a.abstractText(), null, null, null, null, "gold")));
        }
        return scorer;
    }

    @Test
    void holdoutAbstractsAnnotatedForThisProject() throws Exception {
        Scorer s = score(HOLDOUT);
        Scorer.Counts micro = s.micro(s.lenient);
        assertTrue(micro.f1() >= 0.78, s.report(true));
        assertTrue(micro.precision() >= 0.83, s.report(true));
        assertTrue(s.results.f1() >= 0.75, s.report(true));
    }

    @Test
    void sharedDevelopmentSet() throws Exception {
        Assumptions.assumeTrue(Files.exists(DEV), "shared/gold/dev.jsonl is beside the checkout");
        Scorer s = score(DEV);
        Scorer.Counts micro = s.micro(s.lenient);
        assertTrue(micro.f1() >= 0.73, s.report(true));
        assertTrue(micro.precision() >= 0.79, s.report(true));
        assertTrue(s.results.f1() >= 0.85, s.report(true));
        assertTrue(Scorer.ratio(s.attributeRight.get("kind"), s.matchedResults) >= 0.90, s.report(true));
    }
}
