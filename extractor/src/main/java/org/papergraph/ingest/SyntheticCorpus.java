package org.papergraph.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic generator of papers in arXiv's metadata snapshot format, for runs at a scale no real
 * corpus here has. It holds the sentences, titles and names of real corpora (memory grows with them, not with
 * the number of records written) and recombines them: each record is a real first sentence, a sentence
 * introducing a coined method name, real sentences of other papers, and sometimes a comparison with a name
 * the real abstracts define. The same seed and inputs give the same bytes. Titles are unique by
 * construction (the coined name, a bijection of the record's number, leads the title), and ids
 * ({@code YYMM.NNNNN} from January 2015, 20,000 a month) are unique and increasing. Not thread-safe.
 */
public final class SyntheticCorpus {
    /** Records a month; with five-digit numbers and two-digit years this bounds the count. */
    static final int PER_MONTH = 20_000;
    public static final int MAX_RECORDS = 10_000_000;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");
    /** A name an abstract defines: "(GaLore)", "(ViT-B/16)". */
    private static final Pattern DEFINED_NAME = Pattern.compile("\\(([A-Z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)\\)");
    private static final Pattern TAG = Pattern.compile("^(?:\\[[^\\]]*\\]\\s*)+");
    private static final Pattern NAMED = Pattern.compile("^[^:]{1,40}:\\s+(.+)");
    private static final String CONSONANTS = "bcdfghklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final int SYLLABLES = CONSONANTS.length() * VOWELS.length();
    /** Four of the 80 syllables give 80^4 = 40,960,000 names, more than {@link #MAX_RECORDS}. */
    private static final long NAME_SPACE = (long) SYLLABLES * SYLLABLES * SYLLABLES * SYLLABLES;
    private static final long NAME_STEP = 7_919L * 104_729L; // odd and not a multiple of 5: coprime to 80^4

    private final List<String> titles = new ArrayList<>();
    private final List<String> openings = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();
    private final List<String> names;
    private final long abstracts;

    private SyntheticCorpus(List<String> titles, List<String> openings, List<String> sentences, List<String> names, long abstracts) {
        this.titles.addAll(titles);
        this.openings.addAll(openings);
        this.sentences.addAll(sentences);
        this.names = names;
        this.abstracts = abstracts;
    }

    /** Reads the material of the papers of {@code papers}, in their order. */
    public static SyntheticCorpus of(java.util.Iterator<Paper> papers) {
        List<String> titles = new ArrayList<>();
        List<String> openings = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        long count = 0;
        while (papers.hasNext()) {
            Paper p = papers.next();
            count++;
            titles.add(description(oneSpaced(p.title())));
            String[] split = SENTENCE_END.split(oneSpaced(p.abstractText()));
            openings.add(split[0]);
            for (int i = 1; i < split.length; i++) sentences.add(split[i]);
            Matcher m = DEFINED_NAME.matcher(p.abstractText());
            while (m.find()) {
                if (m.group(1).length() >= 2 && m.group(1).length() <= 20) names.add(m.group(1));
            }
        }
        return new SyntheticCorpus(titles, openings, sentences, List.copyOf(names), count);
    }

    public long abstracts() {
        return abstracts;
    }

    public int sentenceCount() {
        return openings.size() + sentences.size();
    }

    public int nameCount() {
        return names.size();
    }

    /** Writes records 1 to {@code n} as JSON Lines; {@code progress} hears the count written every 1,000 records. */
    public void write(int n, long seed, OutputStream out, LongConsumer progress) throws IOException {
        if (n < 0 || n > MAX_RECORDS) throw new IllegalArgumentException("n must be between 0 and " + MAX_RECORDS);
        if (titles.isEmpty()) throw new IllegalStateException("no papers to recombine");
        SplittableRandom random = new SplittableRandom(seed);
        long offset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, NAME_SPACE);
        try (SyntheticRecordWriter writer = new SyntheticRecordWriter(out)) {
            for (int i = 0; i < n; i++) {
                writer.write(record(i, random, offset));
                if ((i + 1) % 1000 == 0) progress.accept(i + 1);
            }
        }
        progress.accept(n);
    }

    private SyntheticRecordWriter.Record record(int i, SplittableRandom random, long offset) {
        String name = coinedName(i, offset);
        String title = name + ": " + pick(titles, random);
        StringBuilder text = new StringBuilder(pick(openings, random));
        String fragment = pick(titles, random);
        text.append(" We introduce ").append(name).append(" for ").append(lowerFirst(fragment)).append(fragment.endsWith(".") ? "" : ".");
        int more = 2 + random.nextInt(4);
        for (int k = 0; k < more; k++) text.append(' ').append(pick(sentences.isEmpty() ? openings : sentences, random));
        if (!names.isEmpty() && random.nextInt(2) == 0) {
            text.append(" Compared with ").append(pick(names, random)).append(", ").append(name).append(" reduces the error by ")
                    .append(1 + random.nextInt(40)).append('.').append(random.nextInt(10)).append("%.");
        }
        int month = i / PER_MONTH;
        String id = String.format("%02d%02d.%05d", 15 + month / 12, month % 12 + 1, i % PER_MONTH + 1);
        LocalDateTime v1 = LocalDate.of(2015 + month / 12, month % 12 + 1, 1 + random.nextInt(28))
                .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60));
        List<LocalDateTime> versions = new ArrayList<>(List.of(v1));
        if (random.nextInt(5) < 2) versions.add(v1.plusDays(1 + random.nextInt(90)).plusSeconds(random.nextInt(86_400)));
        return new SyntheticRecordWriter.Record(id, SyntheticAuthors.pick(random), title, text.toString(),
                SyntheticAuthors.categories(random), versions.stream().map(t -> t.atOffset(ZoneOffset.UTC)).toList(),
                random.nextInt(10) < 3, random.nextInt(10) < 6 ? (4 + random.nextInt(30)) + " pages, " + random.nextInt(12) + " figures" : null,
                SyntheticAuthors.license(random));
    }

    /** A pronounceable name, distinct for each record number below {@link #NAME_SPACE}: a bijection, then four syllables. */
    static String coinedName(long i, long offset) {
        long code = Math.floorMod(i * NAME_STEP + offset, NAME_SPACE);
        StringBuilder out = new StringBuilder(8);
        for (int k = 0; k < 4; k++) {
            int s = (int) (code % SYLLABLES);
            code /= SYLLABLES;
            out.append(CONSONANTS.charAt(s / VOWELS.length())).append(VOWELS.charAt(s % VOWELS.length()));
        }
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }

    private static <T> T pick(List<T> from, SplittableRandom random) {
        return from.get(random.nextInt(from.size()));
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /** What a title says beyond its name and tags: "[Oral] GaLore: Memory-Efficient LLM Training…" → "Memory-Efficient LLM Training…". */
    static String description(String title) {
        String t = TAG.matcher(title).replaceFirst("");
        Matcher m = NAMED.matcher(t);
        return m.matches() && !m.group(1).isBlank() ? m.group(1) : t.isBlank() ? title : t;
    }

    private static String oneSpaced(String s) {
        return s.replaceAll("(?U)\\s+", " ").strip();
    }
}
