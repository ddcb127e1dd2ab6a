package org.papergraph.nlp;

import java.util.List;

/**
 * Splits text into sentences and tagged tokens with character offsets into the input.
 * Implementations are thread-safe: one instance is shared by all worker threads.
 */
public interface TextAnalyzer {
    /** Sentences with tagged tokens. */
    List<Sentence> analyze(String text);

    /** Sentences with tokens whose tags are not yet known (empty strings); see {@link #tag}. */
    default List<Sentence> tokenize(String text) {
        return analyze(text);
    }

    /** The sentence with its tokens tagged; tagging is the costly step, so callers tag only what they read. */
    default Sentence tag(Sentence sentence) {
        return sentence;
    }
}
