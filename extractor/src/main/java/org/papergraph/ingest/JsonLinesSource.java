package org.papergraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Reads JSON Lines, one paper an object: {@code {"id","title","abstract","authors","date","url"}}; only
 * title and abstract are required. {@code authors} may be a count or a list of names. Not thread-safe.
 */
public final class JsonLinesSource implements PaperSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final LineReader lines;
    private Consumer<InputProblem> problems = p -> { };

    public JsonLinesSource(String name, BufferedReader reader) {
        this.name = name;
        this.lines = new LineReader(reader);
    }

    @Override
    public void onProblem(Consumer<InputProblem> listener) {
        this.problems = listener;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long position() {
        return lines.position();
    }

    @Override
    public Paper next() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank()) continue;
            Paper paper = parse(line, lines.lineNumber());
            if (paper != null) return paper;
        }
        return null;
    }

    private Paper parse(String line, long lineNumber) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problem(lineNumber, "not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        if (!node.isObject()) {
            problem(lineNumber, "expected a JSON object, found " + node.getNodeType().toString().toLowerCase());
            return null;
        }
        String title = text(node, "title");
        String abstractText = text(node, "abstract");
        if (title == null || title.isBlank()) {
            problem(lineNumber, "missing \"title\"");
            return null;
        }
        if (abstractText == null || abstractText.isBlank()) {
            problem(lineNumber, "missing \"abstract\" for \"" + title + "\"");
            return null;
        }
        return new Paper(text(node, "id"), title.strip(), abstractText, authors(node.get("authors"), lineNumber),
                date(text(node, "date"), lineNumber), null, text(node, "url"), name + ":" + lineNumber);
    }

    private Integer authors(JsonNode authors, long lineNumber) {
        if (authors == null || authors.isNull()) return null;
        if (authors.isArray()) return authors.size();
        if (authors.canConvertToInt()) return authors.asInt();
        problem(lineNumber, "\"authors\" should be a count or a list, found " + authors);
        return null;
    }

    private LocalDate date(String date, long lineNumber) {
        if (date == null || date.isBlank()) return null;
        try {
            return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        } catch (DateTimeParseException e) {
            problem(lineNumber, "unreadable \"date\" \"" + date + "\" (expected YYYY-MM-DD); paper kept without a date");
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private void problem(long lineNumber, String message) {
        problems.accept(new InputProblem(name, lineNumber, message));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
