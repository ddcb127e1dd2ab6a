package org.papergraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures extraction against its floor, query latency and server start on a database, and loading against Jena's bulk loader.",
                "Without a subcommand it runs bench extract. docs/benchmarks.md explains the figures."},
        subcommands = {BenchExtractCommand.class, BenchQueryCommand.class, BenchLoadCommand.class})
final class BenchCommand extends PapergraphCommand {
    @Mixin
    BenchExtractOptions extract;

    @Override
    protected int doCall() throws Exception {
        return extract.run(this);
    }
}
