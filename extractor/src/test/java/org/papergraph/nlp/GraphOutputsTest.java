package org.papergraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The encoder read at a hidden layer: the real e5-small-v2 file, rewritten and run by ONNX Runtime. */
class GraphOutputsTest {
    private static final String LAYER_2 = "/encoder/layer.1/output/LayerNorm/Add_1_output_0";

    @Test
    void aCutModelGivesExactlyTheNamedLayerComputedAsInTheWholeModel() throws Exception {
        byte[] model;
        try (InputStream in = Encoder.class.getResourceAsStream(Encoder.RESOURCE)) {
            model = in.readAllBytes();
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession whole = Sessions.create(model, "whole");
             OrtSession cut = Sessions.create(GraphOutputs.withOutputs(model, List.of(LAYER_2)), "cut");
             OrtSession recut = Sessions.create(GraphOutputs.withOutputs(model, List.of("last_hidden_state")), "recut")) {
            assertEquals(List.of("last_hidden_state"), List.copyOf(whole.getOutputNames()));
            assertEquals(List.of(LAYER_2), List.copyOf(cut.getOutputNames()));
            float[] last = firstState(env, whole);
            float[] second = firstState(env, cut);
            assertEquals(Encoder.WIDTH, second.length);
            assertTrue(java.util.Arrays.stream(new int[] {0, 1, 2}).anyMatch(i -> last[i] != second[i]), "layer 2 gave the last layer's states");
            assertArrayEquals(second, firstState(env, cut), "the same input gave other states");
            assertArrayEquals(last, firstState(env, recut), "cut at its own output, the model computes something else");
            // The word embeddings are about a third of the file, each of the 12 layers about a twentieth.
            assertTrue(GraphOutputs.withOutputs(model, List.of(LAYER_2)).length < model.length * 0.6, "the layers past the second were kept");
        }
    }

    @Test
    void bytesThatAreNoModelOrANameNoNodeGivesAreRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> GraphOutputs.withOutputs(new byte[] {8, 1, 8, 2}, List.of(LAYER_2)));
        byte[] model;
        try (InputStream in = Encoder.class.getResourceAsStream(Encoder.RESOURCE)) {
            model = in.readAllBytes();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphOutputs.withOutputs(model, List.of("/encoder/layer.12/output")));
        assertTrue(e.getMessage().contains("/encoder/layer.12/output"), e.getMessage());
    }

    private static float[] firstState(OrtEnvironment env, OrtSession session) throws Exception {
        long[] ids = {101, 7308, 2003, 1037, 3231, 102};
        long[] shape = {1, ids.length};
        try (OnnxTensor i = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor m = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {1, 1, 1, 1, 1, 1}), shape);
             OnnxTensor t = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape);
             OrtSession.Result r = session.run(Map.of("input_ids", i, "attention_mask", m, "token_type_ids", t))) {
            return ((float[][][]) r.get(0).getValue())[0][1];
        }
    }
}
