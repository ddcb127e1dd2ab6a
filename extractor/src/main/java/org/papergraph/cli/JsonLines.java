package org.papergraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.papergraph.model.Extraction;
import org.papergraph.model.Mention;
import org.papergraph.model.Result;

/** One extraction as a JSON line with the field names of GUIDELINES.md, and the paper's fields as {@code load} reads them. */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    static String toLine(Extraction e) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", e.paper().id());
        line.put("title", e.paper().title());
        // The paper's own fields too, so that this output is an input of load (which reads title and abstract).
        line.put("abstract", e.paper().abstractText());
        if (e.paper().authors() != null) line.put("authors", e.paper().authors());
        if (e.paper().date() != null) line.put("date", e.paper().date().toString());
        if (e.paper().url() != null) line.put("url", e.paper().url());
        ArrayNode entities = line.putArray("entities");
        for (Mention m : e.entities()) {
            ObjectNode n = entities.addObject();
            n.put("type", m.type().name());
            n.put("text", m.text());
            n.put("canonical", m.canonical());
            n.put("proposed", m.proposed());
            n.put("confidence", Math.round(m.confidence() * 1000) / 1000.0);
        }
        ArrayNode results = line.putArray("results");
        for (Result r : e.results()) {
            ObjectNode n = results.addObject();
            n.put("value", r.value());
            n.put("unit", r.unit());
            n.put("kind", r.kind().label());
            n.put("metric", r.metric());
            n.put("subject", r.subject());
            n.put("dataset", r.dataset());
            n.put("baseline", r.baseline());
            n.put("qualifier", r.qualifier());
            n.put("text", r.text());
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
