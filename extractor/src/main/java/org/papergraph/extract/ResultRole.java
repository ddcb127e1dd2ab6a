package org.papergraph.extract;

/** The attributes of a result that a learned {@link AttributeChooser} may choose among the abstract's mentions. */
public enum ResultRole {
    METRIC("models/result-metrics.bin"), SUBJECT("models/result-subjects.bin"), DATASET("models/result-datasets.bin"), KIND("models/result-kinds.bin");

    /** The project file of the role's model. */
    public final String modelFile;

    ResultRole(String modelFile) {
        this.modelFile = modelFile;
    }
}
