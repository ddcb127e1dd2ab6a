package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.server.PapergraphServer;
import org.papergraph.store.PaperStore;
import org.papergraph.store.PaperStoreTest;
import org.papergraph.store.SampleDatabase;

/** {@code papergraph query} with parameters, against a real TDB2 database and a real server. */
class QueryCommandIT {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void database() {
        db = dir.resolve("db");
        SampleDatabase.create(db, PaperStoreTest.fewAbstracts()).close();
    }

    @Test
    void aParameterChoosesTheDatasetAndTheEndpointAnswersAsTheDatabase() {
        CliTest.Run local = CliTest.run("query", "results-for-dataset", "--db", db.toString(), "--param", "datasetName=imagenet", "--format", "csv");
        assertEquals(ExitCodes.OK, local.exit(), local.err());
        assertTrue(local.out().contains("76.1") && local.out().contains("ResNet-50"), local.out());
        assertTrue(!local.out().contains("91.37"), "GLUE's result is not ImageNet's: " + local.out());
        CliTest.Run glue = CliTest.run("query", "results-for-dataset", "--db", db.toString(), "--format", "csv");
        assertTrue(glue.out().contains("91.37"), "the default is GLUE: " + glue.out());
        try (PaperStore store = PaperStore.open(db)) {
            PapergraphServer server = PapergraphServer.create().dataset(store.dataset()).port(0).files(SampleDatabase.project()).build().start();
            try {
                CliTest.Run remote = CliTest.run("query", "results-for-dataset", "--endpoint", server.queryUrl(), "-p", "datasetName=imagenet", "--format", "csv");
                assertEquals(ExitCodes.OK, remote.exit(), remote.err());
                assertEquals(local.out(), remote.out());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void anUnknownParameterOrAValueOfTheWrongTypeIsAUsageError() {
        CliTest.Run unknown = CliTest.run("query", "leaderboard", "--db", db.toString(), "--param", "dataset=GLUE");
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertTrue(unknown.err().contains("query leaderboard has no parameter dataset; its parameters: datasetName, metricName, taskName"), unknown.err());
        CliTest.Run notANumber = CliTest.run("query", "method-dataset-cooccurrence", "--db", db.toString(), "--param", "minPapers=two");
        assertEquals(ExitCodes.USAGE, notANumber.exit());
        assertTrue(notANumber.err().contains("takes a whole number"), notANumber.err());
        CliTest.Run neither = CliTest.run("query", "leaderboard");
        assertEquals(ExitCodes.USAGE, neither.exit());
    }
}
