package org.papergraph.cli;

import java.nio.file.Path;
import org.papergraph.config.ProjectFiles;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Extracts, loads and serves in one go.",
                "Without FILEs it uses the bundled sample corpus and ./papergraph-db. The port is checked before any work."})
final class UpCommand extends PapergraphCommand {
    @Mixin
    InputOptions inputOptions;

    @Option(names = "--db", defaultValue = "papergraph-db", paramLabel = "DIR", description = "The TDB2 database folder (default: ${DEFAULT-VALUE}).")
    Path db;

    @Mixin
    ServerOptions server;

    @Option(names = "--validate", defaultValue = "warn", paramLabel = "MODE",
            description = "SHACL validation of what is loaded: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Loading.Validation validate;

    @Mixin
    ExtractorOptions extractorOptions;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ProgressOption progress;

    @Override
    protected int doCall() throws Exception {
        ProjectFiles project = project();
        server.checkBeforeWork();
        Loading.Sources sources = Loading.Sources.of(inputOptions.files(), project);
        try (Inputs inputs = sources.inputs().withCategories(inputOptions.categories)) {
            inputs.rejectsTo(inputOptions.rejects());
            PaperStore store = Stores.open(db);
            Loading.Outcome outcome = Loading.run(sources, store, project, () -> extractorOptions.build(project), threads.threads(), PaperStore.DEFAULT_BATCH,
                    true, progress.forced(), validate, this);
            if (outcome.stopped()) return ExitCodes.DATA_ERROR;
            inputs.outcome(outcome.papers(), outcome.duplicates());
            inputs.close();
            ServeCommand.serve(this, store, server);
        }
        return ExitCodes.OK;
    }
}
