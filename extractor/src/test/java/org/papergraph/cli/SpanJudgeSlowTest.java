package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.config.ProjectFiles;
import org.papergraph.eval.FoldSpans;
import org.papergraph.eval.GoldSet;
import org.papergraph.eval.SpanJudgeTraining;
import org.papergraph.extract.LearnedExtractor;
import org.papergraph.extract.Recognizer;
import org.papergraph.extract.SpanJudge;

/**
 * The shipped span judge is the one `train --model entity-spans` rebuilds from the annotations, the rules as they
 * are and the shipped cross-validated spans; and those spans come from a recognizer run over the annotations the
 * shipped recognizer was trained on.
 */
class SpanJudgeSlowTest {
    private static final ProjectFiles FILES = ProjectFiles.at(Path.of(".."));
    private static final Path SPANS = Path.of("..").resolve(TrainCommand.DEFAULT_SPANS);
    private static final List<Path> FOLDERS = List.of(Path.of("../../shared/training"), Path.of("training"), Path.of("training/neurips2023"),
            Path.of("src/test/resources/gold"));

    @Test
    void theShippedSpansComeFromTheShippedRecognizersTrainingData() throws Exception {
        assertEquals(Recognizer.shared(FILES).metadata().get("inputs"), FoldSpans.read(SPANS).inputs(),
                "the recognizer was retrained since its spans were decoded: rerun its cross-validation and `train --model entity-spans --scores` (training/README.md)");
    }

    @Test
    void theShippedJudgeIsNotStale() throws Exception {
        FoldSpans spans = FoldSpans.read(SPANS);
        List<GoldSet.Abstract> abstracts = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (var listing = Files.list(folder)) {
                for (Path f : listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                    if (folder.endsWith("gold") && !f.getFileName().toString().startsWith("holdout")) continue;
                    for (GoldSet.Abstract a : GoldSet.read(f, p -> { throw new AssertionError(p.toString()); })) {
                        if (spans.holds(a.id())) abstracts.add(a);
                    }
                }
            }
        }
        assertFalse(abstracts.isEmpty());
        LearnedExtractor learned = new LearnedExtractor(Components.rules(FILES), Components.tokenizer(FILES), spans, 0);
        ByteArrayOutputStream rebuilt = new ByteArrayOutputStream();
        SpanJudgeTraining.train(SpanJudgeTraining.examples(learned, abstracts)).write(rebuilt);
        byte[] shipped;
        try (InputStream in = FILES.open(SpanJudge.MODEL_FILE)) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, rebuilt.toByteArray(), "the shipped span judge is stale: run the command in `papergraph train --help`"
                + " (--model entity-spans) and rebuild");
    }
}
