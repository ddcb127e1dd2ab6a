package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.server.PapergraphServer;
import org.papergraph.store.ConflictingPapers;
import org.papergraph.store.PaperStore;
import org.papergraph.store.SampleDatabase;

/** {@code papergraph compare} on real TDB2 databases (the sample corpus; three papers made to conflict) and a real server. */
class CompareCommandIT {
    @TempDir
    static Path dir;
    static Path sample;
    static Path conflicting;

    @BeforeAll
    static void databases() throws Exception {
        sample = dir.resolve("sample");
        conflicting = dir.resolve("conflicting");
        SampleDatabase.create(sample).close();
        SampleDatabase.create(conflicting, ConflictingPapers.extractions()).close();
    }

    private static CliTest.Run compare(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("compare", "--db", db.toString()));
        all.addAll(List.of(args));
        return CliTest.run(all.toArray(String[]::new));
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void glueOnTheSampleCorpusPrintsTheResultsWithPapersAndEvidence() {
        CliTest.Run r = compare(sample, "--dataset", "GLUE");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("Leaderboard: average score"), out);
        assertTrue(out.contains("DeBERTaV3 Large") && out.contains("91.37"), out);
        assertTrue(out.contains("paper:    DeBERTaV3: Improving DeBERTa using ELECTRA-Style Pre-Training"), out);
        assertTrue(out.contains("evidence: Taking the GLUE benchmark with eight tasks as an example"), out);
        // The changes are apart from the leaderboard, with their baselines.
        String relative = out.substring(out.indexOf("Relative results"));
        assertTrue(relative.contains("Monarch") && relative.contains("1.7") && relative.contains("BERT"), relative);
        assertTrue(relative.contains("1.91") && relative.contains("ELECTRA"), relative);
        assertFalse(out.substring(0, out.indexOf("Relative results")).contains("Increase"), out);
    }

    @Test
    void csvJsonAndLatexParseAndCarryTheSameRows() throws Exception {
        CliTest.Run c = compare(sample, "--dataset", "glue", "--format", "csv");
        CliTest.Run j = compare(sample, "--dataset", "Glue", "--format", "json");
        CliTest.Run l = compare(sample, "--dataset", "GLUE", "--format", "latex");
        assertEquals(ExitCodes.OK, c.exit(), c.err());
        List<CSVRecord> rows = csv(c.out());
        assertEquals(4, rows.size(), c.out());
        assertEquals("leaderboard", rows.get(0).get("section"));
        assertEquals("1", rows.get(0).get("rank"));
        assertEquals("91.37", rows.get(0).get("value"));
        assertTrue(rows.get(0).get("evidence").startsWith("Taking the GLUE benchmark"), rows.get(0).get("evidence"));
        assertTrue(rows.get(0).get("link").startsWith("https://w3id.org/papergraph/id/paper/"), rows.get(0).get("link"));

        JsonNode json = new ObjectMapper().readTree(j.out());
        List<JsonNode> jsonRows = new ArrayList<>();
        json.path("leaderboard").forEach(jsonRows::add);
        json.path("relative").forEach(jsonRows::add);
        assertEquals(rows.size(), jsonRows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).get("subject"), jsonRows.get(i).path("subject").asText());
            assertEquals(new java.math.BigDecimal(rows.get(i).get("value")), jsonRows.get(i).path("value").decimalValue());
            assertEquals(rows.get(i).get("paper"), jsonRows.get(i).path("paper").asText());
            assertEquals(rows.get(i).get("evidence"), jsonRows.get(i).path("evidence").asText());
        }

        List<List<String>> latex = LatexTable.parse(l.out());
        assertEquals(rows.size() + 1, latex.size(), l.out());
        List<String> header = latex.get(0);
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < header.size(); k++) {
                assertEquals(rows.get(i).get(header.get(k)), latex.get(i + 1).get(k), "row " + i + ", column " + header.get(k));
            }
        }
    }

    @Test
    void anEndpointGivesTheSameRowsAsTheDatabase() {
        String fromDb = compare(sample, "--dataset", "ImageNet", "--format", "csv").out();
        try (PaperStore store = PaperStore.open(sample)) {
            PapergraphServer server = PapergraphServer.create().dataset(store.dataset()).port(0).files(SampleDatabase.project()).build().start();
            try {
                CliTest.Run viaHttp = CliTest.run("compare", "--endpoint", server.queryUrl(), "--dataset", "ImageNet", "--format", "csv");
                assertEquals(ExitCodes.OK, viaHttp.exit(), viaHttp.err());
                assertEquals(fromDb, viaHttp.out());
                assertTrue(fromDb.lines().count() > 10, fromDb);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void anEndpointThatDoesNotAnswerIsSaidSoInOneLine() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "http://localhost:" + port + "/papergraph/query";
        CliTest.Run r = CliTest.run("compare", "--endpoint", url, "--dataset", "GLUE");
        assertEquals(ExitCodes.FAILURE, r.exit());
        assertEquals("papergraph compare: the SPARQL endpoint " + url + " does not answer (connection refused): is papergraph serve running there?", r.err().strip());
    }

    @Test
    void twoPapersThatDisagreeAreFlaggedAsAConflict() throws Exception {
        CliTest.Run r = compare(conflicting, "--dataset", "imagenet", "--metric", "Top-1 Accuracy", "--format", "csv");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        Map<String, String> conflictByValue = new TreeMap<>();
        for (CSVRecord row : csv(r.out())) conflictByValue.put(row.get("subject") + " " + row.get("value") + " " + row.get("rank"), row.get("conflict"));
        assertEquals(Map.of("ViT-B 81.8 1", "", "ResNet-50 78.4 2", "yes", "ResNet-50 76.1 3", "yes"), conflictByValue, r.out());
        CliTest.Run table = compare(conflicting, "--dataset", "ImageNet");
        assertTrue(table.out().contains("2 result(s) marked CONFLICT"), table.out());
        assertTrue(table.err().contains("2 flagged as conflicting"), table.err());
    }

    @Test
    void namesMatchLabelsAndAltLabelsAndAnUnknownNameGetsTheClosestOnes() throws Exception {
        String lower = compare(sample, "--dataset", "imagenet", "--format", "csv").out();
        assertEquals(compare(sample, "--dataset", "ImageNet", "--format", "csv").out(), lower);
        // ImageNet-1k is an altLabel of the ImageNet-1K concept, a variant of ImageNet: its results are ImageNet's too.
        List<CSVRecord> variant = csv(compare(sample, "--dataset", "ImageNet-1k", "--format", "csv").out());
        assertFalse(variant.isEmpty());
        assertTrue(variant.stream().allMatch(row -> row.get("dataset").equals("ImageNet-1K")), variant.toString());
        assertTrue(csv(lower).stream().anyMatch(row -> row.get("dataset").equals("ImageNet-1K")), lower);

        CliTest.Run unknown = compare(sample, "--dataset", "imagnet");
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("unknown dataset \"imagnet\"; the closest known names: ImageNet"), unknown.err());
        CliTest.Run neither = CliTest.run("compare", "--db", sample.toString());
        assertEquals(ExitCodes.USAGE, neither.exit());
        assertTrue(neither.err().contains("--dataset"), neither.err());
    }

    @Test
    void aTaskKeepsThePapersThatMentionIt() throws Exception {
        List<CSVRecord> all = csv(compare(sample, "--dataset", "ImageNet", "--format", "csv").out());
        List<CSVRecord> detection = csv(compare(sample, "--dataset", "ImageNet", "--task", "Object Detection", "--format", "csv").out());
        assertFalse(detection.isEmpty());
        assertTrue(detection.size() < all.size(), detection.size() + " of " + all.size());
        // The same rows, ranked again among themselves.
        java.util.function.Function<CSVRecord, List<String>> unranked = r -> { List<String> l = new ArrayList<>(r.toList()); l.remove(1); return l; };
        List<List<String>> allRows = all.stream().map(unranked).toList();
        for (CSVRecord r : detection) assertTrue(allRows.contains(unranked.apply(r)), r.toString());
        CliTest.Run unknown = compare(sample, "--dataset", "ImageNet", "--task", "object detektion");
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("unknown task \"object detektion\"; the closest known names: object detection"), unknown.err());
    }

    @Test
    void helpSaysWhatItDoes() {
        CliTest.Run help = CliTest.run("compare", "--help");
        assertEquals(ExitCodes.OK, help.exit());
        assertTrue(help.out().contains("Usage: papergraph compare") && help.out().contains("--endpoint"), help.out());
    }

    @Test
    void aMethodAloneListsAllItsResults() throws Exception {
        List<CSVRecord> rows = csv(compare(sample, "--method", "debertav3", "--format", "csv").out());
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("dataset").equals("GLUE")), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("subject").startsWith("DeBERTaV3")), rows.toString());
        // "the mDeBERTa Base achieves a 79.8% … on XNLI": the sentence's own model, not the paper's headline one.
        List<CSVRecord> multilingual = csv(compare(sample, "--method", "mDeBERTa Base", "--format", "csv").out());
        assertTrue(multilingual.stream().anyMatch(r -> r.get("dataset").equals("XNLI") && r.get("subject").equals("mDeBERTa Base")),
                multilingual.toString());
    }

    /** Reads back the LaTeX tabular that compare writes: rows end with \\, cells are split at unescaped &. */
    static final class LatexTable {
        static List<List<String>> parse(String tex) {
            List<List<String>> rows = new ArrayList<>();
            assertTrue(tex.contains("\\begin{tabular}") && tex.contains("\\end{tabular}"), tex);
            String body = tex.substring(tex.indexOf("\\toprule") + "\\toprule".length(), tex.indexOf("\\bottomrule"));
            for (String line : body.split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.equals("\\midrule")) continue;
                assertTrue(line.endsWith("\\\\"), line);
                line = line.substring(0, line.length() - 2).strip();
                List<String> cells = new ArrayList<>();
                StringBuilder cell = new StringBuilder();
                for (int i = 0; i < line.length(); i++) {
                    char ch = line.charAt(i);
                    if (ch == '\\' && i + 1 < line.length() && "&%$#_{}".indexOf(line.charAt(i + 1)) >= 0) {
                        cell.append(line.charAt(++i));
                    } else if (line.startsWith("\\textbackslash{}", i)) {
                        cell.append('\\');
                        i += "\\textbackslash{}".length() - 1;
                    } else if (line.startsWith("\\textasciitilde{}", i)) {
                        cell.append('~');
                        i += "\\textasciitilde{}".length() - 1;
                    } else if (line.startsWith("\\textasciicircum{}", i)) {
                        cell.append('^');
                        i += "\\textasciicircum{}".length() - 1;
                    } else if (ch == '&') {
                        cells.add(cell.toString().strip());
                        cell.setLength(0);
                    } else {
                        assertFalse("\\{}$#%_^~".indexOf(ch) >= 0, "unescaped " + ch + " in " + line);
                        cell.append(ch);
                    }
                }
                cells.add(cell.toString().strip());
                rows.add(cells);
            }
            return rows;
        }
    }
}
