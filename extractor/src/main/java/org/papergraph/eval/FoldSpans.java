package org.papergraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.papergraph.extract.Recognizer;
import org.papergraph.extract.SpanSource;
import org.papergraph.ingest.Paper;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.WordPieceTokenizer.Pieces;

/**
 * The decoded spans of held-out abstracts from a cross-validation run of the recognizer: what {@link FoldScores}
 * decodes, kept small enough to ship (gzipped JSON Lines, a header line then one line per abstract), so that the
 * span judge can be rebuilt and checked for staleness without rerunning the recognizer's cross-validation. The
 * header names the annotated files (and their checksums) the recognizer's run was trained on. Immutable once
 * read, so thread-safe.
 */
public final class FoldSpans implements SpanSource {
    private final JsonNode inputs;
    private final Map<String, List<Recognizer.Span>> byId;

    private FoldSpans(JsonNode inputs, Map<String, List<Recognizer.Span>> byId) {
        this.inputs = inputs;
        this.byId = byId;
    }

    /** The spans {@code scores} decodes for each of these abstracts that it holds, rounded as they are written. */
    public static FoldSpans decode(FoldScores scores, List<GoldSet.Abstract> abstracts, JsonNode inputs, java.util.function.Function<String, Pieces> encode) {
        Map<String, List<Recognizer.Span>> byId = new LinkedHashMap<>();
        for (GoldSet.Abstract a : abstracts) {
            if (!scores.holds(a.id())) continue;
            List<Recognizer.Span> spans = new ArrayList<>();
            for (Recognizer.Span s : scores.spans(a.paper(a.id()), encode.apply(a.abstractText()), null)) {
                spans.add(new Recognizer.Span(s.start(), s.end(), s.type(), round(s.confidence()), round(s.proposed())));
            }
            byId.put(a.id(), spans);
        }
        return new FoldSpans(inputs, byId);
    }

    public static FoldSpans read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String first = in.readLine();
            JsonNode header = first == null ? null : json.readTree(first);
            if (header == null || !header.has("inputs")) throw new IOException(file + ":1: not a fold-spans file (a header line with inputs)");
            Map<String, List<Recognizer.Span>> byId = new LinkedHashMap<>();
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                JsonNode n = json.readTree(line);
                if (n == null || !n.has("id") || !n.path("spans").isArray()) throw new IOException(file + ":" + lineNo + ": not a line of fold spans (id, spans)");
                List<Recognizer.Span> spans = new ArrayList<>();
                for (JsonNode s : n.get("spans")) {
                    spans.add(new Recognizer.Span(s.get(0).asInt(), s.get(1).asInt(), EntityType.valueOf(s.get(2).asText()), s.get(3).asDouble(), s.get(4).asDouble()));
                }
                byId.put(n.get("id").asText(), spans);
            }
            return new FoldSpans(header.get("inputs"), byId);
        } catch (java.util.zip.ZipException e) {
            throw new IOException(file + ": not gzipped fold spans: " + e.getMessage(), e);
        }
    }

    /** Writes the spans; the same spans give the same bytes (the gzip header carries no time). */
    public void write(OutputStream out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        GZIPOutputStream gz = new GZIPOutputStream(out);
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
        ObjectNode header = json.createObjectNode();
        header.set("inputs", inputs);
        w.write(json.writeValueAsString(header));
        w.newLine();
        for (Map.Entry<String, List<Recognizer.Span>> e : byId.entrySet()) {
            ObjectNode line = json.createObjectNode();
            line.put("id", e.getKey());
            ArrayNode spans = line.putArray("spans");
            for (Recognizer.Span s : e.getValue()) {
                spans.addArray().add(s.start()).add(s.end()).add(s.type().name()).add(s.confidence()).add(s.proposed());
            }
            w.write(json.writeValueAsString(line));
            w.newLine();
        }
        w.flush();
        gz.finish();
    }

    /** The annotated files (name and SHA-256) the recognizer's cross-validation run was trained on. */
    public JsonNode inputs() {
        return inputs;
    }

    public boolean holds(String id) {
        return byId.containsKey(id);
    }

    @Override
    public List<Recognizer.Span> spans(Paper paper, Pieces pieces, int[][] features) {
        List<Recognizer.Span> spans = byId.get(paper.id());
        if (spans == null) throw new IllegalArgumentException("no fold spans for abstract " + paper.id());
        return spans;
    }

    /** Four decimals: the file stays small, and a judge trained on decoded spans is the one trained on the file. */
    private static double round(double p) {
        return Math.round(p * 10000) / 10000.0;
    }
}
