package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.papergraph.model.PaperMetadata;

class ArxivMetadataSourceTest {
    static final Path FIXTURE = Path.of("src", "test", "resources", "ingest", "arxiv-snapshot.jsonl");

    private final List<InputProblem> problems = new ArrayList<>();

    private List<Paper> read(PaperSource source) throws Exception {
        List<Paper> papers = new ArrayList<>();
        try (source) {
            source.onProblem(problems::add);
            Paper p;
            while ((p = source.next()) != null) papers.add(p);
        }
        return papers;
    }

    private List<Paper> fixture() throws Exception {
        return read(PaperSources.open(FIXTURE));
    }

    @Test
    void mapsANewStyleRecordFieldByField() throws Exception {
        Paper p = fixture().get(0);
        assertEquals("0704.0042", p.id());
        assertEquals("Sparse gradient sketches for distributed training", p.title());
        assertEquals("We study gradient sketches that need $O(k \\log n)$ memory per worker. On a cluster of 64 workers the"
                + " sketches cut communication by 40\\% while the loss stays within 1\\% of full synchronization.", p.abstractText());
        assertEquals("https://arxiv.org/abs/0704.0042", p.url());
        assertEquals(LocalDate.of(2007, 4, 3), p.date());
        assertEquals(3, p.authors());
        assertNull(p.upvotes());
        assertEquals(FIXTURE + ":1", p.source());
        assertEquals(new PaperMetadata("0704.0042", "10.1000/example.2007.042",
                List.of("Jonas Eriksen", "Maria G. G{\\\"o}bel", "Rafael Alvarez Jr."), List.of("cs.LG", "stat.ML")), p.metadata());
    }

    @Test
    void takesTheDateOfV1AndJoinsANameWrappedAtItsHyphen() throws Exception {
        Paper p = fixture().get(1);
        assertEquals("2301.01234", p.id());
        assertEquals(LocalDate.of(2023, 1, 4), p.date(), "v1 is listed after v2 here; its date is the paper's");
        assertNull(p.metadata().doi());
        assertEquals(List.of("cs.CL", "cs.LG"), p.metadata().categories());
        assertEquals(List.of("Wei Zhang", "Ana Lima"), p.metadata().authorNames());
        // The hard line breaks and the blank line (a paragraph break) become single spaces; "Low-\nRank" stays one name.
        assertEquals("We apply Low-Rank Adaptation (LoRA) to BERT and evaluate it on GLUE and SQuAD. LoRA reaches an accuracy"
                + " of 91.2\\% on GLUE while training 0.5\\% of the parameters.", p.abstractText());
        int at = p.abstractText().indexOf("Low-Rank Adaptation");
        assertEquals("Low-Rank Adaptation", p.abstractText().substring(at, at + 19));
    }

    @Test
    void mapsOldStyleIdsResolverPrefixedAndSeveralDoisAndTheAuthorsString() throws Exception {
        List<Paper> papers = fixture();
        Paper strings = papers.get(2);
        assertEquals("hep-th/9901001", strings.id());
        assertEquals("https://arxiv.org/abs/hep-th/9901001", strings.url());
        assertEquals("10.1016/S0550-3213(99)00123-4", strings.metadata().doi());
        assertEquals(List.of("A. One", "B. Two", "C. Three"), strings.metadata().authorNames(), "authors_parsed is empty: the string is split");
        assertEquals(List.of("hep-th", "gr-qc"), strings.metadata().categories());
        assertEquals(LocalDate.of(1999, 1, 1), strings.date());
        assertTrue(strings.abstractText().contains("$R=\\sqrt{\\alpha'}$"), strings.abstractText());
        Paper knots = papers.get(3);
        assertEquals("math.GT/0309136", knots.metadata().arxivId());
        assertEquals("10.2140/gt.2003.7.1", knots.metadata().doi(), "the first of two DOIs");
        assertEquals(List.of("D. Four"), knots.metadata().authorNames());
    }

