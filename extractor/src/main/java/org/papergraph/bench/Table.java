package org.papergraph.bench;

import java.util.ArrayList;
import java.util.List;

/** A table of text cells printed as aligned plain columns or as Markdown. Not thread-safe. */
public final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... header) {
        this.header = List.of(header);
    }

    public Table row(Object... cells) {
        if (cells.length != header.size()) throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
        List<String> row = new ArrayList<>();
        for (Object c : cells) row.add(String.valueOf(c));
        rows.add(row);
        return this;
    }

    public List<List<String>> rows() {
        return rows;
    }

    public String plain() {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> r : rows) widths[c] = Math.max(widths[c], r.get(c).length());
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        for (List<String> r : rows) line(out, r, widths);
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) line.append("  ");
            line.append(cells.get(c)).append(" ".repeat(widths[c] - cells.get(c).length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", header)).append(" |\n");
        out.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> r : rows) out.append("| ").append(String.join(" | ", r).replace("\n", " ")).append(" |\n");
        return out.toString();
    }
}
