package org.papergraph.store;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.papergraph.ingest.InputProblem;
import org.papergraph.ingest.Titles;
import org.papergraph.rdf.PG;

/**
 * Reads N-Quads files (plain or gzipped, by extension) as paper graphs: the quads of one paper's named graph
 * stand next to each other, as {@code extract} and {@code export} write them. Lines are parsed by Jena in
 * chunks; a chunk that fails is parsed again line by line, so that a broken line is reported with its file
 * and line and skipped, and the paper whose graph it was in is dropped whole (never half stored). Quads
 * outside paper graphs (the vocabulary and provenance graphs of a dump) are skipped with a note: a load
 * writes those itself. Not thread-safe: one consumer.
 */
public final class NQuadsPapers implements Iterator<PaperGraph>, AutoCloseable {
    private static final int CHUNK_LINES = 4096;
    private static final String PAPER_PREFIX = PG.ID + "paper/";
    /** The graph term at the end of a quad line, to tell which paper a broken line belonged to. */
    private static final Pattern LAST_IRI = Pattern.compile("<([^<>\\s]*)>\\s*\\.?\\s*$");

    private record Broken(long line, String text, String message) {
    }

    private final Iterator<Path> files;
    private final Consumer<InputProblem> problems;
    private final ArrayDeque<Object> events = new ArrayDeque<>();
    private final Map<String, Long> skipped = new HashMap<>();
    private BufferedReader reader;
    private String name;
    private long line;
    private long bytesBefore;
    private long[] bytesInFile = {0};
    private LabelToNode labels;
    private long quads;
    // The group being gathered: one paper graph's quads so far.
    private Node graph;
    private List<Quad> group;
    private boolean tainted;
    private String taintedBy;
    private Broken brokenAfterLast;
    private PaperGraph ready;

    public NQuadsPapers(List<Path> files, Consumer<InputProblem> problems) {
        this.files = List.copyOf(files).iterator();
        this.problems = problems;
    }

