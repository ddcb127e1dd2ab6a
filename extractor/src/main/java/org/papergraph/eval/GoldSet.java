package org.papergraph.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.papergraph.ingest.InputProblem;

/** A gold file as GUIDELINES.md defines it: JSON Lines of annotated abstracts. */
public final class GoldSet {
    public record Entity(String type, String text, String canonical, boolean proposed) {
    }

    public record GoldResult(Double value, String unit, String kind, String metric, String subject, String dataset,
                             String baseline, String qualifier, String text) {
    }

    public record Abstract(String id, String title, String abstractText, List<Entity> entities, List<GoldResult> results) {
        /** The abstract as a paper to extract, its provenance {@code source}. */
        public org.papergraph.ingest.Paper paper(String source) {
            return new org.papergraph.ingest.Paper(id, title, abstractText, null, null, null, null, source);
        }
    }

    private record Line(String id, String title, @com.fasterxml.jackson.annotation.JsonProperty("abstract") String abstractText,
                        List<Entity> entities, List<GoldResult> results) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private GoldSet() {
    }

    public static List<Abstract> read(Path file, Consumer<InputProblem> problems) throws IOException {
        List<Abstract> abstracts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                try {
                    Line l = JSON.readValue(line, Line.class);
                    if (l.title() == null || l.abstractText() == null) {
                        problems.accept(new InputProblem(file.toString(), number, "gold line needs \"title\" and \"abstract\""));
                        continue;
                    }
                    abstracts.add(new Abstract(l.id(), l.title(), l.abstractText(),
                            l.entities() == null ? List.of() : l.entities(), l.results() == null ? List.of() : l.results()));
                } catch (IOException e) {
                    problems.accept(new InputProblem(file.toString(), number, "not a gold line: " + e.getMessage().lines().findFirst().orElse("")));
                }
            }
        }
        return abstracts;
    }
}
