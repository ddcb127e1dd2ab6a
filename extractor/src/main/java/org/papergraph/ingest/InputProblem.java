package org.papergraph.ingest;

/** Something wrong in the input, located precisely enough for a person to fix it. */
public record InputProblem(String file, long line, String problem) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + problem;
    }
}
