package org.papergraph.ingest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes records in the field order and text layout of arXiv's snapshot: title and abstract hard-wrapped
 * near 80 columns with the indentation arXiv uses, so that reading them back exercises
 * {@link ArxivText#oneLine}, which returns exactly the text given here. Not thread-safe.
 */
final class SyntheticRecordWriter implements AutoCloseable {
    private static final int WIDTH = 80;

    /** One record; authors are {@code [last, first]}. */
    record Record(String id, List<String[]> authors, String title, String abstractText, List<String> categories,
                  List<OffsetDateTime> versions, boolean withDoi, String comments, String license) {
    }

    private final JsonGenerator json;
    private final OutputStream out;

    SyntheticRecordWriter(OutputStream out) throws IOException {
        this.out = out;
        this.json = JsonRecords.FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null);
    }

    void write(Record r) throws IOException {
        List<String> names = new ArrayList<>();
        for (String[] a : r.authors()) names.add(a[1] + " " + a[0]);
        String authors = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        String doi = r.withDoi() ? "10.5555/pg." + r.id() : null;
        json.writeStartObject();
        json.writeStringField("id", r.id());
        json.writeStringField("submitter", names.get(0));
        json.writeStringField("authors", authors);
        json.writeStringField("title", wrap(r.title(), "", "  "));
        json.writeStringField("comments", r.comments());
        json.writeStringField("journal-ref", doi == null ? null : "Proc. Synthetic Conf. " + r.versions().get(0).getYear());
        json.writeStringField("doi", doi);
        json.writeStringField("report-no", null);
        json.writeStringField("categories", String.join(" ", r.categories()));
        json.writeStringField("license", r.license());
        json.writeStringField("abstract", wrap(r.abstractText(), "  ", "") + "\n");
        json.writeArrayFieldStart("versions");
        for (int v = 0; v < r.versions().size(); v++) {
            json.writeStartObject();
            json.writeStringField("version", "v" + (v + 1));
            json.writeStringField("created", DateTimeFormatter.RFC_1123_DATE_TIME.format(r.versions().get(v)));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("update_date", r.versions().get(r.versions().size() - 1).toLocalDate().toString());
        json.writeArrayFieldStart("authors_parsed");
        for (String[] a : r.authors()) {
            json.writeStartArray();
            json.writeString(a[0]);
            json.writeString(a[1]);
            json.writeString("");
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write('\n');
    }

    /**
     * Breaks at spaces before {@link #WIDTH} columns, never after a word ending in a hyphen (a reader joins
     * such a line to the next without a space); {@code first} starts the text, {@code indent} each later line.
     */
    static String wrap(String text, String first, String indent) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 40 + first.length());
        out.append(first);
        int column = first.length();
        boolean startOfLine = true;
        for (String word : text.split(" ")) {
            if (!startOfLine) {
                boolean afterHyphen = out.charAt(out.length() - 1) == '-';
                if (column + 1 + word.length() > WIDTH && !afterHyphen) {
                    out.append('\n').append(indent);
                    column = indent.length();
                } else {
                    out.append(' ');
                    column++;
                }
            }
            out.append(word);
            column += word.length();
            startOfLine = false;
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        json.close();
        out.flush();
    }
}
