package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} end to end: files, gzip, standard output, determinism, bad arguments ({@link GeneratedCorpusLoadSlowTest} loads its output). */
class GenerateCommandTest {
    static final String CORPUS = Path.of("..", "corpus", "000_4f654b09500035ea.txt").toString();

    @Test
    void gzipAndStandardOutputCarryTheSameBytesForTheSameSeed(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("synthetic.jsonl.gz");
        assertEquals(ExitCodes.OK, CliTest.run("generate", "50", "-o", gz.toString(), "--from", CORPUS).exit());
        byte[] unzipped;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            unzipped = in.readAllBytes();
        }
        CliTest.Run stdout = CliTest.run("generate", "50", "-o", "-", "--from", CORPUS);
        assertEquals(ExitCodes.OK, stdout.exit(), stdout.err());
        assertArrayEquals(unzipped, stdout.out().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CliTest.Run extract = CliTest.run("extract", gz.toString(), "--format", "jsonl");
        assertEquals(ExitCodes.OK, extract.exit(), extract.err());
        assertEquals(50, extract.out().lines().count());
    }

    @Test
    void badArgumentsAreUsageErrorsAndAnInputIsNeverOverwritten(@TempDir Path dir) throws Exception {
        assertEquals(ExitCodes.USAGE, CliTest.run("generate", "0", "-o", dir.resolve("x").toString()).exit());
        assertEquals(ExitCodes.USAGE, CliTest.run("generate", "10").exit());
        Path input = Files.copy(Path.of(CORPUS), dir.resolve("in.txt"));
        CliTest.Run same = CliTest.run("generate", "10", "-o", input.toString(), "--from", input.toString());
        assertEquals(ExitCodes.USAGE, same.exit(), same.err());
        assertArrayEquals(Files.readAllBytes(Path.of(CORPUS)), Files.readAllBytes(input));
        CliTest.Run help = CliTest.run("generate", "--help");
        assertEquals(ExitCodes.OK, help.exit());
        assertTrue(help.out().contains("Usage: papergraph generate"), help.out());
    }
}
