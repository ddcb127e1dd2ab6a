package org.papergraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells what an input is from its first bytes: JSON Lines, arXiv's metadata snapshot (JSON Lines whose
 * objects have arXiv's keys), a listing page, or something papergraph does not read as papers (UTF-16/32,
 * binary data, HTML, a JSON array, RDF: N-Quads are loaded as such only when named so).
 * Stateless and thread-safe.
 */
final class InputSniffer {
    static final int HEAD_BYTES = 64 * 1024;
    private static final int LINES_LOOKED_AT = 20;
    private static final Pattern RDF_STATEMENT = Pattern.compile("^(?:<[^>\\s]*>|_:\\S+)\\s+<[^>\\s]*>\\s+\\S.*");
    private static final Pattern JSON_MEMBER = Pattern.compile("^\"[^\"]*\"\\s*:.*|^[}\\]],?$");
    private static final Pattern RDF_DIRECTIVE = Pattern.compile("^(?:@prefix|@base|PREFIX|BASE)\\s.*", Pattern.CASE_INSENSITIVE);

    /** Keys of arXiv's snapshot records that papergraph's own JSON Lines never has; two of them on one line decide. */
    private static final Pattern ARXIV_KEY = Pattern.compile("\"(?:authors_parsed|versions|submitter|update_date|journal-ref|report-no)\"\\s*:");

    enum Kind { JSON_LINES, ARXIV_METADATA, LISTING_PAGE, REFUSED }

    /** What to read the input as, and a message: why it is refused, or a warning (the extension disagrees). */
    record Verdict(Kind kind, String message) {
    }

    private InputSniffer() {
    }

    static Verdict sniff(String name, byte[] head) {
        Verdict verdict = sniffFormat(name, head);
        if (verdict.kind() != Kind.JSON_LINES || !arxiv(head)) return verdict;
        return new Verdict(Kind.ARXIV_METADATA, verdict.message() == null ? null
                : verdict.message().replace("read as JSON Lines", "read as arXiv metadata (JSON Lines)"));
    }

    private static boolean arxiv(byte[] head) {
        return new String(head, StandardCharsets.UTF_8).lines().limit(LINES_LOOKED_AT)
                .filter(l -> l.strip().startsWith("{"))
                .anyMatch(l -> ARXIV_KEY.matcher(l).results().map(m -> m.group()).distinct().count() >= 2);
    }

    private static Verdict sniffFormat(String name, byte[] head) {
        boolean namedJson = namedJson(name);
        Kind byName = namedJson ? Kind.JSON_LINES : Kind.LISTING_PAGE;
        if (head.length == 0) return new Verdict(byName, null);
        String refused = notText(head);
        if (refused != null) return new Verdict(Kind.REFUSED, refused + "; input skipped");
        int end = head.length;
        if (head.length == HEAD_BYTES) {
            // Cut at the last line break, so that a character split by the cut is not read as malformed.
            while (end > 0 && head[end - 1] != '\n') end--;
            if (end == 0) end = head.length;
        }
        List<String> lines = new String(head, 0, end, StandardCharsets.UTF_8).lines()
                .map(l -> l.replace("\ufeff", "").strip()).filter(l -> !l.isEmpty()).limit(LINES_LOOKED_AT).toList();
        if (lines.isEmpty()) return new Verdict(byName, null);
        String first = lines.get(0).toLowerCase(Locale.ROOT);
        if (first.startsWith("<!doctype html") || first.startsWith("<html")) {
            return new Verdict(Kind.REFUSED, "an HTML page; save the listing page as text (or give JSON Lines); input skipped");
        }
        long rdf = lines.stream().filter(l -> RDF_STATEMENT.matcher(l).matches() || RDF_DIRECTIVE.matcher(l).matches()).count();
        if (rdf * 2 >= lines.size()) {
            return new Verdict(Kind.REFUSED, "RDF (N-Quads, N-Triples, Turtle or TriG, such as `extract` writes), not papers;"
                    + " load reads N-Quads named .nq or .nq.gz (or a directory of shards) as they are: rename it if it is N-Quads; input skipped");
        }
        if (first.startsWith("[")) {
            return new Verdict(Kind.REFUSED, "a JSON array; JSON Lines has one object per line (convert with: jq -c '.[]');"
                    + " input skipped");
        }
        long objects = lines.stream().filter(l -> l.startsWith("{")).count();
        long members = lines.stream().filter(l -> JSON_MEMBER.matcher(l).matches()).count();
        if (first.startsWith("{") && objects * 2 < lines.size() && members * 2 >= lines.size() - objects) {
            return new Verdict(Kind.REFUSED, "JSON objects spread over several lines; JSON Lines has one object per line"
                    + " (convert with: jq -c .); input skipped");
        }
        Kind byContent = objects * 2 >= lines.size() ? Kind.JSON_LINES : Kind.LISTING_PAGE;
        if (byContent == byName) return new Verdict(byContent, null);
        if (byContent == Kind.LISTING_PAGE) {
            return new Verdict(byContent, "named like JSON Lines but holds no JSON objects; read as a listing page");
        }
        // Any name but .txt may hold JSON Lines without surprise; a .txt that does is worth a word.
        return new Verdict(byContent, name.toLowerCase(Locale.ROOT).endsWith(".txt")
                ? "named .txt but holds JSON Lines; read as JSON Lines" : null);
    }

    static boolean namedJson(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".ndjson");
    }

    /** Why these bytes are not UTF-8 text, or null. */
    private static String notText(byte[] head) {
        int b0 = head[0] & 0xff;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        if ((b0 == 0xff && b1 == 0xfe) || (b0 == 0xfe && b1 == 0xff) || (head.length >= 4 && b0 == 0 && b1 == 0 && (head[2] & 0xff) == 0xfe)) {
            return "UTF-16 or UTF-32 text (byte-order mark " + String.format("%02X %02X", b0, b1)
                    + "); papergraph reads UTF-8: convert with iconv -f UTF-16 -t UTF-8";
        }
        int firstNul = -1;
        int nuls = 0;
        int evenNul = 0;
        int oddNul = 0;
        int controls = 0;
        int sample = Math.min(head.length, 4096);
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                if (firstNul < 0) firstNul = i;
                nuls++;
                if (i < sample) {
                    if ((i & 1) == 0) evenNul++; else oddNul++;
                }
            } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f) {
                controls++;
            }
        }
        int half = (sample + 1) / 2;
        if (firstNul >= 0 && sample >= 4 && (evenNul > half * 0.4 || oddNul > half * 0.4) && Math.min(evenNul, oddNul) < half * 0.1) {
            return "UTF-16 text without a byte-order mark (every other byte is NUL); papergraph reads UTF-8:"
                    + " convert with iconv -f UTF-16LE -t UTF-8";
        }
        // A stray NUL in a text file is one bad record (stripped when stored); many of them are binary data.
        if (nuls >= Math.max(2, head.length / 1000)) return "binary data (" + nuls + " NUL bytes, the first at offset " + firstNul + "), not text";
        if (controls + nuls > Math.max(1, head.length / 50)) return "binary data (" + controls + " control bytes in the first " + head.length + "), not text";
        return null;
    }
}
