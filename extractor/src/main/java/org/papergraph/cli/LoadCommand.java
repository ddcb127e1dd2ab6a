package org.papergraph.cli;

import java.nio.file.Path;
import org.papergraph.config.ProjectFiles;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extracts papers and loads them into a TDB2 database, one named graph per paper.",
                "N-Quads (.nq, .nq.gz, or a directory of the shards extract -o DIR/ writes) are loaded as they are, without extraction.",
                "Loading a paper again replaces its graph (found by its title, whatever its id): loading the same input twice changes nothing.",
                "A first load into an empty database goes through TDB2's bulk loader; later loads are transactional.",
                "Each run is recorded in the provenance graph.",
                "With --server URL --credentials FILE instead of --db, the papers go to a running server (serve --updates) while it serves."})
final class LoadCommand extends PapergraphCommand {
    @Mixin
    InputOptions inputOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where the papers go: a database folder, or a server that is serving one. */
    static final class Target {
        @Option(names = "--db", paramLabel = "DIR", description = "The database folder, created if missing (no server may hold it meanwhile).")
        Path db;

        @ArgGroup(exclusive = false)
        Remote remote;
    }

    static final class Remote {
        @Option(names = "--server", required = true, paramLabel = "URL",
                description = "Instead of --db: a running server (serve --updates), e.g. http://localhost:3030/; the papers are extracted here and "
                        + "stored through its update endpoint, a few per transaction, while it goes on answering queries.")
        String server;

        @Option(names = "--credentials", required = true, paramLabel = "FILE",
                description = "With --server: a file whose first line is 'user: password' (that user's line of the server's password file).")
        Path credentials;
    }

    @Option(names = "--batch", defaultValue = "" + PaperStore.DEFAULT_BATCH, paramLabel = "N",
            description = "Papers per write transaction, 1 to 1000000 (default: ${DEFAULT-VALUE}); larger is faster and keeps the files smaller.")
    void setBatch(int value) {
        batch = Ranges.check(spec, "--batch", value, 1, 1_000_000);
    }

    int batch;

    @Option(names = "--compact", description = "Compact the database afterwards, reclaiming the space of old block copies.")
    boolean compact;

    @Option(names = "--no-bulk", negatable = false,
            description = "Load an empty database in write transactions too, as later loads are (slower, but a kill leaves whole batches).")
    boolean noBulk;

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
        Loading.Sources sources = Loading.Sources.of(inputOptions.files(), project);
        try (Inputs inputs = sources.inputs().withCategories(inputOptions.categories)) {
            inputs.rejectsTo(inputOptions.rejects());
            if (target.remote != null) {
                if (compact) throw CommandFailure.usage("--compact needs --db: a served database is compacted offline");
                long papers = RemoteLoading.run(sources, target.remote.server, target.remote.credentials, extractorOptions.build(project),
                        threads.threads(), progress.forced(), this);
                return inputs.outcome(papers, 0);
            }
            try (PaperStore store = Stores.open(target.db)) {
                Loading.Outcome outcome = Loading.run(sources, store, project, () -> extractorOptions.build(project), threads.threads(), batch,
                        !noBulk, progress.forced(), validate, this);
                if (outcome.stopped()) return ExitCodes.DATA_ERROR;
                if (compact) {
                    message("compacting %s", target.db);
                    store.compact();
                }
                return inputs.outcome(outcome.papers(), outcome.duplicates());
            }
        }
    }
}
