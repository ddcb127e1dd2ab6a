package org.papergraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.papergraph.config.ProjectFiles;
import org.papergraph.ingest.CategoryFilter;
import org.papergraph.ingest.InputProblem;
import org.papergraph.ingest.PaperSources;
import org.papergraph.ingest.PaperStream;

/**
 * The inputs of a command: files named on the command line, or the bundled sample corpus. Problems are
 * printed as {@code papergraph: file:line: problem}, counted as rejections or warnings, and rejected records
 * go to the rejects file when one is given. Not thread-safe.
 */
final class Inputs implements AutoCloseable {
    static final String CORPUS_FOLDER = "corpus";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<PaperStream.Opener> openers = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private long totalChars;
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger warnings = new AtomicInteger();
    private final AtomicLong filtered = new AtomicLong();
    private Set<String> categories;
    private Writer rejects;

    /** Missing files are reported by name before any work starts ({@link ExitCodes#NO_INPUT}). */
    static Inputs of(List<Path> files, ProjectFiles project) {
        Inputs inputs = new Inputs();
        if (files == null || files.isEmpty()) {
            for (String name : project.list(CORPUS_FOLDER, ".txt")) {
                String path = CORPUS_FOLDER + "/" + name;
                inputs.names.add(project.describe(path));
                inputs.totalChars += project.onDisk(path).map(Inputs::size).orElse(120_000L);
                inputs.openers.add(() -> {
                    InputStream in = project.open(path);
                    return PaperSources.open(name, in);
                });
            }
            if (inputs.openers.isEmpty()) throw CommandFailure.noInput("no input files given and no bundled corpus found under " + CORPUS_FOLDER + "/");
            return inputs;
        }
        for (Path file : files) {
            if (Files.isDirectory(file)) throw CommandFailure.noInput("input " + file + " is a directory; name the files in it (e.g. " + file + "/*.jsonl)");
            if (!Files.isRegularFile(file)) throw CommandFailure.noInput("input file " + file + " does not exist or is not a file");
            if (!Files.isReadable(file)) throw CommandFailure.noInput("input file " + file + " is not readable");
            inputs.names.add(file.toString());
            inputs.files.add(file);
            inputs.totalChars += size(file);
            inputs.openers.add(() -> PaperSources.open(file));
        }
        return inputs;
    }

    /** Adds one more input file (checked to exist by the caller). */
    Inputs and(Path file) {
        names.add(file.toString());
        files.add(file);
        totalChars += size(file);
        openers.add(() -> PaperSources.open(file));
        return this;
    }

    /** No paper inputs (a load of N-Quads only): the problem counters, names and rejects file still serve. */
    static Inputs none() {
        return new Inputs();
    }

    /** Counts an input read elsewhere (N-Quads) among the inputs' names, for messages and the provenance graph. */
    void alsoRead(Path file) {
        names.add(file.toString());
        files.add(file);
        totalChars += size(file);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Keeps only the arXiv records with one of these categories (null or empty: all records). */
    Inputs withCategories(List<String> wanted) {
        if (wanted == null) return this;
        Set<String> set = new LinkedHashSet<>();
        for (String c : wanted) {
            if (!c.isBlank()) set.add(c.strip());
        }
        if (set.isEmpty()) throw CommandFailure.usage("--categories needs at least one category, such as cs.LG");
        categories = Set.copyOf(set);
        openers.replaceAll(o -> CategoryFilter.wrap(o, set, filtered));
        return this;
    }

    /** Writes rejected records to {@code file} as JSON Lines ({@code file}, {@code line}, {@code problem}, {@code record}). */
    Inputs rejectsTo(Path file) {
        if (file == null) return this;
        refuseOverwriting(file, "--rejects");
        try {
            rejects = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CommandFailure.cannotCreate("cannot create the rejects file " + file + ": " + e.getMessage());
        }
        return this;
    }

    /** Refuses an output path that is one of the inputs, before anything is written. */
    void refuseOverwriting(Path output, String what) {
        for (Path in : files) {
            try {
                if (Files.exists(output) && Files.isSameFile(in, output)) {
                    throw CommandFailure.usage(what + " " + output + " is also an input; writing it would destroy the input (nothing was written)");
                }
            } catch (IOException e) {
                // Cannot compare: the output's own opening reports what is wrong.
            }
            if (in.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
                throw CommandFailure.usage(what + " " + output + " is also an input; writing it would destroy the input (nothing was written)");
            }
        }
    }

    PaperStream stream(PrintWriter err) {
        return new PaperStream(openers, problems(err));
    }

    /** Where problems found in these inputs go: printed, counted, and rejected records to the rejects file. */
    java.util.function.Consumer<InputProblem> problems(PrintWriter err) {
        return (InputProblem p) -> {
            (p.rejected() ? rejected : warnings).incrementAndGet();
            err.println("papergraph: " + p);
            if (p.rejected() && rejects != null) writeReject(p);
        };
    }

    /** Whether any paper input (listing page, JSON Lines) is to be read. */
    boolean hasPaperInputs() {
        return !openers.isEmpty();
    }

    private void writeReject(InputProblem p) {
        ObjectNode line = JSON.createObjectNode();
        line.put("file", p.file());
        line.put("line", p.line());
        line.put("problem", p.problem());
        if (p.record() != null) line.put("record", p.record());
        try {
            rejects.write(JSON.writeValueAsString(line));
            rejects.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The exit code of a run that produced {@code papers}: {@link ExitCodes#SOME_REJECTED} when records were
     * rejected; a {@link CommandFailure} ({@link ExitCodes#DATA_ERROR}) when nothing could be read at all.
     */
    int outcome(long papers, long duplicates) {
        if (papers == 0 && duplicates == 0 && filtered() > 0) {
            throw CommandFailure.dataError("no record of " + (names.size() == 1 ? names.get(0) : names.size() + " inputs")
                    + " has one of the categories " + String.join(",", new java.util.TreeSet<>(categories)) + " (" + filtered()
                    + " filtered out by --categories" + (rejected() > 0 ? ", " + rejected() + " rejected" : "") + ")");
        }
        if (papers == 0 && duplicates == 0) {
            throw CommandFailure.dataError("nothing could be read from " + (names.size() == 1 ? names.get(0) : names.size() + " inputs")
                    + (rejected() > 0 ? " (" + rejected() + " rejected, see above)" : ""));
        }
        return rejected() > 0 ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
    }

    long totalChars() {
        return totalChars;
    }

    List<String> names() {
        return names;
    }

    List<Path> files() {
        return files;
    }

    int rejected() {
        return rejected.get();
    }

    int warnings() {
        return warnings.get();
    }

    /** Papers dropped by {@code --categories}. */
    long filtered() {
        return filtered.get();
    }

    /** "3 rejected, 1 warning" (and ", 12 filtered out by --categories" when filtering): for the summary line. */
    String problemSummary() {
        return rejected() + " rejected, " + warnings() + (warnings() == 1 ? " warning" : " warnings")
                + (categories == null ? "" : ", " + filtered() + " filtered out by --categories");
    }

    @Override
    public void close() throws IOException {
        if (rejects != null) rejects.close();
    }
}
