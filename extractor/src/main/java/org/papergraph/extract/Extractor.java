package org.papergraph.extract;

import org.papergraph.model.Extraction;

import org.papergraph.ingest.Paper;

/** Extracts entities and results from a paper. Implementations are thread-safe. */
public interface Extractor {
    Extraction extract(Paper paper);
}
