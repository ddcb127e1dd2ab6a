package org.papergraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A pattern file: {@code [section]} headers, one entry a line, {@code #} starts a comment. The extractor's
 * knowledge of wording lives in such files under {@code patterns/} on the classpath; a missing file or
 * section fails fast. Immutable once read.
 */
public final class RuleFile {
    private final String name;
    private final Map<String, List<String>> sections;

    private RuleFile(String name, Map<String, List<String>> sections) {
        this.name = name;
        this.sections = sections;
    }

    public static RuleFile load(String resourceName) {
        String path = "patterns/" + resourceName;
        InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("pattern file " + path + " is missing from the classpath");
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                int hash = line.indexOf(" #");
                if (line.startsWith("#")) continue;
                if (hash >= 0) line = line.substring(0, hash);
                line = line.strip();
                if (line.isEmpty()) continue;
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(path + ":" + number + ": entry before any [section]");
                } else {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleFile(path, sections);
    }

    public List<String> list(String section) {
        List<String> entries = sections.get(section);
        if (entries == null) throw new IllegalStateException(name + " has no [" + section + "] section");
        return entries;
    }

    /** The entries lowercased, as a set. */
    public Set<String> words(String section) {
        Set<String> words = new TreeSet<>();
        for (String entry : list(section)) words.add(entry.toLowerCase(Locale.ROOT));
        return Set.copyOf(words);
    }

    /** The entries, taken literally, as alternatives of one case-insensitive regular expression, longest first. */
    public Pattern alternation(String section, String prefix, String suffix) {
        List<String> entries = new ArrayList<>();
        for (String entry : list(section)) entries.add(Pattern.quote(entry));
        entries.sort((a, b) -> b.length() - a.length());
        return Pattern.compile(prefix + "(?:" + String.join("|", entries) + ")" + suffix, Pattern.CASE_INSENSITIVE);
    }
}
