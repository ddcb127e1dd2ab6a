package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.Recognizer;
import org.papergraph.nlp.WordPieceTokenizer;

/**
 * The training toolchain end to end on 5 abstracts and one epoch: {@code papergraph features} writes the file,
 * {@code training/train.py} (Debian's python3-torch, installed by .ci/run) trains and exports, and the exported
 * model loads and recognizes. The full retraining stays out of CI (training/README.md).
 */
class TrainingToolchainSlowTest {
    @Test
    void fiveAbstractsTrainAModelThatLoadsAndRecognizes(@TempDir Path dir) throws Exception {
        Path gold = sampleAbstracts(dir, 5);
        Path features = features(dir, gold);
        assertTrue(Files.size(dir.resolve("features.jsonl.f32")) > 0);

        Path home = dir.resolve("home");
        Path out = home.resolve(Recognizer.DIR);
        trainPy(dir, "--features", features.toString(), "--out", out.toString(), "--limit", "5", "--epochs", "1");

        Recognizer recognizer = Recognizer.load(ProjectFiles.at(home));
        assertEquals(5, recognizer.metadata().get("abstracts").asInt());
        try (WordPieceTokenizer tokenizer = WordPieceTokenizer.read(ProjectFiles.at(Path.of("..")).open(Recognizer.TOKENIZER_FILE), "tokenizer")) {
            var pieces = tokenizer.encode("We fine-tune BERT on GLUE and report accuracy.");
            int[][] none = new int[pieces.size()][org.papergraph.extract.PieceFeatures.Feature.values().length];
            List<Recognizer.Span> spans = recognizer.recognize(pieces, none);
            assertTrue(spans.stream().allMatch(s -> s.start() < s.end() && s.confidence() > 0 && s.confidence() <= 1), spans.toString());
        }
    }

    @Test
    void crossValidatingTheJudgeFromFoldScoresLeavesTheShippedSpansAlone(@TempDir Path dir) throws Exception {
        Path gold = sampleAbstracts(dir, 6);
        Path features = features(dir, gold);
        Path scores = dir.resolve("cv.jsonl");
        trainPy(dir, "--features", features.toString(), "--cross-validate", "2", "--scores", scores.toString(), "--epochs", "1");

        // Run from extractor/, the default --spans names no existing folder: writing it would fail the command.
        Path shipped = Path.of(TrainCommand.DEFAULT_SPANS);
        var out = new java.io.StringWriter();
        var commandLine = PapergraphCli.commandLine();
        commandLine.setOut(new java.io.PrintWriter(out));
        assertEquals(0, commandLine.execute("train", "--model", "entity-spans", "--scores", scores.toString(),
                "--cross-validate", "2", gold.toString()));
        assertTrue(out.toString().contains("cross-validation of the span judge"), out.toString());
        assertTrue(!Files.exists(shipped), shipped + " was written");
    }

    /** The first {@code n} abstracts of a sample-corpus training file, as a gold file of their own. */
    private static Path sampleAbstracts(Path dir, int n) throws Exception {
        Path gold = dir.resolve("sample.jsonl");
        Files.write(gold, Files.readAllLines(Path.of("training/sample-corpus-01.jsonl")).subList(0, n));
        return gold;
    }

    private static Path features(Path dir, Path gold) {
        Path features = dir.resolve("features.jsonl");
        assertEquals(0, PapergraphCli.commandLine().execute("features", gold.toString(), "-o", features.toString()));
        return features;
    }

    /** Runs training/train.py with Debian's Python and fails the test, with its log, unless it succeeds in 5 minutes. */
    private static void trainPy(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/python3", "../training/train.py"));
        command.addAll(List.of(args));
        Path log = dir.resolve("train.log");
        Process train = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(train.waitFor(5, TimeUnit.MINUTES), "train.py did not finish in 5 minutes");
        assertEquals(0, train.exitValue(), Files.readString(log));
    }
}
