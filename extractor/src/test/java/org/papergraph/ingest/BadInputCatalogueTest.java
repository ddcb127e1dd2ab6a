package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.rdf.Iris;

/**
 * The catalogue of bad inputs: each case is an input as a user might have it, the papers that must still
 * come out of it, and the problems that must be reported (line and a fragment of the message; nothing else
 * may be reported). Cases run through {@link PaperSources} and {@link PaperStream} as the commands use them.
 */
class BadInputCatalogueTest {
    static final String GOOD_ABSTRACT = "We propose GoodNet, a method evaluated on ImageNet that reaches 80.1% top-1 accuracy in our tests.";
    static final String GOOD = json("Good paper", GOOD_ABSTRACT);
    static final String GOOD2 = json("Second good paper", GOOD_ABSTRACT);

    /** What must happen: the titles read, and the problems reported as {@code line:fragment} (line 0: the input as a whole). */
    record Case(String name, String file, byte[] bytes, List<String> titles, List<String> problems, int duplicates) {
        Case withDuplicates(int n) {
            return new Case(name, file, bytes, titles, problems, n);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> catalogue() {
        List<Case> c = new ArrayList<>();
        c.add(jsonl("malformed JSON line between good ones", lines(GOOD, "{broken", GOOD2), 2, "2:not valid JSON"));
        c.add(jsonl("truncated last line", lines(GOOD, "{\"title\":\"Cut\",\"abstract\":\"We propo"), 1, "2:not valid JSON"));
        c.add(jsonl("trailing garbage after the object", lines(GOOD, GOOD2.replace("}", "} trailing")), 1, "2:not valid JSON"));
        c.add(jsonl("duplicate key", lines("{\"title\":\"A\",\"title\":\"B\",\"abstract\":\"x y z\"}", GOOD), 1, "1:Duplicate field"));
        c.add(jsonl("array instead of an object", lines(GOOD, "[1,2]", GOOD2), 2, "2:expected a JSON object, found array"));
        c.add(jsonl("raw control character inside a JSON string", lines(GOOD, "{\"title\":\"T\u0001\",\"abstract\":\"a b c\"}"), 1, "2:not valid JSON"));
        c.add(bytesCase("invalid UTF-8 byte", "in.jsonl", concat(utf8(GOOD + "\n"), utf8("{\"title\":\"Bad \""), new byte[] {(byte) 0xff},
                utf8(",\"abstract\":\"x y\"}\n" + GOOD2 + "\n")), List.of("Good paper", "Second good paper"), List.of("2:invalid UTF-8: byte 0xFF at byte 16 of the line")));
        c.add(bytesCase("Latin-1 accent", "in.jsonl", concat(utf8(GOOD + "\n{\"title\":\"Caf"), new byte[] {(byte) 0xe9},
                utf8("\",\"abstract\":\"x y\"}\n")), List.of("Good paper"), List.of("2:invalid UTF-8: byte 0xE9")));
        c.add(bytesCase("UTF-8 byte-order mark keeps the first record", "in.jsonl", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                utf8(lines(GOOD, GOOD2))), List.of("Good paper", "Second good paper"), List.of()));
        c.add(jsonl("CRLF line ends", (GOOD + "\r\n" + GOOD2 + "\r\n").replace("\n", "\n"), 2));
        c.add(jsonl("empty title", lines(json("", "An abstract with words."), GOOD), 1, "1:missing \"title\""));
        c.add(jsonl("empty abstract", lines(json("No abstract", ""), GOOD), 1, "1:missing \"abstract\""));
        c.add(jsonl("abstract is a boolean", lines("{\"title\":\"T\",\"abstract\":true}", GOOD), 1, "1:\"abstract\" should be a string, found boolean"));
        c.add(jsonl("title is a number", lines("{\"title\":42,\"abstract\":\"a b\"}", GOOD), 1, "1:\"title\" should be a string, found number"));
        c.add(jsonl("abstract is an object", lines(GOOD, "{\"title\":\"T\",\"abstract\":{\"text\":\"a\"}}"), 1, "2:\"abstract\" should be a string, found object"));
        c.add(jsonl("title of zero-width characters", lines(json("\u200b\u200d\u2060\ufeff", "a b c"), GOOD), 1, "1:\"title\" has no visible characters"));
        c.add(jsonl("title of no-break spaces", lines(json("\u00a0\u202f\u3000", "a b c"), GOOD), 1, "1:\"title\" has no visible characters"));
        c.add(jsonl("5 MB abstract", lines(GOOD, json("Huge", "word ".repeat(1_000_000)), GOOD2), 2, "2:over the cap of 100,000"));
        c.add(jsonl("10,000-character title", lines(json("T".repeat(10_000), "a b c"), GOOD), 1, "1:title of 10,000 characters is over the cap"));
        c.add(jsonl("duplicate paper (same title, other case and spacing)", lines(GOOD, json("GOOD   paper", "Other text."), GOOD2), 2).withDuplicates(1));
        c.add(bytesCase("duplicate id with another title", "in.jsonl", utf8(lines(jsonId("p1", "First", "a b c"), jsonId("p1", "Not the first", "d e f"), GOOD)),
                List.of("First", "Good paper"), List.of("2:id \"p1\" is already the id of \"First\" (in.jsonl:1)")));
        c.add(jsonl("wrong type of authors and an unreadable date are warnings",
                lines("{\"title\":\"W\",\"abstract\":\"a b c\",\"authors\":\"many\",\"date\":\"soon\"}"), 1, "1:\"authors\" should be", "1:unreadable \"date\""));
        c.add(bytesCase("empty file", "in.jsonl", new byte[0], List.of(), List.of("0:no papers in this input")));
        c.add(bytesCase("only blank lines", "in.txt", utf8("\n\n   \n\r\n"), List.of(), List.of("0:no papers in this input")));
        c.add(bytesCase("listing page with broken structure", "page.txt",
                utf8("Daily Papers\n\nLonely title\n  • 3 authors\n·\nMay 1, 2024\n\nShort one\n\nToo short.\n\nGood listing paper\n\n"
                        + GOOD_ABSTRACT + "\n"),
                List.of("Short one", "Good listing paper"), List.of("3:title without an abstract", "10:is only 10 characters")));
        c.add(bytesCase("binary garbage", "data.txt", random(5000), List.of(), List.of("0:binary data")));
        c.add(bytesCase("UTF-16 with a byte-order mark", "in.jsonl", concat(new byte[] {(byte) 0xff, (byte) 0xfe}, (GOOD + "\n").getBytes(StandardCharsets.UTF_16LE)),
                List.of(), List.of("0:UTF-16 or UTF-32")));
        c.add(bytesCase("UTF-16 without a byte-order mark", "page.txt", ("Title\n\n" + GOOD_ABSTRACT + "\n").getBytes(StandardCharsets.UTF_16LE),
                List.of(), List.of("0:UTF-16 text without a byte-order mark")));
        c.add(bytesCase(".jsonl that is really a listing page", "papers.jsonl", utf8("Good listing paper\n\n" + GOOD_ABSTRACT + "\n"),
                List.of("Good listing paper"), List.of("0:named like JSON Lines but holds no JSON objects")));
        c.add(bytesCase("listing page (.txt) that is really JSON Lines", "page.txt", utf8(lines(GOOD, GOOD2)),
                List.of("Good paper", "Second good paper"), List.of("0:named .txt but holds JSON Lines")));
        String quad = "<https://w3id.org/papergraph/id/paper/1> <http://purl.org/dc/terms/title> \"T\" <https://w3id.org/papergraph/id/paper/1> .";
        c.add(bytesCase("N-Quads given to load", "papers.nq", utf8(lines(quad, quad, quad)), List.of(), List.of("0:RDF (N-Quads")));
        c.add(bytesCase("N-Quads named .jsonl", "papers.jsonl", utf8(lines(quad, quad)), List.of(), List.of("0:RDF (N-Quads")));
        c.add(bytesCase("an HTML page", "page.txt", utf8("<!DOCTYPE html>\n<html><body>Papers</body></html>\n"), List.of(), List.of("0:an HTML page")));
        c.add(bytesCase("a JSON array instead of JSON Lines", "papers.json", utf8("[" + GOOD + ",\n" + GOOD2 + "]\n"), List.of(), List.of("0:a JSON array")));
        c.add(bytesCase("pretty-printed JSON instead of JSON Lines", "papers.jsonl",
                utf8("{\n  \"title\": \"Good paper\",\n  \"abstract\": \"" + GOOD_ABSTRACT + "\"\n}\n"), List.of(), List.of("0:JSON objects spread over several lines")));
        c.add(bytesCase("a line over 16 MB", "in.jsonl", concat(utf8(GOOD + "\n"), utf8("x".repeat(LineReader.MAX_LINE_BYTES + 10) + "\n"), utf8(GOOD2 + "\n")),
                List.of("Good paper", "Second good paper"), List.of("2:line longer than")));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void everyCaseReportsItsProblemsAndKeepsTheGoodRecords(Case c) throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        List<Paper> papers = new ArrayList<>();
        int duplicates;
        try (PaperStream stream = new PaperStream(List.of(() -> PaperSources.open(c.file(), new ByteArrayInputStream(c.bytes()))), problems::add)) {
            stream.forEachRemaining(papers::add);
            duplicates = stream.duplicates();
        }
        assertEquals(c.titles(), papers.stream().map(Paper::title).toList(), problems.toString());
        assertEquals(c.duplicates(), duplicates);
        assertEquals(c.problems().size(), problems.size(), problems.toString());
        for (int i = 0; i < problems.size(); i++) {
            String[] expected = c.problems().get(i).split(":", 2);
            InputProblem p = problems.get(i);
            assertEquals(c.file(), p.file());
            assertEquals(Long.parseLong(expected[0]), p.line(), p.toString());
            assertTrue(p.problem().contains(expected[1]), p + " should say " + expected[1]);
            assertTrue(p.toString().startsWith(c.file() + (p.line() > 0 ? ":" + p.line() : "") + ": "), p.toString());
            assertTrue(p.toString().length() < 600, "messages stay readable: " + p.toString().length());
            assertFalse(p.toString().chars().anyMatch(ch -> ch < 0x20), "no raw control characters in messages: " + p);
        }
        for (Paper p : papers) {
            assertTrue(Texts.hasVisible(p.title()));
            assertFalse((p.title() + p.abstractText()).chars().anyMatch(ch -> ch < 0x20 || (ch >= 0x7f && ch < 0xa0)), "stored text is clean");
            assertTrue(IRIx.create(Iris.paper(p.id())).isAbsolute());
        }
    }

