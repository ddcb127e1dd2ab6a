package org.papergraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Looks at a database folder on disk without opening it (opening a TDB2 database writes into the folder):
 * whether it holds a TDB2 database, and which process holds its lock. Stateless.
 */
final class DatabaseFolder {
    private static final String LOCK = "tdb.lock";

    private DatabaseFolder() {
    }

    /** Why {@code location} is not a TDB2 database on disk, or null when it is one. */
    static String whyNotTdb2(Path location) {
        if (!Files.exists(location)) return "does not exist";
        if (!Files.isDirectory(location)) return "is a file, not a database folder";
        try (Stream<Path> entries = Files.list(location)) {
            boolean data = entries.anyMatch(p -> p.getFileName().toString().matches("Data-\\d{4}")
                    && Files.isRegularFile(p.resolve("nodes.dat")) && Files.isRegularFile(p.resolve("GSPO.dat")));
            if (data) return null;
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        try (Stream<Path> entries = Files.list(location)) {
            return entries.findAny().isEmpty() ? "is an empty folder" : "is a folder that holds no TDB2 database";
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
    }

    /** The process named in the folder's lock file, if it is alive and not this one. */
    static Optional<ProcessHandle> lockHolder(Path location) {
        for (Path lock : new Path[] {location.resolve(LOCK), latestData(location).map(d -> d.resolve(LOCK)).orElse(null)}) {
            if (lock == null || !Files.isRegularFile(lock)) continue;
            try {
                long pid = Long.parseLong(Files.readString(lock, StandardCharsets.US_ASCII).strip());
                Optional<ProcessHandle> holder = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
                if (holder.isPresent() && pid != ProcessHandle.current().pid()) return holder;
            } catch (IOException | NumberFormatException e) {
                // An unreadable lock file is TDB2's to judge.
            }
        }
        return Optional.empty();
    }

    /** What the lock holder is, as far as the system says: its command line, shortened. */
    static String describe(ProcessHandle holder) {
        String command = holder.info().commandLine().orElse(holder.info().command().orElse("unknown command"));
        int papergraph = command.indexOf("papergraph");
        String shown = papergraph >= 0 ? command.substring(papergraph) : command;
        return "process " + holder.pid() + " (" + (shown.length() > 120 ? shown.substring(0, 119) + "…" : shown) + ")";
    }

    private static Optional<Path> latestData(Path location) {
        try (Stream<Path> entries = Files.list(location)) {
            return entries.filter(p -> p.getFileName().toString().matches("Data-\\d{4}")).max(Path::compareTo);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
