package org.papergraph.nlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy classifier over string features: OpenNLP's L-BFGS trainer with L2 regularization, so
 * that a few hundred annotated abstracts give a model that does not memorize them. Thread-safe once built:
 * classifying only reads the model.
 */
public final class MaxentClassifier {
    /** One training example: the right outcome and the features that describe it. */
    public record Example(String outcome, List<String> features) {
    }

    private final MaxentModel model;

    private MaxentClassifier(MaxentModel model) {
        this.model = model;
    }

    /**
     * Trains a classifier. {@code cutoff} drops features seen fewer times; {@code l2} is the regularization
     * weight. Deterministic: the same examples give the same model.
     */
    public static MaxentClassifier train(List<Example> examples, int iterations, int cutoff, double l2) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(QNTrainer.L2COST_PARAM, l2);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.THREADS_PARAM, 1);
        List<Event> events = new ArrayList<>(examples.size());
        for (Example e : examples) events.add(new Event(e.outcome(), e.features().toArray(String[]::new)));
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return new MaxentClassifier(trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static MaxentClassifier read(InputStream in) throws IOException {
        return new MaxentClassifier(new GenericModelReader(new BinaryFileDataReader(new DataInputStream(in))).getModel());
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        new GenericModelWriter((AbstractModel) model, data).persist();
        data.flush();
    }

    /** The probability of every outcome the model knows, given the features. */
    public Map<String, Double> probabilities(List<String> features) {
        double[] p = model.eval(features.toArray(String[]::new));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) out.put(model.getOutcome(i), p[i]);
        return out;
    }
}