    /** The other cases of the catalogue: records that are kept, but not as given. */
    static Stream<Case> keptWithCare() {
        return Stream.of(
                jsonl("control characters and NUL are stripped", lines(json("Ti\u0000tle\u001b[31m red", "Abs\u0007tract\u0000 text."), GOOD), 2),
                bytesCase("a raw NUL byte in a listing page is one bad character, not a binary file", "page.txt",
                        utf8("Nul\u0000 paper\n\n" + GOOD_ABSTRACT + "\n"), List.of("Nul paper"), List.of()),
                jsonl("titles with IRI-unsafe characters", lines(jsonId("a<b>\"c{d}|e\\\\f^g`h", "<>\\\"{}|\\\\^` and `ticks`", "x y z"), GOOD), 2),
                jsonl("right-to-left text and emoji", lines(json("نموذج لغوي \u202e🚀 Model", "نحن نقترح 🤖 طريقة جديدة."), GOOD), 2),
                jsonl("a lone surrogate becomes U+FFFD", lines("{\"title\":\"Lone \\ud800 surrogate\",\"abstract\":\"a b\"}", GOOD), 2),
                jsonl("precomposed and decomposed accents are one paper", lines(json("Caf\u00e9Net", "a b"), json("Cafe\u0301Net", "c d")), 1).withDuplicates(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keptWithCare")
    void keptRecordsAreStoredClean(Case c) throws Exception {
        everyCaseReportsItsProblemsAndKeepsTheGoodRecords(c);
    }

    // --- building cases

    private static Case jsonl(String name, String text, int papers, String... problems) {
        List<String> titles = new ArrayList<>();
        List<String> all = List.of(text.split("\r?\n"));
        // The expected titles are those of the lines that are well-formed papers, as the case states by count.
        for (String line : all) {
            String t = titleOf(line);
            if (t != null) titles.add(t);
        }
        return new Case(name, "in.jsonl", utf8(text), pick(titles, papers), List.of(problems), 0);
    }

    /** Good records are those whose title is known to be good; they come last in the lists above when counts differ. */
    private static List<String> pick(List<String> titles, int papers) {
        List<String> good = titles.stream().filter(t -> t.equals("Good paper") || t.equals("Second good paper")).toList();
        if (good.size() == papers) return good;
        List<String> cleaned = titles.stream().map(t -> Texts.clean(t).strip()).filter(Texts::hasVisible).toList();
        return cleaned.size() >= papers ? cleaned.subList(0, papers) : cleaned;
    }

    private static String titleOf(String line) {
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            return node.has("title") && node.get("title").isTextual() ? node.get("title").asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static Case bytesCase(String name, String file, byte[] bytes, List<String> titles, List<String> problems) {
        return new Case(name, file, bytes, titles, problems, 0);
    }

    static String json(String title, String abstractText) {
        return "{\"title\":" + quote(title) + ",\"abstract\":" + quote(abstractText) + "}";
    }

    static String jsonId(String id, String title, String abstractText) {
        return "{\"id\":" + quote(id) + ",\"title\":" + quote(title) + ",\"abstract\":" + quote(abstractText) + "}";
    }

    private static String quote(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(16).nextBytes(b);
        return b;
    }

    static int size() {
        return (int) (catalogue().count() + keptWithCare().count());
    }
}
