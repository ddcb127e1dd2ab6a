package org.papergraph.nlp;

import java.util.List;

/** A sentence: its offsets in the analyzed text and its tokens. */
public record Sentence(int start, int end, String text, List<Token> tokens) {
}
