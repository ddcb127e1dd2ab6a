package org.papergraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.papergraph.extract.Recognizer;
import org.papergraph.extract.SpanSource;
import org.papergraph.extract.Windows;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.WordPieceTokenizer.Pieces;

/**
 * The spans of held-out abstracts from a cross-validation run ({@code training/train.py --cross-validate}): the
 * head's window scores of each abstract, as the model of the fold that held it out gave them, decoded by the same
 * code as at run time. Immutable once read, so thread-safe.
 */
public final class FoldScores implements SpanSource {
    private record Held(float[][][] scores, double[][] transitions, double[] start, double[] end) {
    }

    private final Map<String, Held> byId = new HashMap<>();

    public static FoldScores read(Path file) throws IOException {
        FoldScores out = new FoldScores();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                JsonNode n = json.readTree(line);
                if (n == null || !n.has("id") || !n.has("scores") || !n.has("crf")) {
                    throw new IOException(file + ":" + lineNo + ": not a line of fold scores (id, crf, scores)");
                }
                JsonNode crf = n.get("crf");
                out.byId.put(n.get("id").asText(), new Held(json.treeToValue(n.get("scores"), float[][][].class),
                        json.treeToValue(crf.get("transitions"), double[][].class), json.treeToValue(crf.get("start"), double[].class),
                        json.treeToValue(crf.get("end"), double[].class)));
            }
        }
        return out;
    }

    public boolean holds(String id) {
        return byId.containsKey(id);
    }

    @Override
    public List<Recognizer.Span> spans(Paper paper, Pieces pieces, int[][] features) {
        Held held = byId.get(paper.id());
        if (held == null) throw new IllegalArgumentException("no fold scores for abstract " + paper.id());
        return Recognizer.decode(pieces, Windows.of(pieces.size()), held.scores(), held.transitions(), held.start(), held.end());
    }
}
