package org.papergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a saved listing page: page chrome, then per paper a title line and an abstract line, optionally
 * followed by an author count ({@code • 12 authors}) or an organization, a {@code ·} separator and a date
 * with an optional upvote count ({@code Apr 7, 2025 3}). Not thread-safe.
 */
public final class ListingPageSource implements PaperSource {
    private static final Set<String> CHROME = Set.of(
            "new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers",
            "byAK and the research community");
    private static final Pattern PAGE_DATE = Pattern.compile("[A-Z][a-z]{2} \\d{1,2}");
    private static final Pattern AUTHORS = Pattern.compile("•\\s*(\\d+)\\s+authors?");
    private static final Pattern SEPARATOR = Pattern.compile("·");
    private static final Pattern DATE = Pattern.compile("([A-Z][a-z]{2} \\d{1,2}, \\d{4})(?:\\s+(\\d+))?");
    private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    /** Abstracts on these pages are one long line; a shorter "abstract" is more likely a stray title. */
    private static final int MIN_ABSTRACT_LENGTH = 80;

    private final String name;
    private final LineReader lines;
    private Consumer<InputProblem> problems = p -> { };
    private PendingPaper pending;
    private boolean inHeader = true;

    public ListingPageSource(String name, BufferedReader reader) {
        this(name, new LineReader(reader));
    }

    ListingPageSource(String name, LineReader lines) {
        this.name = name;
        this.lines = lines;
    }

    @Override
    public void onProblem(Consumer<InputProblem> listener) {
        this.problems = listener;
        lines.onProblem(listener);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long position() {
        return lines.position();
    }

    @Override
    public Paper next() throws IOException {
        String line;
        while ((line = nextNonBlank()) != null) {
            String text = line.strip();
            if (inHeader && (CHROME.contains(text) || PAGE_DATE.matcher(text).matches())) continue;
            if (pending != null ? readMetadata(text) : isMetadata(text)) continue;
            inHeader = false;
            long titleLine = lines.lineNumber();
            String abstractLine = nextNonBlank();
            if (abstractLine == null || isMetadata(abstractLine.strip())) {
                problems.accept(InputProblem.rejected(name, titleLine, "title without an abstract: \"" + abbreviate(text) + "\"", text));
                if (abstractLine != null) lines.unread(abstractLine, titleLine);
                continue;
            }
            String title = Texts.clean(text).strip();
            String abstractText = Texts.clean(abstractLine).strip();
            String bad = Texts.recordProblem(title, abstractText);
            if (bad != null) {
                // Metadata lines that follow belong to the rejected paper: with nothing pending they are skipped.
                problems.accept(InputProblem.rejected(name, titleLine, bad, text + "\n" + abstractLine));
                Paper done = pending == null ? null : pending.toPaper();
                pending = null;
                if (done != null) return done;
                continue;
            }
            if (abstractText.length() < MIN_ABSTRACT_LENGTH) {
                problems.accept(InputProblem.warning(name, lines.lineNumber(),
                        "abstract of \"" + abbreviate(title) + "\" is only " + abstractText.length()
                                + " characters; kept, but check the page"));
            }
            Paper done = pending == null ? null : pending.toPaper();
            pending = new PendingPaper(title, abstractText, name + ":" + titleLine);
            if (done != null) return done;
        }
        Paper done = pending == null ? null : pending.toPaper();
        pending = null;
        return done;
    }

    /** Consumes a metadata line of the pending paper; false when the line is not metadata. */
    private boolean readMetadata(String text) throws IOException {
        Matcher m;
        if ((m = AUTHORS.matcher(text)).matches()) {
            pending.authors = Integer.parseInt(m.group(1));
            return true;
        }
        if (SEPARATOR.matcher(text).matches()) return true;
        // Recent papers show "Jan 26" without a year; the year is not on the page, so no date is kept.
        if (PAGE_DATE.matcher(text).matches()) return true;
        if ((m = DATE.matcher(text)).matches()) {
            try {
                pending.date = LocalDate.parse(m.group(1), DATE_FORMAT);
            } catch (DateTimeParseException e) {
                problems.accept(InputProblem.warning(name, lines.lineNumber(), "unreadable date \"" + m.group(1) + "\"; paper kept without a date"));
            }
            if (m.group(2) != null) pending.upvotes = Integer.parseInt(m.group(2));
            return true;
        }
        // An organization line stands where the author count would, right before the separator.
        long before = lines.lineNumber();
        String following = nextNonBlank();
        if (following != null) lines.unread(following, before);
        return following != null && SEPARATOR.matcher(following.strip()).matches();
    }

    private static boolean isMetadata(String text) {
        return AUTHORS.matcher(text).matches() || SEPARATOR.matcher(text).matches() || DATE.matcher(text).matches()
                || PAGE_DATE.matcher(text).matches();
    }

    private String nextNonBlank() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            if (!line.isBlank()) return line;
        }
        return null;
    }

    private static String abbreviate(String s) {
        return Texts.abbreviate(s, 60);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    private static final class PendingPaper {
        final String title;
        final String abstractText;
        final String source;
        Integer authors;
        LocalDate date;
        Integer upvotes;

        PendingPaper(String title, String abstractText, String source) {
            this.title = title;
            this.abstractText = abstractText;
            this.source = source;
        }

        Paper toPaper() {
            return new Paper(null, title, abstractText, authors, date, upvotes, null, source);
        }
    }
}
