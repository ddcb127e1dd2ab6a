package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database held by another process (a real {@code serve} in a second JVM) is refused with exit 73 and a
 * message that names the process that holds it; once that process is killed, the database opens again.
 */
class DatabaseLockSlowTest {
    @Test
    void aDatabaseHeldByAnotherProcessIs73AndTheMessageNamesIt(@TempDir Path dir) throws Exception {
        Path papers = Files.writeString(dir.resolve("p.jsonl"), CliReproductionsTest.line("GaLore paper", CliReproductionsTest.ABSTRACT));
        Path db = dir.resolve("db");
        assertEquals(ExitCodes.OK, CliTest.run("load", papers.toString(), "--db", db.toString(), "--validate", "off").exit());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-Dpapergraph.home=..",
                PapergraphCli.class.getName(), "serve", "--db", db.toString(), "--port", "0")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // The class path through the environment, so that the command line (which the lock message shows) stays short.
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process server = builder.start();
        try {
            StringBuilder err = new StringBuilder();
            Thread reader = new Thread(() -> {
                try (Reader r = new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8)) {
                    int c;
                    while ((c = r.read()) >= 0) {
                        synchronized (err) {
                            err.append((char) c);
                        }
                    }
                } catch (java.io.IOException e) {
                    // The server was stopped.
                }
            });
            reader.setDaemon(true);
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (server.isAlive() && System.nanoTime() < deadline) {
                synchronized (err) {
                    if (err.indexOf("papers at http") >= 0) break;
                }
                Thread.sleep(100);
            }
            assertTrue(server.isAlive(), "the server runs: " + err);
            for (String[] args : new String[][] {{"query", "papers-per-dataset", "--db", db.toString()},
                    {"load", papers.toString(), "--db", db.toString()}}) {
                CliTest.Run r = CliTest.run(args);
                assertEquals(ExitCodes.CANNOT_CREATE, r.exit(), r.err());
                assertTrue(r.err().contains("is in use by process " + server.pid() + " ("), r.err());
                assertTrue(r.err().contains("(org.papergraph.cli.PapergraphCli serve --db " + db), r.err());
                assertTrue(r.err().contains("wait for a load to finish, or stop the server"), r.err());
            }
        } finally {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        // Killed with SIGKILL, the server leaves its id in the lock file; the file lock died with it.
        CliTest.Run after = CliTest.run("query", "papers-per-dataset", "--db", db.toString());
        assertEquals(ExitCodes.OK, after.exit(), after.err());
    }
}
