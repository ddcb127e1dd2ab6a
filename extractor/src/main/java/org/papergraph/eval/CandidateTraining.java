package org.papergraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Names;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.MaxentClassifier;

/**
 * Training of the statistical stage from annotated abstracts: the examples are the candidates the rules
 * find, labeled by the gold annotations. The settings are fixed here so that `papergraph train` and the
 * test that checks the shipped model rebuild the very same model. Thread-safe: stateless.
 */
public final class CandidateTraining {
    public static final int ITERATIONS = 300;
    public static final int CUTOFF = 1;
    public static final double L2 = 1.0;

    private CandidateTraining() {
    }

    /** The examples of some annotated abstracts; {@code rules} must run without the statistical stage. */
    public static List<MaxentClassifier.Example> examples(RuleBasedExtractor rules, List<GoldSet.Abstract> abstracts, String source) {
        List<MaxentClassifier.Example> examples = new ArrayList<>();
        for (GoldSet.Abstract a : abstracts) {
            Paper paper = new Paper(a.id(), a.title(), a.abstractText(), null, null, null, null, source + ":" + a.id());
            examples.addAll(rules.trainingExamples(paper, goldTypes(a)));
        }
        return examples;
    }

    public static MaxentClassifier train(List<MaxentClassifier.Example> examples) {
        return MaxentClassifier.train(examples, ITERATIONS, CUTOFF, L2);
    }

    /** Every gold name of the abstract, surface form and canonical name, normalized as the scorer does. */
    static Map<String, EntityType> goldTypes(GoldSet.Abstract a) {
        Map<String, EntityType> types = new HashMap<>();
        for (GoldSet.Entity e : a.entities()) {
            EntityType type = EntityType.valueOf(e.type());
            types.put(Names.normalize(e.text()), type);
            if (e.canonical() != null) types.put(Names.normalize(e.canonical()), type);
        }
        return types;
    }
}
