package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.ProjectFiles;
import org.papergraph.ingest.Paper;
import org.papergraph.model.Extraction;
import org.papergraph.model.Mention;
import org.papergraph.nlp.OpenNlpAnalyzer;
import org.papergraph.nlp.WordPieceTokenizer;

/** The shipped recognizer, loaded for real: its golden output, its freshness, and how it fails. */
class RecognizerTest {
    private static final ProjectFiles PROJECT = ProjectFiles.at(Path.of(".."));
    /** A NeurIPS 2023 abstract the model was not trained on: its title on the first line, then the abstract. */
    private static final Path ABSTRACT = Path.of("src/test/resources/golden/learned-abstract.txt");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/learned-abstract.entities.tsv");
    /** The folders the training files of the shipped model are read from (training/README.md). */
    private static final List<Path> TRAINING_FOLDERS = List.of(Path.of("../../shared/training"), Path.of("training"), Path.of("training/neurips2023"), Path.of("src/test/resources/gold"));

    static LearnedExtractor learned() {
        return learned(0.0);
    }

    static LearnedExtractor learned(double minConfidence) {
        RuleBasedExtractor rules = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project())
                .judgedBy(CandidateClassifier.read(PROJECT.open(CandidateClassifier.MODEL_FILE), CandidateClassifier.DEFAULT_REJECT_ABOVE));
        WordPieceTokenizer tokenizer = WordPieceTokenizer.read(PROJECT.open(Recognizer.TOKENIZER_FILE), Recognizer.TOKENIZER_FILE);
        Recognizer recognizer = Recognizer.shared(PROJECT);
        return new LearnedExtractor(rules, tokenizer, (paper, pieces, features) -> recognizer.recognize(pieces, features), minConfidence);
    }

    static String describe(Extraction e) {
        StringBuilder out = new StringBuilder();
        for (Mention m : e.entities()) {
            out.append(String.format("%s\t%s\t%s\t%s\t%.2f%n", m.type(), m.text(), m.canonical(), m.proposed() ? "proposed" : "-", m.confidence()));
        }
        return out.toString();
    }

    @Test
    void theShippedModelGivesTheGoldenEntitiesOfAFixedAbstract() throws Exception {
        List<String> lines = Files.readAllLines(ABSTRACT);
        Extraction e = learned().extract(new Paper(null, lines.get(0), lines.get(1), null, null, null, null, "test"));
        String got = describe(e);
        if (Boolean.getBoolean("papergraph.golden.update")) Files.writeString(GOLDEN, got);
        assertEquals(Files.readString(GOLDEN), got);
        assertTrue(e.entities().stream().allMatch(m -> m.confidence() > 0 && m.confidence() <= 1));
    }

    @Test
    void anEmptyOrForeignAbstractGivesNoEntitiesAndNoError() {
        LearnedExtractor extractor = learned();
        assertTrue(extractor.extract(new Paper(null, "Empty", "", null, null, null, null, "test")).entities().isEmpty());
        Extraction chinese = extractor.extract(new Paper(null, "中文", "我们研究了一个问题，并给出了一个解决方法。结果很好。", null, null, null, null, "test"));
        assertTrue(chinese.entities().isEmpty(), chinese.entities().toString());
    }

    @Test
    void theShippedModelIsTrainedOnTheAnnotationsAsTheyAreNow() throws Exception {
        JsonNode meta = Recognizer.shared(PROJECT).metadata();
        Map<String, String> recorded = new TreeMap<>();
        for (JsonNode input : meta.get("inputs")) recorded.put(input.get("file").asText(), input.get("sha256").asText());
        Map<String, String> now = new TreeMap<>();
        for (Path folder : TRAINING_FOLDERS) {
            if (!Files.isDirectory(folder)) continue;
            try (var files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                    if (recorded.containsKey(f.getFileName().toString())) {
                        now.put(f.getFileName().toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                    } else if (!folder.endsWith("gold") || f.getFileName().toString().startsWith("holdout")) {
                        now.put(f.getFileName().toString(), "not trained on");
                    }
                }
            }
        }
        assertEquals(recorded, now, "the annotations changed since the recognizer was trained: retrain it (training/README.md)");
    }

    @Test
    void aCorruptModelOrMetadataFailsAtStartNamingTheFile(@TempDir Path home) throws Exception {
        Path dir = home.resolve(Recognizer.DIR);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("recognizer.json"), "{ not json");
        IllegalStateException meta = assertThrows(IllegalStateException.class, () -> Recognizer.load(ProjectFiles.at(home)));
        assertTrue(meta.getMessage().contains(Recognizer.META_FILE), meta.getMessage());
        Files.copy(Path.of("src/main/resources/papergraph/" + Recognizer.META_FILE), dir.resolve("recognizer.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(dir.resolve("recognizer.onnx"), new byte[] {1, 2, 3, 4});
        IllegalStateException model = assertThrows(IllegalStateException.class, () -> Recognizer.load(ProjectFiles.at(home)));
        assertTrue(model.getMessage().contains(Recognizer.MODEL_FILE), model.getMessage());
    }

    @Test
    void aModelTrainedOnAnotherEncoderFailsAtStartSayingSo(@TempDir Path home) throws Exception {
        Path dir = home.resolve(Recognizer.DIR);
        Files.createDirectories(dir);
        com.fasterxml.jackson.databind.node.ObjectNode meta = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("src/main/resources/papergraph/" + Recognizer.META_FILE).toFile());
        meta.put("encoder", "all-MiniLM-L6-v2 int8, last layer");
        Files.writeString(dir.resolve("recognizer.json"), meta.toString());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Recognizer.load(ProjectFiles.at(home)));
        assertTrue(e.getMessage().contains("all-MiniLM-L6-v2 int8, last layer") && e.getMessage().contains(org.papergraph.nlp.Encoder.DESCRIPTION), e.getMessage());
    }
}
