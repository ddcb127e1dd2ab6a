package org.papergraph.nlp;

/**
 * A token with its character offsets in the analyzed text and its Penn Treebank part-of-speech tag.
 */
public record Token(int start, int end, String text, String tag) {
    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isAdjective() {
        return tag.startsWith("JJ");
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }
}
