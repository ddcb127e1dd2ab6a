package org.papergraph.extract;

import java.util.List;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.WordPieceTokenizer.Pieces;

/**
 * Where the learned extractor gets its entity spans: the {@link Recognizer} at run time, or the scores a
 * cross-validation run wrote for held-out abstracts. Implementations are thread-safe.
 */
public interface SpanSource {
    List<Recognizer.Span> spans(Paper paper, Pieces pieces, int[][] features);
}
