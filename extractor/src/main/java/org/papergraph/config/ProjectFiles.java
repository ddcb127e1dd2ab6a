package org.papergraph.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's data folders ({@code ontology/}, {@code fuseki-config/}, {@code queries/}, {@code corpus/}).
 * They ship inside the jar so that it runs anywhere; a copy on disk under the home folder wins, so that a
 * user can edit the vocabulary or add a query without rebuilding.
 *
 * <p>The home folder is {@code -Dpapergraph.home}, else {@code $PAPERGRAPH_HOME}, else the working
 * directory. Thread-safe: immutable.
 */
public final class ProjectFiles {
    private static final String CLASSPATH_ROOT = "papergraph/";

    private final Path home;

    private ProjectFiles(Path home) {
        this.home = home;
    }

    public static ProjectFiles fromEnvironment() {
        String home = System.getProperty("papergraph.home");
        if (home == null) home = System.getenv("PAPERGRAPH_HOME");
        return new ProjectFiles(Path.of(home == null ? "." : home));
    }

    public static ProjectFiles at(Path home) {
        return new ProjectFiles(home);
    }

    /** The file on disk under the home folder, if there is one. */
    public Optional<Path> onDisk(String relativePath) {
        Path p = home.resolve(relativePath);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    public boolean exists(String relativePath) {
        return onDisk(relativePath).isPresent() || classpathUrl(relativePath) != null;
    }

    /** Opens a project file, failing fast with the paths that were tried. */
    public InputStream open(String relativePath) {
        try {
            Optional<Path> disk = onDisk(relativePath);
            if (disk.isPresent()) return Files.newInputStream(disk.get());
            URL url = classpathUrl(relativePath);
            if (url != null) return url.openStream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relativePath + ": " + e.getMessage(), e);
        }
        throw new MissingProjectFileException(relativePath, home.resolve(relativePath));
    }

    public String describe(String relativePath) {
        return onDisk(relativePath).map(Path::toString).orElse("classpath:" + CLASSPATH_ROOT + relativePath);
    }

    /**
     * The names of the files directly in a project folder ending with {@code suffix}, sorted; from disk when
     * the folder exists there, else from the jar.
     */
    public List<String> list(String folder, String suffix) {
        Path dir = home.resolve(folder);
        if (Files.isDirectory(dir)) return listDir(dir, suffix);
        URL url = classpathUrl(folder);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return listDir(fs.getPath(CLASSPATH_ROOT + folder), suffix);
            }
            return listDir(Path.of(uri), suffix);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<String> listDir(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = new ArrayList<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL classpathUrl(String relativePath) {
        return ProjectFiles.class.getClassLoader().getResource(CLASSPATH_ROOT + relativePath);
    }

    /** A required project file is neither on disk nor in the jar. */
    public static final class MissingProjectFileException extends IllegalStateException {
        public MissingProjectFileException(String relativePath, Path triedOnDisk) {
            super("required project file " + relativePath + " is missing (looked at " + triedOnDisk
                    + " and in the jar under " + CLASSPATH_ROOT + relativePath + ")");
        }
    }
}
