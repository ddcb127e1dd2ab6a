package org.papergraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code papergraph} command: data goes to standard output, messages to standard error. */
@Command(name = "papergraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds and serves a knowledge graph of machine-learning papers.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, UpCommand.class,
                EvaluateCommand.class, TrainCommand.class, QueryCommand.class, CompareCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class PapergraphCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PapergraphCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("papergraph: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (Boolean.getBoolean("papergraph.debug")) e.printStackTrace(commandLine.getErr());
            return ExitCodes.FAILURE;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
