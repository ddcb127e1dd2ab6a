package org.papergraph.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.papergraph.extract.EncodedWindows;
import org.papergraph.nlp.Encoder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.papergraph.config.ProjectFiles;
import org.papergraph.eval.GoldSet;
import org.papergraph.eval.PieceLabels;
import org.papergraph.extract.PieceFeatures;
import org.papergraph.extract.Recognizer;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.extract.Windows;
import org.papergraph.ingest.Paper;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.WordPieceTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Writes the learned recognizer's training file from annotated abstracts.",
                "For every abstract: its word pieces and windows, the rule features of each piece (computed by the same",
                "code as at run time), the encoder's states (in FILE.f32) and the gold tags. training/train.py reads it;",
                "see training/README.md."})
final class FeaturesCommand extends PapergraphCommand {
    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Annotated abstracts (gold JSON Lines).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true, description = "Where to write the features (JSON Lines).")
    Path out;

    @Option(names = "--states", paramLabel = "FILE",
            description = "Where to write the encoder's states of every window (float32, little-endian; default: OUT with .f32 added).")
    Path statesOut;

    @Override
    protected int doCall() throws Exception {
        PrintWriter err = err();
        ProjectFiles files = ProjectFiles.fromEnvironment();
        RuleBasedExtractor rules = (RuleBasedExtractor) Components.extractor(files);
        PieceFeatures features = new PieceFeatures(rules);
        ObjectMapper json = new ObjectMapper();
        int abstracts = 0;
        Path statesFile = statesOut != null ? statesOut : Path.of(out + ".f32");
        ExecutorService pool = Executors.newFixedThreadPool(Components.threads());
        try (WordPieceTokenizer tokenizer = WordPieceTokenizer.read(files.open(Recognizer.TOKENIZER_FILE), Recognizer.TOKENIZER_FILE);
             OutputStream o = Files.newOutputStream(out);
             OutputStream states = new BufferedOutputStream(Files.newOutputStream(statesFile), 1 << 20);
             JsonGenerator g = json.createGenerator(o)) {
            g.setRootValueSeparator(null);
            g.writeStartObject();
            g.writeObjectField("features", List.of(PieceFeatures.Feature.values()).stream()
                    .map(f -> java.util.Map.of("name", f.name(), "size", f.size)).toList());
            g.writeObjectField("tags", Recognizer.tagNames());
            g.writeNumberField("maxPieces", Windows.MAX_PIECES);
            g.writeStringField("states", statesFile.getFileName().toString());
            // What the model is trained from, so a test can tell when the shipped model is stale.
            g.writeObjectField("inputs", inputs.stream().map(p -> java.util.Map.of("file", p.getFileName().toString(), "sha256", TrainingInputs.sha256(p))).toList());
            g.writeNumberField("width", Encoder.WIDTH);
            g.writeStringField("encoder", Encoder.DESCRIPTION);
            g.writeEndObject();
            g.writeRaw('\n');
            for (Path input : inputs) {
                GoldFile gold = GoldFile.read(input, err);
                List<Future<Example>> examples = new ArrayList<>();
                for (GoldSet.Abstract a : gold.abstracts()) {
                    examples.add(pool.submit(() -> Example.of(a, input, tokenizer, features)));
                }
                for (Future<Example> future : examples) {
                    Example e = future.get();
                    g.writeStartObject();
                    g.writeStringField("id", e.gold().id());
                    g.writeStringField("file", input.getFileName().toString());
                    g.writeObjectField("ids", e.pieces().ids());
                    g.writeObjectField("starts", e.pieces().starts());
                    g.writeObjectField("ends", e.pieces().ends());
                    g.writeObjectField("windows", e.encoded().windows().stream().map(w -> new int[] {w.offset(), w.length()}).toList());
                    g.writeObjectField("features", e.features());
                    g.writeObjectField("tags", e.labels().tags());
                    g.writeObjectField("proposed", e.labels().proposed());
                    g.writeEndObject();
                    g.writeRaw('\n');
                    writeStates(e.encoded(), states);
                    abstracts++;
                }
                err.printf("papergraph features: %s: %d abstracts%n", input, gold.abstracts().size());
            }
        } finally {
            pool.shutdownNow();
        }
        err.printf("papergraph features: %d abstracts written to %s, their encoder states to %s%n", abstracts, out, statesFile);
        return ExitCodes.OK;
    }

    /** Positions 0 to length + 1 of each window ([CLS], its pieces, [SEP]), in window order. */
    private static void writeStates(EncodedWindows encoded, OutputStream out) throws IOException {
        ByteBuffer row = ByteBuffer.allocate(Encoder.WIDTH * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int w = 0; w < encoded.windows().size(); w++) {
            for (int p = 0; p < encoded.windows().get(w).length() + 2; p++) {
                row.clear();
                for (float v : encoded.states()[w][p]) row.putFloat(v);
                out.write(row.array());
            }
        }
    }

    private record Example(GoldSet.Abstract gold, WordPieceTokenizer.Pieces pieces, EncodedWindows encoded, int[][] features,
                           PieceLabels labels) {
        static Example of(GoldSet.Abstract a, Path input, WordPieceTokenizer tokenizer, PieceFeatures features) {
            Paper paper = a.paper(input + ":" + a.id());
            WordPieceTokenizer.Pieces pieces = tokenizer.encode(a.abstractText());
            return new Example(a, pieces, EncodedWindows.of(pieces, Encoder.shared()), features.of(paper, pieces), PieceLabels.of(a, pieces));
        }
    }
}
