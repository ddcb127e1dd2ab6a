package org.papergraph.nlp;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The encoder's WordPiece tokenizer (a Hugging Face {@code tokenizer.json}, run by DJL's bindings), giving
 * each piece its vocabulary id and its character offsets in the text. Thread-safe: one loaded tokenizer is
 * shared by all threads.
 */
public final class WordPieceTokenizer implements AutoCloseable {
    /** Pieces of one text, without special tokens; {@code starts}/{@code ends} are offsets into {@code text}. */
    public record Pieces(String text, long[] ids, int[] starts, int[] ends) {
        public int size() {
            return ids.length;
        }
    }

    private final HuggingFaceTokenizer tokenizer;

    private WordPieceTokenizer(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Reads a {@code tokenizer.json}; {@code name} says where it came from in error messages. */
    public static WordPieceTokenizer read(InputStream in, String name) {
        try (in) {
            // Windows are cut by the recognizer, so the tokenizer must neither truncate nor pad.
            return new WordPieceTokenizer(HuggingFaceTokenizer.newInstance(in,
                    Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false")));
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("cannot read the tokenizer " + name + ": " + e.getMessage(), e));
        }
    }

    public Pieces encode(String text) {
        Encoding encoding = tokenizer.encode(text, false, false);
        CharSpan[] spans = encoding.getCharTokenSpans();
        long[] ids = encoding.getIds();
        int[] starts = new int[ids.length];
        int[] ends = new int[ids.length];
        boolean astral = text.codePoints().count() != text.length();
        for (int i = 0; i < ids.length; i++) {
            int s = spans[i] == null ? (i == 0 ? 0 : ends[i - 1]) : spans[i].getStart();
            int e = spans[i] == null ? s : spans[i].getEnd();
            // The native tokenizer counts code points; Java strings count UTF-16 units.
            starts[i] = astral ? text.offsetByCodePoints(0, s) : s;
            ends[i] = astral ? text.offsetByCodePoints(0, e) : e;
        }
        return new Pieces(text, ids, starts, ends);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
