package org.papergraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * What the JSON Lines readers share: one strict parser configuration (duplicate keys and trailing garbage
 * are errors) and the wording of the problems they report, so that a bad record reads the same whatever the
 * format. Stateless and thread-safe.
 */
final class JsonRecords {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    static final JsonFactory FACTORY = JSON.getFactory();

    private JsonRecords() {
    }

    static String notJson(JsonProcessingException e) {
        return "not valid JSON: " + Texts.abbreviate(e.getOriginalMessage(), 200);
    }

    static String notAnObject(String found) {
        return "expected a JSON object, found " + found;
    }

    static String wrongType(String field, String expected, String found, String value) {
        return "\"" + field + "\" should be " + expected + ", found " + found + " " + Texts.abbreviate(value, 40);
    }

    /** A node's type as messages name it: "number", "boolean", "array"… */
    static String typeOf(JsonNode node) {
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    /** A value's type as messages name it, from the token that starts it (the same words as {@link #typeOf}). */
    static String typeOf(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> token.toString().toLowerCase(Locale.ROOT);
        };
    }
}
