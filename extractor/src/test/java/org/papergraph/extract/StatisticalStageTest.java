package org.papergraph.extract;

import org.papergraph.model.Mention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.config.ProjectFiles;
import org.papergraph.eval.CandidateTraining;
import org.papergraph.eval.GoldSet;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.MaxentClassifier;
import org.papergraph.nlp.OpenNlpAnalyzer;

class StatisticalStageTest {
    private static final Paper PAPER = new Paper(null, "Token Dropping for Faster Training",
            "We train BERT with span-aware token distillation and evaluate it on the GLUE benchmark.",
            null, null, null, null, "test");

    private static CandidateClassifier shipped(double rejectAbove) {
        return CandidateClassifier.read(ProjectFiles.at(Path.of("..")).open(CandidateClassifier.MODEL_FILE), rejectAbove);
    }

    private static List<String> names(CandidateClassifier classifier) {
        RuleBasedExtractor extractor = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project(),
                EnumSet.allOf(RuleBasedExtractor.Stage.class), classifier);
        List<String> names = new ArrayList<>();
        for (Mention m : extractor.extract(PAPER).entities()) names.add(m.text());
        return names;
    }

    @Test
    void theModelJudgesPhrasesButNotVocabularyNames() {
        List<String> acceptAll = names(shipped(1.0));
        assertTrue(acceptAll.contains("span-aware token distillation"), acceptAll.toString());
        // A model that rejects every candidate it is asked about drops the phrase, not the names the vocabulary knows.
        List<String> rejectAll = names(shipped(-1.0));
        assertFalse(rejectAll.contains("span-aware token distillation"), rejectAll.toString());
        assertTrue(rejectAll.contains("BERT") && rejectAll.contains("GLUE"), rejectAll.toString());
    }

    @Test
    void theShippedModelIsTheOneTrainRebuildsFromTheAnnotations() throws Exception {
        RuleBasedExtractor rules = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project());
        List<MaxentClassifier.Example> examples = new ArrayList<>();
        List<Path> files;
        try (var listing = Files.list(Path.of("training"))) {
            files = listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            examples.addAll(CandidateTraining.examples(rules, GoldSet.read(file, p -> { throw new AssertionError(p.toString()); }), file.toString()));
        }
        ByteArrayOutputStream rebuilt = new ByteArrayOutputStream();
        CandidateTraining.train(examples).write(rebuilt);
        byte[] shippedBytes;
        try (InputStream in = ProjectFiles.at(Path.of("..")).open(CandidateClassifier.MODEL_FILE)) {
            shippedBytes = in.readAllBytes();
        }
        assertArrayEquals(shippedBytes, rebuilt.toByteArray(),
                "the shipped model is stale: run `papergraph train extractor/training/*.jsonl` and rebuild");
    }
}
