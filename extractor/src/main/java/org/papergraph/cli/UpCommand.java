package org.papergraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.config.ProjectFiles;
import org.papergraph.server.PapergraphServer;
import org.papergraph.store.PaperStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Extracts, loads and serves in one go. Without FILEs it uses the bundled sample corpus and ./papergraph-db."})
final class UpCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (default: the bundled sample corpus).")
    List<Path> files;

    @Option(names = "--db", defaultValue = "papergraph-db", paramLabel = "DIR", description = "The TDB2 database folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", defaultValue = "" + PapergraphServer.DEFAULT_PORT, description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--validate", defaultValue = "warn", paramLabel = "MODE",
            description = "SHACL validation of what is loaded: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Loading.Validation validate;

    @Option(names = "--threads", description = "Extraction threads (default: the number of cores).")
    int threads = Components.threads();

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: for large inputs only).")
    Boolean progress;

    @CommandLine.Mixin
    ServerOptions server = new ServerOptions();

    @Override
    public Integer call() throws Exception {
        ProjectFiles project = ProjectFiles.fromEnvironment();
        Inputs inputs;
        try {
            inputs = Inputs.of(files, project);
        } catch (Inputs.NoInputException e) {
            System.err.println("papergraph up: " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        PaperStore store = Stores.open(db);
        if (!Loading.run(inputs, store, project, threads, PaperStore.DEFAULT_BATCH, progress, validate, System.err)) {
            return ExitCodes.DATA_ERROR;
        }
        ServeCommand.serve(store, port, false, server);
        return ExitCodes.OK;
    }
}
