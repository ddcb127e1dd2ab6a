package org.papergraph.extract;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.papergraph.config.ProjectFiles;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.Encoder;
import org.papergraph.nlp.Sessions;
import org.papergraph.nlp.WordPieceTokenizer.Pieces;

/**
 * The learned entity recognizer: the states of a transformer encoder ({@link Encoder}, e5-small-v2 up to a middle layer), together
 * with the {@link PieceFeatures} of each piece, feed a trained head: a BIO tagger over the five entity types, decoded under the
 * BIO constraints by Viterbi with the transitions the CRF learned, plus a second head that says whether a piece
 * belongs to what the paper proposes. Built by {@code training/train.py}; the ONNX model and its metadata ship
 * under {@code models/recognizer/}. Thread-safe: one ONNX Runtime session, loaded once, serves all threads.
 */
public final class Recognizer implements AutoCloseable {
    public static final String DIR = "models/recognizer/";
    public static final String TOKENIZER_FILE = DIR + "tokenizer.json";
    public static final String MODEL_FILE = DIR + "recognizer.onnx";
    public static final String META_FILE = DIR + "recognizer.json";

    /** A recognized span of the text with the model's confidence and its probability of being proposed. */
    public record Span(int start, int end, EntityType type, double confidence, double proposed) {
    }

    private final OrtEnvironment env;
    private final OrtSession session;
    private final Encoder encoder;
    private final double[][] transitions;
    private final double[] startScores;
    private final double[] endScores;
    private final JsonNode meta;

    private Recognizer(Encoder encoder, OrtSession session, JsonNode meta) {
        this.env = OrtEnvironment.getEnvironment();
        this.encoder = encoder;
        this.session = session;
        this.meta = meta;
        this.transitions = matrix(meta.get("transitions"));
        this.startScores = vector(meta.get("start"));
        this.endScores = vector(meta.get("end"));
    }

    /** The tag names in the order of the model's outputs: O, then B- and I- of each type. */
    public static List<String> tagNames() {
        List<String> tags = new ArrayList<>(List.of("O"));
        for (EntityType t : EntityType.values()) {
            tags.add("B-" + t.name());
            tags.add("I-" + t.name());
        }
        return tags;
    }

    private static final Map<String, Recognizer> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The model of these project files, loaded once per process and shared. */
    public static Recognizer shared(ProjectFiles files) {
        return SHARED.computeIfAbsent(files.describe(MODEL_FILE), where -> load(files));
    }

    /** Loads the shipped model; fails at once, naming the file, when it is missing or unreadable. */
    public static Recognizer load(ProjectFiles files) {
        JsonNode meta = readMetadata(files);
        checkFeatures(meta);
        checkEncoder(meta);
        byte[] model;
        try (InputStream in = files.open(MODEL_FILE)) {
            model = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the recognizer model " + files.describe(MODEL_FILE) + ": " + e.getMessage(), e);
        }
        return new Recognizer(Encoder.shared(), Sessions.create(model, files.describe(MODEL_FILE)), meta);
    }

