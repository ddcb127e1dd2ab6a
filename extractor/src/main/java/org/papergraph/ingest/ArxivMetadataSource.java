package org.papergraph.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.model.PaperMetadata;

/**
 * Reads arXiv's bulk metadata snapshot (JSON Lines, one object per line: {@code id}, {@code submitter},
 * {@code authors}, {@code title}, {@code comments}, {@code journal-ref}, {@code doi}, {@code report-no},
 * {@code categories}, {@code license}, {@code abstract}, {@code versions}, {@code update_date},
 * {@code authors_parsed}). Each line goes through Jackson's streaming parser, field by field, so neither the
 * file nor a tree of the record is held. Title and abstract are required; the paper gets the arXiv id as its
 * id, its abstract page as its url, the DOI, the authors (from {@code authors_parsed}, else the
 * {@code authors} string), the categories and the date of v1. Title, abstract and names are made one line
 * ({@link ArxivText#oneLine}). Not thread-safe.
 */
public final class ArxivMetadataSource extends LineRecordSource {
    public ArxivMetadataSource(String name, BufferedReader reader) {
        this(name, new LineReader(reader));
    }

    ArxivMetadataSource(String name, LineReader lines) {
        super(name, lines);
    }

    /** The fields papergraph uses, as read; the others are skipped unread. */
    private static final class Fields {
        String id;
        String title;
        String abstractText;
        String doi;
        String authors;
        String categories;
        List<List<String>> authorsParsed;
        String firstCreated;
        String anyCreated;
    }

    /** A record that cannot be a paper; the message says why. */
    private static final class BadRecord extends Exception {
        BadRecord(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    Paper parse(String line, long lineNumber) {
        Fields f;
        try {
            f = read(line);
        } catch (JsonProcessingException e) {
            reject(lineNumber, JsonRecords.notJson(e), line);
            return null;
        } catch (BadRecord e) {
            reject(lineNumber, e.getMessage(), line);
            return null;
        } catch (IOException e) {
            reject(lineNumber, "unreadable record: " + e.getMessage(), line);
            return null;
        }
        String title = Texts.clean(ArxivText.oneLine(f.title));
        String abstractText = Texts.clean(ArxivText.oneLine(f.abstractText));
        String bad = Texts.recordProblem(title, abstractText);
        if (bad != null) {
            reject(lineNumber, bad, line);
            return null;
        }
        String id = f.id == null ? null : Texts.clean(f.id).strip();
        String arxivId = null;
        if (id != null && !id.isEmpty()) {
            if (ArxivText.isArxivId(id)) arxivId = id;
            else problem(lineNumber, "\"id\" \"" + Texts.abbreviate(id, 40) + "\" is not an arXiv identifier (like 2301.01234"
                    + " or hep-th/9901001); paper kept without its arXiv page");
        }
        String doi = ArxivText.doi(f.doi);
        if (doi == null && f.doi != null && Texts.hasVisible(f.doi)) {
            problem(lineNumber, "\"doi\" \"" + Texts.abbreviate(f.doi, 40) + "\" holds no DOI (10.NNNN/…); paper kept without a DOI");
        }
        List<String> authors = new ArrayList<>();
        if (f.authorsParsed != null) {
            for (List<String> parts : f.authorsParsed) {
                String n = ArxivText.name(parts);
                if (!n.isEmpty()) authors.add(n);
            }
        }
        if (authors.isEmpty()) authors = ArxivText.splitAuthors(f.authors);
        List<String> categories = ArxivText.categories(f.categories);
        LocalDate date = date(f.firstCreated != null ? f.firstCreated : f.anyCreated, lineNumber);
        PaperMetadata metadata = new PaperMetadata(arxivId, doi, authors, categories);
        return new Paper(id, title.strip(), abstractText, authors.isEmpty() ? null : authors.size(), date, null,
                arxivId == null ? null : ArxivText.page(arxivId), name() + ":" + lineNumber, metadata);
    }

    private LocalDate date(String created, long lineNumber) {
        if (created == null || created.isBlank()) return null;
        try {
            return ArxivText.versionDate(created);
        } catch (DateTimeParseException e) {
            problem(lineNumber, "unreadable \"created\" date of v1 \"" + Texts.abbreviate(created, 40)
                    + "\" (expected like \"Mon, 2 Apr 2007 19:18:42 GMT\"); paper kept without a date");
            return null;
        }
    }

    private static Fields read(String line) throws IOException, BadRecord {
        Fields f = new Fields();
        try (JsonParser p = JsonRecords.FACTORY.createParser(line)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) throw new BadRecord(JsonRecords.notAnObject(JsonRecords.typeOf(t)));
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> f.id = string(p, field);
                    case "title" -> f.title = string(p, field);
                    case "abstract" -> f.abstractText = string(p, field);
                    case "doi" -> f.doi = string(p, field);
                    case "authors" -> f.authors = string(p, field);
                    case "categories" -> f.categories = string(p, field);
                    case "authors_parsed" -> f.authorsParsed = authorsParsed(p);
                    case "versions" -> versions(p, f);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new BadRecord("not valid JSON: more after the object's end (JSON Lines has one object per line)");
            }
        }
        return f;
    }

    /** A string or null; anything else is a wrong type (an id written as a number has lost its leading zero). */
    private static String string(JsonParser p, String field) throws IOException, BadRecord {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) return null;
        if (t == JsonToken.VALUE_STRING) return p.getText();
        throw wrongType(p, field, "a string");
    }

    private static List<List<String>> authorsParsed(JsonParser p) throws IOException, BadRecord {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        if (p.currentToken() != JsonToken.START_ARRAY) throw wrongType(p, "authors_parsed", "a list of [last, first, suffix] lists");
        List<List<String>> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_ARRAY) throw wrongType(p, "authors_parsed", "a list of [last, first, suffix] lists");
            List<String> parts = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) parts.add(string(p, "authors_parsed"));
            out.add(parts);
        }
        return out;
    }

    /** Keeps the {@code created} of v1 (else of the first version listed). */
    private static void versions(JsonParser p, Fields f) throws IOException, BadRecord {
        if (p.currentToken() == JsonToken.VALUE_NULL) return;
        String expected = "a list of {\"version\", \"created\"} objects";
        if (p.currentToken() != JsonToken.START_ARRAY) throw wrongType(p, "versions", expected);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) throw wrongType(p, "versions", expected);
            String version = null;
            String created = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("version")) version = string(p, "versions.version");
                else if (field.equals("created")) created = string(p, "versions.created");
                else p.skipChildren();
            }
            if ("v1".equals(version)) f.firstCreated = created;
            if (f.anyCreated == null) f.anyCreated = created;
        }
    }

    private static BadRecord wrongType(JsonParser p, String field, String expected) throws IOException {
        JsonToken t = p.currentToken();
        String shown = t.isStructStart() ? (t == JsonToken.START_ARRAY ? "[…]" : "{…}") : p.getText();
        return new BadRecord(JsonRecords.wrongType(field, expected, JsonRecords.typeOf(t), shown));
    }

}
