package org.papergraph.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.papergraph.config.ProjectFiles;
import org.papergraph.ingest.InputProblem;
import org.papergraph.ingest.PaperSources;
import org.papergraph.ingest.PaperStream;

/** The inputs of a command: files named on the command line, or the bundled sample corpus. */
final class Inputs {
    static final String CORPUS_FOLDER = "corpus";

    private final List<PaperStream.Opener> openers = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private long totalChars;
    private final AtomicInteger problems = new AtomicInteger();

    /** Missing files are reported by name before any work starts. */
    static Inputs of(List<Path> files, ProjectFiles project) throws NoInputException {
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
            if (inputs.openers.isEmpty()) throw new NoInputException("no input files given and no bundled corpus found under " + CORPUS_FOLDER + "/");
            return inputs;
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) throw new NoInputException("input file " + file + " does not exist or is not a file");
            if (!Files.isReadable(file)) throw new NoInputException("input file " + file + " is not readable");
            inputs.names.add(file.toString());
            inputs.totalChars += size(file);
            inputs.openers.add(() -> PaperSources.open(file));
        }
        return inputs;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    PaperStream stream(PrintStream err) {
        return new PaperStream(openers, (InputProblem p) -> {
            problems.incrementAndGet();
            err.println("papergraph: " + p);
        });
    }

    long totalChars() {
        return totalChars;
    }

    List<String> names() {
        return names;
    }

    int problems() {
        return problems.get();
    }

    static final class NoInputException extends Exception {
        NoInputException(String message) {
            super(message);
        }
    }
}