    /**
     * The shipped model's metadata (features, tags, its training files' checksums) without loading the model or
     * the encoder; fails naming the file when it is missing or not JSON.
     */
    public static JsonNode readMetadata(ProjectFiles files) {
        try (InputStream in = files.open(META_FILE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the recognizer's metadata " + files.describe(META_FILE) + ": " + e.getMessage(), e);
        }
    }

    private static void checkFeatures(JsonNode meta) {
        JsonNode declared = meta.get("features");
        PieceFeatures.Feature[] features = PieceFeatures.Feature.values();
        boolean same = declared != null && declared.size() == features.length;
        for (int f = 0; same && f < features.length; f++) {
            same = declared.get(f).get("name").asText().equals(features[f].name()) && declared.get(f).get("size").asInt() == features[f].size;
        }
        if (!same) {
            throw new IllegalStateException("the recognizer model " + META_FILE + " was trained with other features than this code computes; retrain it (training/README.md)");
        }
    }

    private static void checkEncoder(JsonNode meta) {
        String trainedOn = meta.path("encoder").asText("(none recorded)");
        if (!trainedOn.equals(Encoder.DESCRIPTION)) {
            throw new IllegalStateException("the recognizer model " + META_FILE + " was trained on the states of " + trainedOn
                    + ", but this code computes those of " + Encoder.DESCRIPTION + "; retrain it (training/README.md)");
        }
    }

    public JsonNode metadata() {
        return meta;
    }

    /** The entity spans of a text, given its pieces and their feature values. */
    public List<Span> recognize(Pieces pieces, int[][] features) {
        if (pieces.size() == 0) return List.of();
        EncodedWindows encoded = EncodedWindows.of(pieces, encoder);
        return decode(pieces, encoded.windows(), head(encoded, features), transitions, startScores, endScores);
    }

    /**
     * Spans from the head's scores of each window ({@code [window][position][tags + 1]}: the tags' emissions,
     * then the proposed logit): each piece read from the window it lies most inside, then decoded by Viterbi.
     */
    public static List<Span> decode(Pieces pieces, List<Windows.Window> windows, float[][][] scores,
                                    double[][] transitions, double[] start, double[] end) {
        int n = pieces.size();
        int tags = transitions.length;
        double[][] emissions = new double[n][tags];
        double[] proposedLogit = new double[n];
        for (int i = 0; i < n; i++) {
            int w = Windows.owner(windows, i);
            float[] row = scores[w][i - windows.get(w).offset() + 1];
            for (int t = 0; t < tags; t++) emissions[i][t] = row[t];
            proposedLogit[i] = row[tags];
        }
        return spans(pieces, BioDecoder.viterbi(emissions, transitions, start, end), emissions, proposedLogit);
    }

    private float[][][] head(EncodedWindows encoded, int[][] features) {
        int batch = encoded.windows().size();
        int width = encoded.width();
        int featureCount = PieceFeatures.Feature.values().length;
        float[] states = new float[batch * width * Encoder.WIDTH];
        long[] feats = new long[batch * width * featureCount];
        for (int b = 0; b < batch; b++) {
            Windows.Window w = encoded.windows().get(b);
            for (int p = 0; p < width; p++) {
                System.arraycopy(encoded.states()[b][p], 0, states, (b * width + p) * Encoder.WIDTH, Encoder.WIDTH);
            }
            for (int k = 0; k < w.length(); k++) {
                int base = (b * width + k + 1) * featureCount;
                for (int f = 0; f < featureCount; f++) feats[base + f] = features[w.offset() + k][f];
            }
        }
        try (OnnxTensor stateT = OnnxTensor.createTensor(env, FloatBuffer.wrap(states), new long[] {batch, width, Encoder.WIDTH});
             OnnxTensor featT = OnnxTensor.createTensor(env, LongBuffer.wrap(feats), new long[] {batch, width, featureCount});
             OrtSession.Result result = session.run(Map.of("states", stateT, "features", featT))) {
            return (float[][][]) result.get(0).getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("the recognizer failed on " + batch + " windows: " + e.getMessage(), e);
        }
    }

    private static List<Span> spans(Pieces pieces, int[] path, double[][] emissions, double[] proposedLogit) {
        List<Span> out = new ArrayList<>();
        EntityType[] types = EntityType.values();
        for (int i = 0; i < path.length; ) {
            if (path[i] == 0) {
                i++;
                continue;
            }
            int type = (path[i] - 1) / 2;
            int j = i + 1;
            while (j < path.length && path[j] == 2 + 2 * type) j++;
            double confidence = 0;
            double proposed = 0;
            for (int k = i; k < j; k++) {
                confidence += softmax(emissions[k], path[k]);
                proposed += 1 / (1 + Math.exp(-proposedLogit[k]));
            }
            out.add(new Span(pieces.starts()[i], pieces.ends()[j - 1], types[type], confidence / (j - i), proposed / (j - i)));
            i = j;
        }
        return out;
    }

    private static double softmax(double[] row, int at) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : row) max = Math.max(max, v);
        double sum = 0;
        for (double v : row) sum += Math.exp(v - max);
        return Math.exp(row[at] - max) / sum;
    }

    private static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int i = 0; i < m.length; i++) m[i] = vector(node.get(i));
        return m;
    }

    private static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) v[i] = node.get(i).asDouble();
        return v;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