    /** Whether a file is read as N-Quads: by its extension ({@code .nq}, {@code .nq.gz}). */
    public static boolean isNQuads(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".nq") || n.endsWith(".nq.gz");
    }

    /** The N-Quads files of a directory of shards, in name order ({@code part-00000.nq.gz}, …); a file is itself. */
    public static List<Path> files(Path fileOrDirectory) throws IOException {
        if (!Files.isDirectory(fileOrDirectory)) return List.of(fileOrDirectory);
        try (Stream<Path> entries = Files.list(fileOrDirectory)) {
            return entries.filter(p -> Files.isRegularFile(p) && isNQuads(p)).sorted().toList();
        }
    }

    /** Quads parsed so far (all graphs, broken lines excluded). */
    public long quadsRead() {
        return quads;
    }

    /** Bytes of the files read so far (compressed bytes for gzipped files), for a progress bar. */
    public long bytesRead() {
        return bytesBefore + bytesInFile[0];
    }

    @Override
    public boolean hasNext() {
        while (ready == null) {
            Object event = nextEvent();
            if (event == null) {
                endGroup();
                if (ready == null) return false;
            } else if (event instanceof Quad q) {
                take(q);
            } else {
                Broken b = (Broken) event;
                report(InputProblem.rejected(name, b.line(), "not an N-Quads statement (" + b.message() + "); line skipped", b.text()));
                String iri = graphOf(b.text());
                if (graph != null && (iri == null || iri.equals(graph.getURI()))) taint(b);
                // It may also begin the next graph: the next group decides when it starts.
                if (iri == null || graph == null || !iri.equals(graph.getURI())) brokenAfterLast = b;
            }
        }
        return true;
    }

    @Override
    public PaperGraph next() {
        if (!hasNext()) throw new NoSuchElementException();
        PaperGraph p = ready;
        ready = null;
        return p;
    }

    private void take(Quad q) {
        Node g = q.getGraph();
        if (graph != null && g.equals(graph)) {
            group.add(q);
            brokenAfterLast = null;
            return;
        }
        endGroup();
        if (!g.isURI() || !g.getURI().startsWith(PAPER_PREFIX)) {
            String what = q.isDefaultGraph() ? "the default graph" : "<" + g + ">";
            skipped.merge(what, 1L, Long::sum);
            brokenAfterLast = null;
            return;
        }
        graph = g;
        group = new ArrayList<>(64);
        group.add(q);
        tainted = false;
        Broken before = brokenAfterLast;
        brokenAfterLast = null;
        if (before != null) {
            String iri = graphOf(before.text());
            if (iri == null || iri.equals(g.getURI())) taint(before);
        }
    }

    private void taint(Broken b) {
        if (!tainted) taintedBy = "line " + b.line();
        tainted = true;
    }

    private void endGroup() {
        if (graph == null) return;
        if (tainted) {
            report(InputProblem.warning(name, 0, "paper " + graph.getURI() + " not loaded: its graph held the broken " + taintedBy
                    + " (a paper is stored whole or not at all)"));
        } else {
            ready = new PaperGraph(graph, titleKey(group), List.copyOf(group));
        }
        graph = null;
        group = null;
    }

    private static String titleKey(List<Quad> quads) {
        String title = null;
        for (Quad q : quads) {
            if (!q.getObject().isLiteral() || !q.getSubject().equals(q.getGraph())) continue;
            if (q.getPredicate().equals(PG.titleKey)) return q.getObject().getLiteralLexicalForm();
            if (q.getPredicate().equals(DCTerms.title.asNode())) title = q.getObject().getLiteralLexicalForm();
        }
        return title == null ? null : Titles.normalize(title);
    }

    private static String graphOf(String text) {
        Matcher m = LAST_IRI.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private Object nextEvent() {
        while (events.isEmpty()) {
            try {
                if (reader == null) {
                    if (!openNext()) return null;
                    if (reader == null) continue; // refused as a whole
                }
                List<String> lines = new ArrayList<>(CHUNK_LINES);
                long first = line + 1;
                String l;
                while (lines.size() < CHUNK_LINES && (l = reader.readLine()) != null) lines.add(l);
                line += lines.size();
                if (lines.isEmpty()) {
                    closeFile();
                    continue;
                }
                parse(lines, first);
            } catch (CharacterCodingException e) {
                report(InputProblem.rejected(name, line + 1, "not UTF-8 (" + e + "); the rest of this file is skipped", null));
                closeFile();
            } catch (IOException e) {
                report(InputProblem.rejected(name, line + 1, "cannot be read (" + e.getMessage() + "); the rest of this file is skipped", null));
                closeFile();
            }
        }
        return events.poll();
    }

    private void parse(List<String> lines, long first) {
        List<Object> out = new ArrayList<>(lines.size());
        List<InputProblem> warnings = new ArrayList<>();
        try {
            parse(String.join("\n", lines), first, out, warnings);
        } catch (RiotException e) {
            // Where a chunk fails the line reported may be the one after a broken one: look at each line alone.
            out.clear();
            warnings.clear();
            for (int i = 0; i < lines.size(); i++) {
                List<Object> one = new ArrayList<>(1);
                try {
                    parse(lines.get(i), first + i, one, warnings);
                    out.addAll(one);
                } catch (RiotException bad) {
                    out.add(new Broken(first + i, lines.get(i), bad instanceof org.apache.jena.riot.RiotParseException p
                            ? p.getOriginalMessage() : bad.getMessage()));
                }
            }
        }
        warnings.forEach(this::report);
        for (Object o : out) if (o instanceof Quad) quads++;
        events.addAll(out);
    }

    private void parse(String text, long first, List<Object> out, List<InputProblem> warnings) {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(String message, long l, long col) {
                warnings.add(InputProblem.warning(name, first + Math.max(1, l) - 1, message));
            }

            @Override
            public void error(String message, long l, long col) {
                throw new org.apache.jena.riot.RiotParseException(message, l, col);
            }

            @Override
            public void fatal(String message, long l, long col) {
                throw new org.apache.jena.riot.RiotParseException(message, l, col);
            }
        };
        RDFParser.create().source(new StringReader(text)).lang(Lang.NQUADS).labelToNode(labels).errorHandler(handler)
                .parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        out.add(quad);
                    }

                    @Override
                    public void triple(Triple triple) {
                        out.add(Quad.create(Quad.defaultGraphIRI, triple));
                    }
                });
    }

    private boolean openNext() throws IOException {
        if (!files.hasNext()) return false;
        Path file = files.next();
        name = file.toString();
        line = 0;
        labels = SyntaxLabels.createLabelToNode(); // blank node labels are scoped to one file
        long[] counter = {0};
        bytesInFile = counter;
        InputStream raw = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) counter[0] += n;
                return n;
            }
        };
        InputStream in = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        String first = firstStatement(reader);
        if (first != null && !first.startsWith("<") && !first.startsWith("_:")) {
            // Content and name disagree (JSON Lines or a listing page named .nq): say so once, not once per line.
            report(InputProblem.rejected(name, 0, "named like N-Quads but holds no N-Quads statements (it starts with "
                    + org.papergraph.ingest.Texts.printable(first.length() > 40 ? first.substring(0, 40) + "…" : first)
                    + "); load it under its own extension (.jsonl, .txt); input skipped", null));
            closeFile();
        }
        return true;
    }

    /** The first line that is neither blank nor a comment, looked at without consuming it (null if none in the first MiB). */
    private static String firstStatement(BufferedReader reader) throws IOException {
        reader.mark(1 << 21);
        try {
            String l;
            int read = 0;
            while ((l = reader.readLine()) != null && (read += l.length() + 1) < (1 << 20)) {
                String t = l.strip();
                if (!t.isEmpty() && !t.startsWith("#")) return t;
            }
            return null;
        } finally {
            reader.reset();
        }
    }

    private void closeFile() {
        endGroupOnFileEnd();
        skipped.forEach((what, n) -> report(InputProblem.warning(name, 0, n + " quads of " + what
                + " skipped: only paper graphs are loaded from N-Quads (a load writes the vocabulary and provenance graphs itself)")));
        skipped.clear();
        bytesBefore += bytesInFile[0];
        bytesInFile = new long[] {0};
        try {
            if (reader != null) reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader = null;
        }
    }

    private void endGroupOnFileEnd() {
        // A paper never spans two files: its graph ends with the file (called while no paper is waiting to be handed out).
        endGroup();
        brokenAfterLast = null;
    }

    private void report(InputProblem p) {
        problems.accept(p);
    }

    @Override
    public void close() {
        if (reader != null) closeFile();
    }
}
