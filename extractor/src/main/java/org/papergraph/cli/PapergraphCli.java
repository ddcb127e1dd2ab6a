package org.papergraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code papergraph} command: data goes to standard output, messages to standard error. */
@Command(name = "papergraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds and serves a knowledge graph of machine-learning papers.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, UpCommand.class,
                EvaluateCommand.class, TrainCommand.class, FeaturesCommand.class, QueryCommand.class, CompareCommand.class, BenchCommand.class, ExportCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class PapergraphCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /**
     * The command line with papergraph's conventions: a {@link CommandFailure} is printed as
     * {@code papergraph COMMAND: message} (no stack trace unless {@code -Dpapergraph.debug=true}) and exits
     * with its code; the mapping of exceptions to exit codes is {@link #exitCodeOf} and nowhere else.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PapergraphCli());
        // UTF-8 whatever the locale (Java 17 would follow LANG=C into ASCII and print "?" for every non-ASCII letter).
        cli.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setExitCodeExceptionMapper(PapergraphCli::exitCodeOf);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            // The qualified name ("papergraph bench extract"), so that a subcommand's message names the whole command.
            commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + org.papergraph.ingest.Texts.printable(message));
            if (Boolean.getBoolean("papergraph.debug") || !(e instanceof CommandFailure)) {
                if (Boolean.getBoolean("papergraph.debug")) e.printStackTrace(commandLine.getErr());
                else commandLine.getErr().println("  (" + e.getClass().getName() + "; -Dpapergraph.debug=true shows where)");
            }
            commandLine.getErr().flush();
            return commandLine.getExitCodeExceptionMapper().getExitCode(e);
        });
        return cli;
    }

    /** The one place where failures become exit codes. */
    static int exitCodeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CommandFailure f) return f.exitCode();
            if (t instanceof org.papergraph.store.StoreException s) return Stores.failure(s).exitCode();
            if (t instanceof CommandLine.ParameterException) return ExitCodes.USAGE;
        }
        return ExitCodes.FAILURE;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
