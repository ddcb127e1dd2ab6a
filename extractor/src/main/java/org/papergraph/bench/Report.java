package org.papergraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's output: some lines of facts and tables, printed plainly on standard output or appended to a
 * Markdown file ({@code docs/benchmarks.md}) as a dated section that names the machine and the command, so
 * that a figure can be traced to where and how it was measured. Not thread-safe.
 */
public final class Report {
    private final String title;
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder markdown = new StringBuilder();

    public Report(String title) {
        this.title = title;
    }

    public Report line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        plain.append(text).append('\n');
        markdown.append("- ").append(text).append('\n');
        return this;
    }

    public Report table(Table table) {
        plain.append(table.plain());
        markdown.append('\n').append(table.markdown()).append('\n');
        return this;
    }

    public String plain() {
        return plain.toString();
    }

    /** The section {@link #append} writes: a dated heading, the machine, the command, then the figures. */
    public String section(List<String> command) {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT));
        return "\n### " + title + ", " + date + "\n\n"
                + "- machine: " + machine() + "\n"
                + "- command: `papergraph " + String.join(" ", command) + "`\n"
                + markdown;
    }

    public void append(Path file, List<String> command) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, section(command), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Cores, maximum heap, Java, Jena and the operating system of this run. */
    public static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, max heap %d MB, Java %s (%s), Jena %s, %s %s",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), jenaVersion(),
                System.getProperty("os.name"), System.getProperty("os.version"))
                + ", load average " + String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Jena's version from its Maven metadata (the shaded jar loses the resource Jena.VERSION reads). */
    static String jenaVersion() {
        try (java.io.InputStream in = Report.class.getResourceAsStream("/META-INF/maven/org.apache.jena/jena-arq/pom.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null) return v;
            }
        } catch (IOException e) {
            // fall back to what Jena says
        }
        return org.apache.jena.Jena.VERSION;
    }
}
