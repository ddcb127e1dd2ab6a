package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.PaperStoreTest;
import org.papergraph.store.SampleDatabase;

/** {@code bench query} on a real database of a few abstracts, served by the real server on a free loopback port. No timing is asserted. */
class BenchQueryCommandIT {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void loadFewAbstracts() {
        db = dir.resolve("db");
        SampleDatabase.create(db, PaperStoreTest.fewAbstracts()).close();
    }

    @Test
    void printsStartTimeSizeAndPercentilesOfEveryQueryAsked() {
        CliTest.Run r = CliTest.run("bench", "query", "--db", db.toString(), "--rounds", "2", "--warmup", "0",
                "--query", "results-for-dataset,papers-per-dataset");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)database: .*db, \\d+ papers, \\d+ quads, \\d+ MB on disk\n.*"), r.out());
        assertTrue(r.out().contains("server start: opening the database "), r.out());
        assertTrue(r.out().contains(" first query answered after "), r.out());
        assertTrue(r.out().contains("query                rows  p50 ms  p95 ms  p99 ms"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("results-for-dataset +[1-9]\\d* +[\\d.]+ +[\\d.]+ +[\\d.]+")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("papers-per-dataset +[1-9]\\d* +[\\d.]+ +[\\d.]+ +[\\d.]+")), r.out());
    }

    @Test
    void anUnknownQueryIsAUsageError() {
        CliTest.Run r = CliTest.run("bench", "query", "--db", db.toString(), "--query", "no-such-query");
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("no-such-query"), r.err());
    }
}
