package org.papergraph.server;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.papergraph.rdf.Prefixes;

/**
 * The JSON-LD context the server publishes at {@link #PATH} and the compaction of its JSON-LD answers with it:
 * each answer names the context by its URL instead of repeating it. The context holds the project's prefixes
 * and short terms for the ontology's properties, links typed as IRIs. Thread-safe: immutable.
 */
final class JsonLdContext {
    static final String PATH = "/ns/context.jsonld";

    private static final String PG = org.papergraph.rdf.PG.NS;
    /** Properties whose values are nodes, given short names. */
    private static final List<String> LINKS = List.of("mentions", "proposes", "uses", "evaluatesOn", "addresses", "measures",
            "reports", "reportedIn", "metric", "subject", "dataset", "baseline", "evidence", "kind");
    private static final List<String> VALUES = List.of("value", "unit", "qualifier", "statedAs", "sentenceText", "startOffset",
            "endOffset", "authorCount", "upvotes");

    private final JsonObject document;

    JsonLdContext() {
        JsonObjectBuilder terms = Json.createObjectBuilder();
        Prefixes.forEach(terms::add);
        terms.add("label", "rdfs:label");
        terms.add("title", "dcterms:title");
        terms.add("abstract", "dcterms:abstract");
        terms.add("identifier", "dcterms:identifier");
        for (String link : LINKS) terms.add(link, Json.createObjectBuilder().add("@id", PG + link).add("@type", "@id"));
        for (String value : VALUES) terms.add(value, PG + value);
        document = Json.createObjectBuilder().add("@context", terms).build();
    }

    /** The context document. */
    JsonObject document() {
        return document;
    }

    /** Writes {@code graph} as JSON-LD compacted with this context, referring to it as {@code contextUrl}. */
    void write(Graph graph, String contextUrl, OutputStream out) {
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph)))).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(document)).get();
            JsonObjectBuilder answer = Json.createObjectBuilder().add("@context", contextUrl);
            compacted.forEach((k, v) -> {
                if (!k.equals("@context")) answer.add(k, v);
            });
            write(answer.build(), out);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD: " + e.getMessage(), e);
        }
    }

    static void write(JsonObject json, OutputStream out) {
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(json);
        }
    }
}
