package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {
    private static final Set<String> FIELDS = Set.of("id", "submitter", "authors", "title", "comments", "journal-ref", "doi",
            "report-no", "categories", "license", "abstract", "versions", "update_date", "authors_parsed");

    /** The bundled sample corpus, read with the project's own readers. */
    static SyntheticCorpus sample() throws Exception {
        List<PaperStream.Opener> openers = new ArrayList<>();
        try (var files = Files.list(Path.of("..", "corpus"))) {
            files.sorted().forEach(f -> openers.add(() -> PaperSources.open(f)));
        }
        try (PaperStream papers = new PaperStream(openers, p -> { })) {
            return SyntheticCorpus.of(papers);
        }
    }

    private static byte[] generate(SyntheticCorpus corpus, int n, long seed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        corpus.write(n, seed, out, done -> { });
        return out.toByteArray();
    }

    @Test
    void theSameSeedAndInputsGiveTheSameBytesAndAnotherSeedOthers() throws Exception {
        byte[] one = generate(sample(), 300, 7);
        assertArrayEquals(one, generate(sample(), 300, 7));
        assertFalse(java.util.Arrays.equals(one, generate(sample(), 300, 8)));
    }

    @Test
    void writesNValidRecordsInTheSnapshotFormat() throws Exception {
        byte[] bytes = generate(sample(), 2_500, 1);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        assertEquals(2_500, lines.size());
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Pattern id = Pattern.compile("\\d{2}(0[1-9]|1[0-2])\\.\\d{5}");
        int withDoi = 0;
        String previous = "";
        for (String line : lines) {
            JsonNode r = json.readTree(line);
            Set<String> fields = new HashSet<>();
            r.fieldNames().forEachRemaining(fields::add);
            assertEquals(FIELDS, fields, line);
            String i = r.get("id").asText();
            assertTrue(id.matcher(i).matches(), i);
            assertTrue(i.compareTo(previous) > 0, "ids increase: " + previous + " then " + i);
            previous = i;
            assertTrue(ids.add(i));
            assertTrue(titles.add(Titles.normalize(ArxivText.oneLine(r.get("title").asText()))), "unique title");
            for (String c : r.get("categories").asText().split(" ")) assertTrue(c.startsWith("cs."), c);
            JsonNode versions = r.get("versions");
            assertEquals("v1", versions.get(0).get("version").asText());
            LocalDate v1 = ArxivText.versionDate(versions.get(0).get("created").asText());
            assertEquals(i.substring(0, 4), String.format("%02d%02d", v1.getYear() % 100, v1.getMonthValue()), "v1 in the id's month");
            assertEquals(ArxivText.versionDate(versions.get(versions.size() - 1).get("created").asText()).toString(), r.get("update_date").asText());
            assertEquals(r.get("authors_parsed").size(), ArxivText.splitAuthors(r.get("authors").asText()).size());
            assertEquals(r.get("authors_parsed").get(0).get(1).asText() + " " + r.get("authors_parsed").get(0).get(0).asText(),
                    r.get("submitter").asText());
            if (!r.get("doi").isNull()) {
                withDoi++;
                assertEquals(r.get("doi").asText(), ArxivText.doi(r.get("doi").asText()));
            }
            assertTrue(r.get("abstract").asText().startsWith("  ") && r.get("abstract").asText().contains("\n"), "wrapped as arXiv does");
        }
        assertTrue(withDoi > 500 && withDoi < 1_000, "about 3 in 10 have a DOI: " + withDoi);
        assertEquals("2501.00001", idOfRecord(120 * SyntheticCorpus.PER_MONTH), "the 120th month is January 2025");
    }

    private static String idOfRecord(int index) {
        int month = index / SyntheticCorpus.PER_MONTH;
        return String.format("%02d%02d.%05d", 15 + month / 12, month % 12 + 1, index % SyntheticCorpus.PER_MONTH + 1);
    }

    @Test
    void theArxivReaderReadsEveryRecordBackWithoutAProblem() throws Exception {
        byte[] bytes = generate(sample(), 1_000, 3);
        List<InputProblem> problems = new ArrayList<>();
        List<Paper> papers = new ArrayList<>();
        try (PaperSource source = PaperSources.open("synthetic.jsonl", new ByteArrayInputStream(bytes))) {
            source.onProblem(problems::add);
            Paper p;
            while ((p = source.next()) != null) papers.add(p);
        }
        assertEquals(List.of(), problems);
        assertEquals(1_000, papers.size());
        for (Paper p : papers) {
            assertNotNull(p.metadata().arxivId());
            assertNotNull(p.date());
            assertFalse(p.metadata().authorNames().isEmpty());
            assertFalse(p.abstractText().contains("\n") || p.abstractText().contains("  ") || p.abstractText().startsWith(" "), p.abstractText());
            // The coined name leads the title and is introduced, unbroken, in the abstract.
            String name = p.title().substring(0, p.title().indexOf(':'));
            assertTrue(p.abstractText().contains("We introduce " + name + " for "), p.abstractText());
        }
    }

    @Test
    void coinedNamesAreDistinctForDistinctNumbers() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 200_000; i++) assertTrue(names.add(SyntheticCorpus.coinedName(i, 12345)), "record " + i);
        assertEquals("Memory-Efficient LLM Training", SyntheticCorpus.description("[Oral] GaLore: Memory-Efficient LLM Training"));
        assertEquals("Attention Is All You Need", SyntheticCorpus.description("Attention Is All You Need"));
    }
}
