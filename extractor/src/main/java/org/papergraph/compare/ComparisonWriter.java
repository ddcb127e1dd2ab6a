package org.papergraph.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a comparison as a text table, CSV, Markdown, JSON or LaTeX. Every format carries the same
 * columns ({@link #COLUMNS}); the table and Markdown print one leaderboard per metric and the relative
 * results apart, CSV, JSON and LaTeX one row per result with its section. Stateless; thread-safe.
 */
public final class ComparisonWriter {
    public enum Format { table, csv, md, json, latex }

    /** A column: its header and how a row gives its text. */
    record Column(String name, Function<ComparisonRow, String> text) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("section", r -> r.section().name().toLowerCase()),
            new Column("rank", r -> r.rank() == 0 ? "" : Integer.toString(r.rank())),
            new Column("subject", ComparisonRow::subject),
            new Column("value", r -> r.value().toPlainString()),
            new Column("unit", ComparisonRow::unit),
            new Column("kind", ComparisonRow::kind),
            new Column("metric", ComparisonRow::metric),
            new Column("direction", ComparisonRow::direction),
            new Column("dataset", ComparisonRow::dataset),
            new Column("baseline", ComparisonRow::baseline),
            new Column("paper", ComparisonRow::title),
            new Column("date", ComparisonRow::date),
            new Column("link", ComparisonRow::link),
            new Column("evidence", ComparisonRow::evidence),
            new Column("conflict", r -> r.conflict() ? "yes" : ""));

    private ComparisonWriter() {
    }

    public static void write(Comparison.Outcome outcome, Format format, PrintWriter out) {
        switch (format) {
            case table -> table(outcome, out);
            case csv -> csv(outcome, out);
            case md -> markdown(outcome, out);
            case json -> json(outcome, out);
            case latex -> latex(outcome, out);
        }
        out.flush();
    }

    static String cell(Column c, ComparisonRow r) {
        return Objects.toString(c.text().apply(r), "");
    }

    private static String title(Comparison.Request q) {
        List<String> parts = new ArrayList<>();
        if (q.dataset() != null) parts.add("dataset " + q.dataset());
        if (q.method() != null) parts.add("method " + q.method());
        if (q.metric() != null) parts.add("metric " + q.metric());
        if (q.task() != null) parts.add("task " + q.task());
        return String.join(", ", parts);
    }

    private static String directionNote(ComparisonRow r) {
        return r.higherIsBetter() == null ? "direction unknown: ranked higher first" : r.direction();
    }

    // ---- text table: aligned columns, each row followed by its evidence and paper

    private static final List<String> TABLE = List.of("rank", "subject", "value", "unit", "kind", "metric", "dataset", "baseline", "date", "conflict");

    private static void table(Comparison.Outcome outcome, PrintWriter out) {
        out.println("Comparison: " + title(outcome.request()));
        for (Map.Entry<String, List<ComparisonRow>> board : Comparison.byMetric(outcome.leaderboard()).entrySet()) {
            out.println();
            out.println("Leaderboard: " + board.getKey() + " (" + directionNote(board.getValue().get(0)) + ")");
            textRows(board.getValue(), out);
        }
        if (!outcome.relative().isEmpty()) {
            out.println();
            out.println("Relative results (changes against a baseline):");
            textRows(outcome.relative(), out);
        }
        if (outcome.rows().isEmpty()) out.println("(no results)");
        if (outcome.conflicts() > 0) {
            out.println();
            out.println(outcome.conflicts() + " result(s) marked CONFLICT: the same subject, dataset and metric with values that disagree.");
        }
    }

    private static void textRows(List<ComparisonRow> rows, PrintWriter out) {
        List<Column> cols = COLUMNS.stream().filter(c -> TABLE.contains(c.name())).toList();
        int[] width = new int[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            width[i] = cols.get(i).name().length();
            for (ComparisonRow r : rows) width[i] = Math.max(width[i], tableCell(cols.get(i), r).length());
        }
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) header.append(String.format("%-" + width[i] + "s  ", cols.get(i).name()));
        out.println(header.toString().stripTrailing());
        for (ComparisonRow r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols.size(); i++) line.append(String.format("%-" + width[i] + "s  ", tableCell(cols.get(i), r)));
            out.println(line.toString().stripTrailing());
            out.println("    paper:    " + r.title() + " <" + r.link() + ">");
            out.println("    evidence: " + r.evidence());
        }
    }

    private static String tableCell(Column c, ComparisonRow r) {
        return c.name().equals("conflict") ? (r.conflict() ? "CONFLICT" : "") : cell(c, r);
    }

    // ---- CSV (RFC 4180)

    private static void csv(Comparison.Outcome outcome, PrintWriter out) {
        try {
            CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.stream().map(Column::name).toArray(String[]::new)).get().print(out);
            for (ComparisonRow r : outcome.rows()) printer.printRecord(COLUMNS.stream().map(c -> cell(c, r)).toList());
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Markdown

    private static void markdown(Comparison.Outcome outcome, PrintWriter out) {
        out.println("# Comparison: " + md(title(outcome.request())));
        List<Column> cols = COLUMNS.stream().filter(c -> !c.name().equals("section") && !c.name().equals("link")).toList();
        for (Map.Entry<String, List<ComparisonRow>> board : Comparison.byMetric(outcome.leaderboard()).entrySet()) {
            out.println();
            out.println("## Leaderboard: " + md(board.getKey()) + " (" + directionNote(board.getValue().get(0)) + ")");
            out.println();
            mdRows(cols, board.getValue(), out);
        }
        if (!outcome.relative().isEmpty()) {
            out.println();
            out.println("## Relative results");
            out.println();
            mdRows(cols, outcome.relative(), out);
        }
    }

    private static void mdRows(List<Column> cols, List<ComparisonRow> rows, PrintWriter out) {
        out.println("| " + String.join(" | ", cols.stream().map(Column::name).toList()) + " |");
        out.println("|" + "---|".repeat(cols.size()));
        for (ComparisonRow r : rows) {
            List<String> cells = new ArrayList<>();
            for (Column c : cols) {
                String s = md(cell(c, r));
                cells.add(c.name().equals("paper") ? "[" + s + "](" + r.link() + ")" : s);
            }
            out.println("| " + String.join(" | ", cells) + " |");
        }
    }

    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("[", "\\[").replace("]", "\\]").replace("\n", " ");
    }

    // ---- JSON

    private static void json(Comparison.Outcome outcome, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        Comparison.Request q = outcome.request();
        ObjectNode query = root.putObject("query");
        query.put("dataset", q.dataset());
        query.put("metric", q.metric());
        query.put("task", q.task());
        query.put("method", q.method());
        root.set("leaderboard", jsonRows(mapper, outcome.leaderboard()));
        root.set("relative", jsonRows(mapper, outcome.relative()));
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode jsonRows(ObjectMapper mapper, List<ComparisonRow> rows) {
        ArrayNode array = mapper.createArrayNode();
        for (ComparisonRow r : rows) {
            ObjectNode o = array.addObject();
            if (r.rank() > 0) o.put("rank", r.rank());
            o.put("subject", r.subject());
            o.put("subjectIri", r.subjectIri());
            o.put("value", r.value());
            o.put("unit", r.unit());
            o.put("kind", r.kind());
            o.put("qualifier", r.qualifier());
            o.put("metric", r.metric());
            o.put("metricIri", r.metricIri());
            if (r.higherIsBetter() == null) o.putNull("higherIsBetter"); else o.put("higherIsBetter", r.higherIsBetter());
            o.put("dataset", r.dataset());
            o.put("datasetIri", r.datasetIri());
            o.put("baseline", r.baseline());
            o.put("baselineIri", r.baselineIri());
            o.put("paper", r.title());
            o.put("paperIri", r.paperIri());
            o.put("date", r.date());
            o.put("link", r.link());
            o.put("evidence", r.evidence());
            o.put("result", r.resultIri());
            o.put("conflict", r.conflict());
        }
        return array;
    }

    // ---- LaTeX (booktabs)

    private static final List<String> LATEX = List.of("section", "rank", "subject", "value", "unit", "kind", "metric", "dataset", "baseline", "paper", "date", "evidence", "conflict");

    private static void latex(Comparison.Outcome outcome, PrintWriter out) {
        List<Column> cols = COLUMNS.stream().filter(c -> LATEX.contains(c.name())).toList();
        out.println("% papergraph compare: " + title(outcome.request()) + " (needs \\usepackage{booktabs})");
        out.println("\\begin{tabular}{" + "l".repeat(cols.size() - 2) + "p{6cm}l}");
        out.println("\\toprule");
        out.println(String.join(" & ", cols.stream().map(c -> tex(c.name())).toList()) + " \\\\");
        out.println("\\midrule");
        for (ComparisonRow r : outcome.rows()) out.println(String.join(" & ", cols.stream().map(c -> tex(cell(c, r))).toList()) + " \\\\");
        out.println("\\bottomrule");
        out.println("\\end{tabular}");
    }

    /** Escapes LaTeX's special characters so that any text is typeset as written. */
    static String tex(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> b.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> b.append('\\').append(ch);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
