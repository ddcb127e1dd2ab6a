package org.papergraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.papergraph.config.ProjectFiles;
import org.papergraph.rdf.Prefixes;

/**
 * Puts the example queries of {@code queries/} and the project's prefixes into the Fuseki UI's query page.
 * The UI (jena-fuseki-ui 5.6) has them as two literals in its query-page script ({@code static/Query-*.js}):
 * this servlet serves that script with the two lists replaced, at the script's own path. When a future UI
 * changes the script so that the lists are not found, the script is served unchanged and a warning logged
 * ({@code QueryPageIT} then fails). Thread-safe: the script is built once.
 */
final class QueryPageScript extends HttpServlet {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(QueryPageScript.class);
    private static final Pattern QUERIES = Pattern.compile("queries:\\[\\{value:SELECT_TRIPLES_QUERY,[^\\]]*\\]");
    private static final Pattern PREFIXES = Pattern.compile("prefixes:\\[\\{uri:[^\\]]*\\]");

    private final byte[] script;

    private QueryPageScript(byte[] script) {
        this.script = script;
    }

    /** The path of the UI's query-page script and the servlet that serves it rewritten, if the UI has one. */
    static Optional<Map.Entry<String, HttpServlet>> create(ProjectFiles files) {
        Optional<Path> found = findScript();
        if (found.isEmpty()) {
            LOG.warn("no query-page script in jena-fuseki-ui; the example queries of queries/ are not in the query page");
            return Optional.empty();
        }
        try {
            String js = Files.readString(found.get(), StandardCharsets.UTF_8);
            Matcher q = QUERIES.matcher(js);
            Matcher p = PREFIXES.matcher(js);
            if (!q.find() || !p.find()) {
                LOG.warn("the query-page script of jena-fuseki-ui has changed; the example queries of queries/ are not in the query page");
                return Optional.empty();
            }
            String rewritten = js.substring(0, q.start()) + "queries:" + queries(files) + js.substring(q.end(), p.start())
                    + "prefixes:" + prefixes() + js.substring(p.end());
            return Optional.of(Map.entry("/static/" + found.get().getFileName(), new QueryPageScript(rewritten.getBytes(StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(200);
        resp.setContentType("text/javascript;charset=utf-8");
        resp.setContentLength(script.length);
        resp.getOutputStream().write(script);
    }

    /** Each query of {@code queries/} as {@code {value, text}}, named by its file and its first comment line. */
    static String queries(ProjectFiles files) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String name : files.list("queries", ".rq")) {
            String text;
            try (InputStream in = files.open("queries/" + name)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String label = name.substring(0, name.length() - 3);
            String first = text.lines().findFirst().orElse("");
            if (first.startsWith("#")) label += " — " + first.substring(1).strip();
            entries.add("{value:" + js(text) + ",text:" + js(label) + "}");
        }
        entries.add("{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"}");
        entries.add("{value:SELECT_CLASSES_QUERY,text:\"Selection of classes\"}");
        return "[" + String.join(",", entries) + "]";
    }

    static String prefixes() {
        List<String> entries = new ArrayList<>();
        Prefixes.forEach((prefix, ns) -> entries.add("{uri:" + js(ns) + ",text:" + js(prefix) + "}"));
        entries.add("{uri:\"http://jena.apache.org/text#\",text:\"text\"}");
        entries.add("{uri:\"http://www.w3.org/2002/07/owl#\",text:\"owl\"}");
        entries.add("{uri:\"http://rdfs.org/ns/void#\",text:\"void\"}");
        return "[" + String.join(",", entries) + "]";
    }

    /** A JavaScript string literal. */
    static String js(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) out.append(String.format("\\u%04x", (int) c)); else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    private static Optional<Path> findScript() {
        URL url = QueryPageScript.class.getClassLoader().getResource("webapp/static");
        if (url == null) return Optional.empty();
        try {
            URI uri = url.toURI();
            Path dir;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                dir = fs.getPath("webapp/static");
            } else {
                dir = Path.of(uri);
            }
            try (Stream<Path> list = Files.list(dir)) {
                return list.filter(f -> f.getFileName().toString().matches("Query-[^.]+\\.js")).findFirst();
            }
        } catch (URISyntaxException | IOException e) {
            LOG.warn("cannot read the jena-fuseki-ui files: " + e.getMessage());
            return Optional.empty();
        }
    }
}
