package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.config.ProjectFiles;
import org.papergraph.ingest.Paper;
import org.papergraph.model.EntityType;
import org.papergraph.model.Extraction;
import org.papergraph.model.Mention;
import org.papergraph.nlp.MaxentClassifier;

/** The span judge: which candidates it sees, how it settles overlaps, and the shipped model's golden output. */
class SpanJudgeTest {
    private static final ProjectFiles PROJECT = ProjectFiles.at(Path.of(".."));
    private static final Path ABSTRACT = Path.of("src/test/resources/golden/learned-abstract.txt");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/learned-abstract.judged.tsv");
    /** The learned extractor's default minimum confidence (cli.Components, chosen by the judge's cross-validation). */
    private static final double DEFAULT_MIN_CONFIDENCE = 0.2;

    @Test
    void theShippedJudgeGivesTheGoldenEntitiesOfAFixedAbstract() throws Exception {
        List<String> lines = Files.readAllLines(ABSTRACT);
        LearnedExtractor judged = RecognizerTest.learned(DEFAULT_MIN_CONFIDENCE).judgedBy(SpanJudge.read(PROJECT.open(SpanJudge.MODEL_FILE)));
        Extraction e = judged.extract(new Paper(null, lines.get(0), lines.get(1), null, null, null, null, "test"));
        String got = RecognizerTest.describe(e);
        if (Boolean.getBoolean("papergraph.golden.update")) Files.writeString(GOLDEN, got);
        assertEquals(Files.readString(GOLDEN), got);
        assertTrue(e.entities().stream().allMatch(m -> m.confidence() >= DEFAULT_MIN_CONFIDENCE && m.confidence() <= 1), got);
    }

    @Test
    void theRecognizersTheRulesProposalsAndTheRulesAnswerAtTheSameOffsetsAreOneCandidate() {
        String text = "We fine-tune BERT on GLUE and report accuracy.";
        int bert = text.indexOf("BERT");
        int glue = text.indexOf("GLUE");
        List<Recognizer.Span> learned = List.of(new Recognizer.Span(bert, bert + 4, EntityType.MODEL, 0.93, 0.1));
        List<RuleProposal> proposals = List.of(
                new RuleProposal(bert, bert + 4, EntityType.MODEL, RuleProposal.Source.LEXICON, 1.0, true, false, true),
                new RuleProposal(glue, glue + 4, EntityType.DATASET, RuleProposal.Source.LEXICON, 1.0, true, false, true));
        Extraction answer = new Extraction(null, List.of(new Mention(EntityType.DATASET, "GLUE", "GLUE", glue, glue + 4, false, null, null)), List.of());
        List<SpanJudgeFeatures.SpanCandidate> candidates = new SpanJudgeFeatures(new Lexicon(List.of())).of("", text, learned, proposals, answer, List.of());
        assertEquals(2, candidates.size());
        List<String> onBert = candidates.get(0).features();
        assertTrue(onBert.containsAll(List.of("L=MODEL", "Lc=0.9", "R=LEXICON+MODEL", "A=none", "sources=LR")), onBert.toString());
        List<String> onGlue = candidates.get(1).features();
        assertTrue(onGlue.containsAll(List.of("L=none", "R=LEXICON+DATASET", "A=DATASET", "sources=RA")), onGlue.toString());
    }

    @Test
    void ofOverlappingCandidatesTheMoreConfidentIsKeptAndEachTakesItsLikeliestType() {
        List<MaxentClassifier.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) examples.add(new MaxentClassifier.Example("MODEL", List.of("x=sure")));
        for (int i = 0; i < 10; i++) examples.add(new MaxentClassifier.Example(i % 2 == 0 ? "DATASET" : "O", List.of("x=doubtful")));
        for (int i = 0; i < 20; i++) examples.add(new MaxentClassifier.Example("O", List.of("x=junk")));
        SpanJudge judge = new SpanJudge(MaxentClassifier.train(examples, 100, 0, 0.1));
        List<SpanJudgeFeatures.SpanCandidate> candidates = List.of(
                new SpanJudgeFeatures.SpanCandidate(0, 10, List.of("x=sure"), 0),
                new SpanJudgeFeatures.SpanCandidate(5, 15, List.of("x=doubtful"), 0),
                new SpanJudgeFeatures.SpanCandidate(20, 25, List.of("x=junk"), 0),
                new SpanJudgeFeatures.SpanCandidate(30, 35, List.of("x=doubtful"), 0));
        List<Recognizer.Span> judged = judge.judge(candidates);
        assertEquals(List.of(0, 20, 30), judged.stream().map(Recognizer.Span::start).toList());
        assertEquals(EntityType.MODEL, judged.get(0).type());
        assertTrue(judged.get(0).confidence() > 0.8, judged.toString());
        assertTrue(judged.get(1).confidence() < 0.2, "what is likelier no entity keeps a low confidence: " + judged);
        assertEquals(EntityType.DATASET, judged.get(2).type());
    }
}
