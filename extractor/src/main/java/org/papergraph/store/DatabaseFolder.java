package org.papergraph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
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

    /**
     * The process that holds the folder's lock, if another process does. TDB2 locks with an operating-system
     * file lock and writes its process id into the file; the id alone proves nothing (it stays after a clean
     * close), so the file lock is tried, and the id is only read to name the holder.
     */
    static Optional<ProcessHandle> lockHolder(Path location) {
        for (Path lock : new Path[] {location.resolve(LOCK), latestData(location).map(d -> d.resolve(LOCK)).orElse(null)}) {
            if (lock == null || !Files.isRegularFile(lock)) continue;
            if (!heldElsewhere(lock)) continue;
            long pid = -1;
            try {
                pid = Long.parseLong(Files.readString(lock, StandardCharsets.US_ASCII).strip());
            } catch (IOException | NumberFormatException e) {
                // Held, but by whom the file does not say.
            }
            return Optional.of(ProcessHandle.of(pid).orElse(ProcessHandle.current()));
        }
        return Optional.empty();
    }

    private static boolean heldElsewhere(Path lock) {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) return true;
            taken.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return false; // held by this JVM: TDB2 shares an open database within a process
        } catch (IOException e) {
            return false; // cannot tell: TDB2's own check decides
        }
    }

    /** Unlocks the lock files this process holds in the folder (after the database was expelled). */
    static void releaseLocks(Path location) {
        for (Path lock : new Path[] {location.resolve(LOCK), latestData(location).map(d -> d.resolve(LOCK)).orElse(null)}) {
            if (lock == null || !Files.exists(lock)) continue;
            org.apache.jena.dboe.base.file.ProcessFileLock fileLock = org.apache.jena.dboe.base.file.ProcessFileLock.create(lock.toString());
            if (fileLock.isLockedHere()) fileLock.unlock();
        }
    }

    /** What the lock holder is, as far as the system says: its command line, shortened. */
    static String describe(ProcessHandle holder) {
        if (holder.pid() == ProcessHandle.current().pid()) return "another process";
        String command = holder.info().commandLine().orElse(holder.info().command().orElse("unknown command"));
        // From the papergraph command on ("papergraph.jar serve …", "org.papergraph.cli.PapergraphCli load …"), if it is one.
        int at = command.indexOf("papergraph.jar ");
        if (at < 0) at = command.indexOf("org.papergraph.cli.PapergraphCli ");
        String shown = at >= 0 ? command.substring(at) : command;
        return "process " + holder.pid() + " (" + (shown.length() > 160 ? shown.substring(0, 159) + "…" : shown) + ")";
    }

    /** Written before a bulk load and removed after it: while it exists the database may be unusable. */
    static final String BULK_MARKER = "bulk-load-incomplete";

    static void markBulkLoad(Path location) {
        try {
            Files.writeString(location.resolve(BULK_MARKER), "A first load into this empty database went through TDB2's bulk loader and did not"
                    + " finish. The next papergraph load clears the folder and loads again; read commands refuse it.\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.CANNOT_CREATE, location, "cannot write " + location.resolve(BULK_MARKER) + ": " + e, e);
        }
    }

    static void unmarkBulkLoad(Path location) {
        try {
            Files.deleteIfExists(location.resolve(BULK_MARKER));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.CANNOT_CREATE, location, "cannot remove " + location.resolve(BULK_MARKER) + ": " + e, e);
        }
    }

    static boolean bulkLoadInterrupted(Path location) {
        return Files.exists(location.resolve(BULK_MARKER));
    }

    /**
     * Clears what an interrupted bulk load left (the TDB2 files and the text index it wrote into an empty
     * database; nothing else in the folder is touched); returns whether there was any. Called with no lock held elsewhere.
     */
    static boolean clearInterruptedBulkLoad(Path location) {
        if (!bulkLoadInterrupted(location)) return false;
        try (Stream<Path> entries = Files.list(location)) {
            for (Path p : entries.toList()) {
                String n = p.getFileName().toString();
                if (n.matches("Data-\\d{4}") || n.equals("text-index") || n.equals(LOCK) || n.equals("tdb.cfg")) deleteTree(p);
            }
            Files.delete(location.resolve(BULK_MARKER));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.CANNOT_CREATE, location, "cannot clear the interrupted load in " + location + ": " + e, e);
        }
        return true;
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> children = Files.list(p)) {
                for (Path c : children.toList()) deleteTree(c);
            }
        }
        Files.delete(p);
    }

    private static Optional<Path> latestData(Path location) {
        try (Stream<Path> entries = Files.list(location)) {
            return entries.filter(p -> p.getFileName().toString().matches("Data-\\d{4}")).max(Path::compareTo);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
