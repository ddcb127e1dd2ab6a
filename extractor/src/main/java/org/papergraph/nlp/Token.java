package org.papergraph.nlp;

/**
 * A token with its character offsets in the analyzed text and its Penn Treebank part-of-speech tag.
 */
public record Token(int start, int end, String text, String tag) {
}
