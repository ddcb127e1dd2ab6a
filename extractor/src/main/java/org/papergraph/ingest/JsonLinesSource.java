package org.papergraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads JSON Lines, one paper an object: {@code {"id","title","abstract","authors","date","url"}}; only
 * title and abstract are required. {@code authors} may be a count or a list of names. Not thread-safe.
 */
public final class JsonLinesSource extends LineRecordSource {
    public JsonLinesSource(String name, BufferedReader reader) {
        this(name, new LineReader(reader));
    }

    JsonLinesSource(String name, LineReader lines) {
        super(name, lines);
    }

    @Override
    Paper parse(String line, long lineNumber) {
        JsonNode node;
        try {
            node = JsonRecords.JSON.readTree(line);
        } catch (JsonProcessingException e) {
            reject(lineNumber, JsonRecords.notJson(e), line);
            return null;
        }
        if (!node.isObject()) {
            reject(lineNumber, JsonRecords.notAnObject(JsonRecords.typeOf(node)), line);
            return null;
        }
        String wrongType = firstWrongType(node);
        if (wrongType != null) {
            reject(lineNumber, wrongType, line);
            return null;
        }
        String title = Texts.clean(text(node, "title"));
        String abstractText = Texts.clean(text(node, "abstract"));
        String bad = Texts.recordProblem(title, abstractText);
        if (bad != null) {
            reject(lineNumber, bad, line);
            return null;
        }
        String id = Texts.clean(text(node, "id"));
        if (id != null && !Texts.hasVisible(id)) id = null;
        return new Paper(id == null ? null : id.strip(), title.strip(), abstractText, authors(node.get("authors"), lineNumber),
                date(text(node, "date"), lineNumber), null, Texts.clean(text(node, "url")), name() + ":" + lineNumber);
    }

    /** {@code "abstract": true} is not an abstract: the text fields must be strings (an id may be a number). */
    private static String firstWrongType(JsonNode node) {
        for (String field : new String[] {"title", "abstract", "id", "url", "date"}) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || value.isTextual()) continue;
            if (field.equals("id") && value.isIntegralNumber()) continue;
            return JsonRecords.wrongType(field, "a string", JsonRecords.typeOf(value), value.toString());
        }
        return null;
    }

    private Integer authors(JsonNode authors, long lineNumber) {
        if (authors == null || authors.isNull()) return null;
        if (authors.isArray()) return authors.size();
        if (authors.isIntegralNumber() && authors.canConvertToInt() && authors.asInt() >= 0) return authors.asInt();
        problem(lineNumber, "\"authors\" should be a count or a list, found " + Texts.abbreviate(authors.toString(), 40)
                + "; paper kept without an author count");
        return null;
    }

    private LocalDate date(String date, long lineNumber) {
        if (date == null || date.isBlank()) return null;
        try {
            return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        } catch (DateTimeParseException e) {
            problem(lineNumber, "unreadable \"date\" \"" + Texts.abbreviate(date, 40) + "\" (expected YYYY-MM-DD); paper kept without a date");
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

}
