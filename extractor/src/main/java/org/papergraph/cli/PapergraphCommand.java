package org.papergraph.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.papergraph.config.ProjectFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the papergraph subcommands, as jbang's {@code BaseCommand}. A command:
 * <ul>
 *   <li>extends this class, is annotated {@code @Command(name = "…", mixinStandardHelpOptions = true,
 *       description = {"One whole sentence: the summary the top-level help lists.", "details…"})}, and
 *       implements {@link #doCall()};</li>
 *   <li>takes shared options as mixins: {@code @Mixin InputOptions inputs} (FILE… or the bundled corpus,
 *       {@code --rejects}), {@code @Mixin DbOption db} ({@code --db}; {@link DbOption#openExisting()} for read
 *       commands, {@link DbOption#openForWriting()} for loaders), {@code @Mixin ThreadsOption threads},
 *       {@code @Mixin ProgressOption progress}; a {@code -f/--format} option is an enum of that command
 *       (its values show in {@code --help} through {@code ${COMPLETION-CANDIDATES}} and are checked by picocli);</li>
 *   <li>writes data to {@link #out()} (or {@link #outStream()}) and messages to {@link #err()} /
 *       {@link #message}, never to {@code System.out}/{@code System.err};</li>
 *   <li>fails by throwing {@link CommandFailure} with an exit code of {@link ExitCodes}, or by returning one;
 *       option values are checked by picocli (enums, {@link Ranges}) so that a bad value is a usage error (2).</li>
 * </ul>
 * Commands are created per run and are not thread-safe.
 */
public abstract class PapergraphCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    private PrintStream errStream;

    @Override
    public final Integer call() throws Exception {
        try {
            return doCall();
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** The command's work; returns an exit code of {@link ExitCodes}. */
    protected abstract int doCall() throws Exception;

    /** The command as typed after {@code papergraph}: "load", or "bench extract" for a subcommand. */
    protected String name() {
        String qualified = spec.qualifiedName();
        String root = spec.root().name();
        return qualified.startsWith(root + " ") ? qualified.substring(root.length() + 1) : qualified;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** {@code papergraph NAME: message}, on standard error, control characters (say, of a file name) escaped. */
    protected void message(String format, Object... args) {
        String text = args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args);
        err().println("papergraph " + name() + ": " + org.papergraph.ingest.Texts.printable(text));
        err().flush();
    }

    /** Standard output as bytes (UTF-8), for writers that want a stream (RDF). Closing it flushes, but leaves {@link #out()} open. */
    protected OutputStream outStream() {
        return utf8Stream(out());
    }

    /** Standard error as a {@link PrintStream}, for libraries that want one (the progress bar). */
    protected PrintStream errStream() {
        if (errStream == null) errStream = new PrintStream(utf8Stream(err()), true, StandardCharsets.UTF_8);
        return errStream;
    }

    protected ProjectFiles project() {
        return ProjectFiles.fromEnvironment();
    }

    private static OutputStream utf8Stream(PrintWriter writer) {
        OutputStream stream;
        try {
            stream = WriterOutputStream.builder().setWriter(writer).setCharset(StandardCharsets.UTF_8).setWriteImmediately(false).get();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new java.io.FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws java.io.IOException {
                // Flushes the decoder's pending characters; the writer itself stays open for later output.
                out.flush();
                writer.flush();
            }
        };
    }
}
