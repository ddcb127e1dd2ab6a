package org.papergraph.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field rules of the arXiv metadata snapshot: how its hard-wrapped text becomes one line, what an arXiv
 * identifier and a DOI look like, how author names and the date of a version are read. Stateless.
 */
public final class ArxivText {
    /** New style since April 2007 ({@code 0704.0001}, five digits from 2015: {@code 2301.01234}), optionally with a version. */
    private static final Pattern NEW_ID = Pattern.compile("\\d{4}\\.\\d{4,5}(?:v\\d+)?");
    /** Old style: archive, optional subject class, {@code /YYMMNNN} ({@code hep-th/9901001}, {@code math.GT/0309136}). */
    private static final Pattern OLD_ID = Pattern.compile("[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern DOI_RESOLVER = Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

    private ArxivText() {
    }

    /**
     * The text as one line, the way arXiv shows it: each hard line break, with the indentation and trailing
     * blanks around it, becomes one space, blank lines (paragraph breaks) included, and the text is trimmed. A
     * line that ends in a hyphen after a letter and is followed by a letter is joined without a space
     * ({@code Low-\nRank} is {@code Low-Rank}), so that a name wrapped at its hyphen stays one name. Spaces
     * within a line, LaTeX ({@code {\"o}}, {@code $x^2$}, {@code \%}) and everything else are left as written.
     */
    public static String oneLine(String s) {
        if (s == null) return null;
        StringBuilder out = new StringBuilder(s.length());
        for (String raw : s.split("\\R", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            int n = out.length();
            if (n > 0) {
                boolean wrappedAtHyphen = n >= 2 && out.charAt(n - 1) == '-' && Character.isLetter(out.charAt(n - 2))
                        && Character.isLetter(line.codePointAt(0));
                if (!wrappedAtHyphen) out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    public static boolean isArxivId(String id) {
        return id != null && (NEW_ID.matcher(id).matches() || OLD_ID.matcher(id).matches());
    }

    /** The paper's abstract page. */
    public static String page(String arxivId) {
        return "https://arxiv.org/abs/" + arxivId;
    }

    /** The first DOI in the field (it sometimes holds several, space-separated), without a resolver prefix; null if none. */
    public static String doi(String field) {
        if (field == null) return null;
        Matcher m = DOI.matcher(DOI_RESOLVER.matcher(field.strip()).replaceFirst(""));
        return m.find() ? m.group() : null;
    }

    /** A name of {@code authors_parsed}: {@code ["Last", "First", "Suffix"]} as "First Last Suffix". */
    public static String name(List<String> parts) {
        List<String> order = new ArrayList<>();
        if (parts.size() > 1) order.add(parts.get(1));
        if (!parts.isEmpty()) order.add(parts.get(0));
        if (parts.size() > 2) order.addAll(parts.subList(2, parts.size()));
        StringBuilder out = new StringBuilder();
        for (String part : order) {
            String p = part == null ? "" : Texts.clean(oneLine(part)).strip();
            if (p.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(p);
        }
        return out.toString();
    }

    /** The names of the {@code authors} field ("A. One, B. Two and C. Three"), affiliations in parentheses dropped. */
    public static List<String> splitAuthors(String field) {
        List<String> names = new ArrayList<>();
        if (field == null) return names;
        String text = Texts.clean(oneLine(field));
        String previous;
        do {
            previous = text;
            text = PARENTHESES.matcher(text).replaceAll(" ");
        } while (!text.equals(previous));
        for (String name : AUTHOR_SEPARATOR.split(text.strip())) {
            String n = name.strip().replaceAll("\\s+", " ");
            if (Texts.hasVisible(n)) names.add(n);
        }
        return names;
    }

    /** The space-separated categories, each once, in their order (the primary category first). */
    public static List<String> categories(String field) {
        if (field == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (String c : field.strip().split("\\s+")) {
            if (!c.isEmpty()) out.add(c);
        }
        return List.copyOf(out);
    }

    /** The UTC date of a version's {@code created} ("Mon, 2 Apr 2007 19:18:42 GMT"). */
    public static LocalDate versionDate(String created) throws DateTimeParseException {
        return java.time.ZonedDateTime.parse(created.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
