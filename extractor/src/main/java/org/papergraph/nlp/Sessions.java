package org.papergraph.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/** ONNX Runtime sessions as papergraph runs them. */
public final class Sessions {
    private Sessions() {
    }

    /** A session over a model's bytes; {@code name} says which file in the error when it is corrupt. */
    public static OrtSession create(byte[] model, String name) {
        try {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // Threads work on different abstracts; one intra-op thread each is faster than sharing (STACK-NOTES).
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return OrtEnvironment.getEnvironment().createSession(model, options);
        } catch (OrtException e) {
            throw new IllegalStateException("the model " + name + " is corrupt or not an ONNX model: " + e.getMessage(), e);
        }
    }
}
