package org.papergraph.model;

import java.util.List;
import org.papergraph.ingest.Paper;

/** Everything extracted from one paper. */
public record Extraction(Paper paper, List<Mention> entities, List<Result> results) {
    public Mention entity(String canonical) {
        if (canonical == null) return null;
        for (Mention m : entities) {
            if (m.canonical().equals(canonical)) return m;
        }
        return null;
    }
}
