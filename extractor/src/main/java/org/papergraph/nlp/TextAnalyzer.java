package org.papergraph.nlp;

import java.util.List;

/**
 * Splits text into sentences and tagged tokens with character offsets into the input.
 * Implementations are thread-safe: one instance is shared by all worker threads.
 */
public interface TextAnalyzer {
    List<Sentence> analyze(String text);

    /** Sentence splitting alone (no tokens), for callers that need only boundaries. */
    List<Sentence> sentences(String text);
}