    @Test
    void reportsTheBrokenRecordsByFileAndLineAndReadsTheRest() throws Exception {
        List<Paper> papers = fixture();
        assertEquals(List.of("0704.0042", "2301.01234", "hep-th/9901001", "math.GT/0309136", "1912.00001"),
                papers.stream().map(Paper::id).toList());
        List<InputProblem> rejected = problems.stream().filter(InputProblem::rejected).toList();
        assertEquals(2, rejected.size(), problems.toString());
        assertEquals(FIXTURE + ":5: \"abstract\" should be a string, found number 42", rejected.get(0).toString());
        assertTrue(rejected.get(1).toString().startsWith(FIXTURE + ":7: not valid JSON"), rejected.get(1).toString());
        List<InputProblem> warnings = problems.stream().filter(p -> !p.rejected()).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).toString().startsWith(FIXTURE + ":6: unreadable \"created\" date of v1 \"sometime in December\""),
                warnings.get(0).toString());
        assertNull(papers.get(4).date());
    }

    @Test
    void rejectsWrongTypesAndKeepsTheMessagesOfJsonLines() throws Exception {
        String input = String.join("\n",
                "{\"id\":704.0001,\"title\":\"T\",\"abstract\":\"A.\",\"versions\":[]}",
                "{\"id\":\"0704.0002\",\"title\":\"T2\",\"abstract\":\"A.\",\"authors_parsed\":\"Smith, J.\"}",
                "{\"id\":\"0704.0003\",\"title\":\"T3\",\"abstract\":\"A.\",\"abstract\":\"B.\",\"versions\":[]}",
                "[1,2]",
                "{\"id\":\"0704.0005\",\"title\":\"  \",\"abstract\":\"A.\",\"versions\":[]} {}",
                "{\"id\":\"not-an-id\",\"title\":\"Kept\",\"abstract\":\"Text.\",\"doi\":\"n/a\",\"versions\":[]}");
        List<Paper> papers = read(new ArxivMetadataSource("in.json", new java.io.BufferedReader(new java.io.StringReader(input))));
        assertEquals(1, papers.size());
        assertEquals("not-an-id", papers.get(0).id());
        assertNull(papers.get(0).url());
        assertEquals(List.of(
                "in.json:1: \"id\" should be a string, found number 704.0001",
                "in.json:2: \"authors_parsed\" should be a list of [last, first, suffix] lists, found string Smith, J.",
                "in.json:3: not valid JSON: Duplicate field 'abstract'",
                "in.json:4: expected a JSON object, found array",
                "in.json:5: not valid JSON: more after the object's end (JSON Lines has one object per line)",
                "in.json:6: \"id\" \"not-an-id\" is not an arXiv identifier (like 2301.01234 or hep-th/9901001); paper kept without its arXiv page",
                "in.json:6: \"doi\" \"n/a\" holds no DOI (10.NNNN/…); paper kept without a DOI"),
                problems.stream().map(InputProblem::toString).toList());
    }

    @Test
    void isToldFromPlainJsonLinesByItsKeysWhateverTheName() throws Exception {
        byte[] arxiv = Files.readAllBytes(FIXTURE);
        assertEquals(InputSniffer.Kind.ARXIV_METADATA, InputSniffer.sniff("arxiv-metadata-oai-snapshot.json", arxiv).kind());
        assertNull(InputSniffer.sniff("snapshot.jsonl", arxiv).message());
        InputSniffer.Verdict txt = InputSniffer.sniff("snapshot.txt", arxiv);
        assertEquals(InputSniffer.Kind.ARXIV_METADATA, txt.kind());
        assertEquals("named .txt but holds JSON Lines; read as arXiv metadata (JSON Lines)", txt.message());
        byte[] plain = "{\"id\":\"p1\",\"title\":\"T\",\"abstract\":\"A.\",\"versions\":2}\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(InputSniffer.Kind.JSON_LINES, InputSniffer.sniff("p.jsonl", plain).kind(), "one arXiv-like key is not enough");
    }

    @Test
    void readsAGzippedSnapshot() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(Files.readAllBytes(FIXTURE));
        }
        List<Paper> papers = read(PaperSources.open("snapshot.jsonl.gz", new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(5, papers.size());
        assertTrue(problems.stream().noneMatch(p -> p.line() == 0), problems.toString());
    }

    @Test
    void theCategoryFilterKeepsRecordsWithAnyListedCategoryAndEveryOtherFormat() throws Exception {
        AtomicLong filtered = new AtomicLong();
        PaperStream.Opener arxiv = CategoryFilter.wrap(() -> PaperSources.open(FIXTURE), Set.of("cs.CL", "hep-th"), filtered);
        List<Paper> kept = read(arxiv.open());
        assertEquals(List.of("2301.01234", "hep-th/9901001"), kept.stream().map(Paper::id).toList());
        assertEquals(3, filtered.get());
        String plain = "{\"title\":\"Plain\",\"abstract\":\"No categories here.\"}\n";
        PaperStream.Opener other = CategoryFilter.wrap(
                () -> PaperSources.open("p.jsonl", new ByteArrayInputStream(plain.getBytes(StandardCharsets.UTF_8))), Set.of("cs.CL"), filtered);
        assertEquals(1, read(other.open()).size());
        assertEquals(3, filtered.get());
    }

    @Test
    void oneLineKeepsLatexAndSpacingWithinLines() {
        assertEquals("G{\\\"o}del's $x^2$ and 5\\%  twice", ArxivText.oneLine("  G{\\\"o}del's $x^2$\n   and 5\\%  twice \n"));
        assertEquals("pre-trained", ArxivText.oneLine("pre-\ntrained"));
        assertEquals("a - b", ArxivText.oneLine("a -\nb"));
        assertEquals("1- 2", ArxivText.oneLine("1-\n2"));
        assertFalse(ArxivText.isArxivId("2301.1234567"));
        assertTrue(ArxivText.isArxivId("2301.01234v2"));
        assertTrue(ArxivText.isArxivId("cond-mat.str-el/0101001") == false);
        assertTrue(ArxivText.isArxivId("cond-mat/0101001"));
    }
}
