package org.papergraph.cli;

import org.papergraph.config.ProjectFiles;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extracts papers and loads them into a TDB2 database, one named graph per paper.",
                "Loading a paper again replaces its graph: loading the same input twice changes nothing.",
                "Each run is recorded in the provenance graph."})
final class LoadCommand extends PapergraphCommand {
    @Mixin
    InputOptions inputOptions;

    @Mixin
    DbOption db;

    @Option(names = "--batch", defaultValue = "" + PaperStore.DEFAULT_BATCH, paramLabel = "N",
            description = "Papers per write transaction, 1 to 1000000 (default: ${DEFAULT-VALUE}); larger is faster and keeps the files smaller.")
    void setBatch(int value) {
        batch = Ranges.check(spec, "--batch", value, 1, 1_000_000);
    }

    int batch;

    @Option(names = "--compact", description = "Compact the database afterwards, reclaiming the space of old block copies.")
    boolean compact;

    @Option(names = "--validate", defaultValue = "warn", paramLabel = "MODE",
            description = "Check each batch against ontology/shapes.ttl: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); fail stores nothing of a failing batch and stops.")
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
        try (Inputs inputs = inputOptions.open(project)) {
            inputs.rejectsTo(inputOptions.rejects());
            try (PaperStore store = db.openForWriting()) {
                Loading.Outcome outcome = Loading.run(inputs, store, project, extractorOptions.build(project), threads.threads(), batch, progress.forced(), validate, this);
                if (outcome.stopped()) return ExitCodes.DATA_ERROR;
                if (compact) {
                    message("compacting %s", db.path());
                    store.compact();
                }
                return inputs.outcome(outcome.papers(), outcome.duplicates());
            }
        }
    }
}
