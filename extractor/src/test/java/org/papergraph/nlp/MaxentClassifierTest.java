package org.papergraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaxentClassifierTest {
    /** Head words decide the outcome; a shared word carries no information. */
    private static List<MaxentClassifier.Example> examples() {
        List<MaxentClassifier.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new MaxentClassifier.Example("METRIC", List.of("head=accuracy", "word=the", "n=" + (i % 3))));
            examples.add(new MaxentClassifier.Example("O", List.of("head=performance", "word=the", "n=" + (i % 3))));
        }
        return examples;
    }

    @Test
    void learnsWhatTheFeaturesSay() {
        MaxentClassifier model = MaxentClassifier.train(examples(), 100, 1, 0.1);
        assertTrue(model.probabilities(List.of("head=accuracy", "word=the")).get("METRIC") > 0.9);
        assertTrue(model.probabilities(List.of("head=performance", "word=the")).get("O") > 0.9);
        Map<String, Double> unknown = model.probabilities(List.of("head=never-seen"));
        assertEquals(1.0, unknown.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws Exception {
        MaxentClassifier model = MaxentClassifier.train(examples(), 100, 1, 0.1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        MaxentClassifier read = MaxentClassifier.read(new ByteArrayInputStream(bytes.toByteArray()));
        List<String> features = List.of("head=accuracy", "word=the", "n=1");
        assertEquals(model.probabilities(features), read.probabilities(features));
    }

    @Test
    void trainingIsDeterministic() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        MaxentClassifier.train(examples(), 100, 1, 0.1).write(first);
        MaxentClassifier.train(examples(), 100, 1, 0.1).write(second);
        assertEquals(List.of(first.toByteArray().length), List.of(second.toByteArray().length));
        assertTrue(java.util.Arrays.equals(first.toByteArray(), second.toByteArray()));
    }
}
