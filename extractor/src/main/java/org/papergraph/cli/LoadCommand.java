package org.papergraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.config.ProjectFiles;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extracts papers and loads them into a TDB2 database, one named graph per paper.",
                "Loading a paper again replaces its graph: loading the same input twice changes nothing."})
final class LoadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (default: the bundled sample corpus).")
    List<Path> files;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The TDB2 database folder (created if missing).")
    Path db;

    @Option(names = "--batch", defaultValue = "" + PaperStore.DEFAULT_BATCH, paramLabel = "N",
            description = "Papers per write transaction (default: ${DEFAULT-VALUE}); larger is faster and keeps the files smaller.")
    int batch;

    @Option(names = "--compact", description = "Compact the database afterwards, reclaiming the space of old block copies.")
    boolean compact;

    @Option(names = "--validate", defaultValue = "warn", paramLabel = "MODE",
            description = "Check each batch against ontology/shapes.ttl: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); fail stores nothing of a failing batch and stops.")
    Loading.Validation validate;

    @Option(names = "--threads", description = "Extraction threads (default: the number of cores).")
    int threads = Components.threads();

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: for large inputs only).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        ProjectFiles project = ProjectFiles.fromEnvironment();
        Inputs inputs;
        try {
            inputs = Inputs.of(files, project);
        } catch (Inputs.NoInputException e) {
            System.err.println("papergraph load: " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        try (PaperStore store = Stores.open(db)) {
            if (!Loading.run(inputs, store, project, threads, batch, progress, validate, System.err)) return ExitCodes.DATA_ERROR;
            if (compact) {
                System.err.println("papergraph load: compacting " + db);
                store.compact();
            }
        }
        return ExitCodes.OK;
    }
}
