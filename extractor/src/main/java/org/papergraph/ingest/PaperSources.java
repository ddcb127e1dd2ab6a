package org.papergraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Opens the right reader for an input, chosen by its content ({@link InputSniffer}) with the extension as a
 * cross-check: {@code .jsonl}/{@code .json}/{@code .ndjson} should be JSON Lines (papergraph's own or arXiv's
 * metadata snapshot, told apart by their keys), anything else a listing
 * page; a mismatch is reported and the content wins. Inputs of another kind (UTF-16, binary, HTML, RDF, a
 * JSON array) are refused as a whole with a message, and an input with no papers at all is reported.
 */
public final class PaperSources {
    private PaperSources() {
    }

    public static PaperSource open(Path file) throws IOException {
        return open(file.toString(), Files.newInputStream(file));
    }

    /** A gzipped input ({@code 1F 8B} first) is read through gunzip; its name less {@code .gz} is the one cross-checked. */
    public static PaperSource open(String name, InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        boolean gzipped = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        if (gzipped) in = new BufferedInputStream(new java.util.zip.GZIPInputStream(in, 1 << 16), 1 << 16);
        String checkedName = gzipped && name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        in.mark(InputSniffer.HEAD_BYTES + 1);
        byte[] head = in.readNBytes(InputSniffer.HEAD_BYTES);
        in.reset();
        InputSniffer.Verdict verdict = InputSniffer.sniff(checkedName, head);
        PaperSource source = switch (verdict.kind()) {
            case JSON_LINES -> new JsonLinesSource(name, new LineReader(name, in));
            case ARXIV_METADATA -> new ArxivMetadataSource(name, new LineReader(name, in));
            case LISTING_PAGE -> new ListingPageSource(name, new LineReader(name, in));
            case REFUSED -> null;
        };
        if (source == null) in.close();
        List<InputProblem> early = new ArrayList<>();
        if (verdict.message() != null) {
            early.add(source == null ? InputProblem.rejected(name, 0, verdict.message(), null)
                    : InputProblem.warning(name, 0, verdict.message()));
        }
        return new CheckedSource(name, source, early);
    }

    /** Reports what was found about the input as a whole, before its first record and after its last. */
    private static final class CheckedSource implements PaperSource {
        private final String name;
        private final PaperSource delegate;
        private final List<InputProblem> early;
        private Consumer<InputProblem> problems = p -> { };
        private boolean started;
        private boolean ended;
        private long papers;
        private long rejected;

        CheckedSource(String name, PaperSource delegate, List<InputProblem> early) {
            this.name = name;
            this.delegate = delegate;
            this.early = early;
        }

        @Override
        public Paper next() throws IOException {
            if (!started) {
                started = true;
                early.forEach(this::report);
            }
            Paper p = delegate == null ? null : delegate.next();
            if (p != null) {
                papers++;
            } else if (!ended) {
                ended = true;
                if (papers == 0 && rejected == 0) report(InputProblem.rejected(name, 0, "no papers in this input (an empty file?)", null));
            }
            return p;
        }

        private void report(InputProblem p) {
            if (p.rejected()) rejected++;
            problems.accept(p);
        }

        @Override
        public long position() {
            return delegate == null ? 0 : delegate.position();
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void onProblem(Consumer<InputProblem> listener) {
            this.problems = listener;
            if (delegate != null) delegate.onProblem(this::report);
        }

        @Override
        public void close() throws IOException {
            if (delegate != null) delegate.close();
        }
    }
}
