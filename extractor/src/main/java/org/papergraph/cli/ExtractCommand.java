package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.ParallelExtraction;
import org.papergraph.ingest.PaperStream;
import org.papergraph.model.Extraction;
import org.papergraph.rdf.ExtractionMapper;
import org.papergraph.rdf.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts entities and results from papers and writes them as RDF or JSON Lines.",
                "Inputs are listing pages or JSON Lines, told apart by content. Without FILEs, the bundled sample corpus is read.",
                "The JSON Lines written (-f jsonl) are also a valid input of load."})
final class ExtractCommand extends PapergraphCommand {
    enum Format { turtle, trig, nquads, jsonl }

    @Mixin
    InputOptions inputOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output (never one of the inputs).")
    Path output;

    @Option(names = {"-f", "--format"}, defaultValue = "trig", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; turtle merges the paper graphs).")
    Format format;

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
            if (output != null) inputs.refuseOverwriting(output, "--output");
            inputs.rejectsTo(inputOptions.rejects());
            Extractor extractor = extractorOptions.build(project);
            long count = 0;
            long started = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(output == null ? outStream() : create(output), 1 << 16);
                 PaperStream papers = inputs.stream(err());
                 Progress bar = Progress.forInput("extract", inputs.totalChars(), progress.forced(), errStream());
                 ParallelExtraction extractions = new ParallelExtraction(papers.onProgress(bar::charsRead), extractor, threads.threads())) {
                if (format == Format.jsonl) {
                    PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
                    while (extractions.hasNext()) {
                        writer.println(JsonLines.toLine(extractions.next()));
                        count++;
                    }
                    writer.flush();
                } else {
                    StreamRDF stream = rdfStream(out, format);
                    ExtractionMapper mapper = new ExtractionMapper();
                    stream.start();
                    Prefixes.forEach(stream::prefix);
                    while (extractions.hasNext()) {
                        Extraction e = extractions.next();
                        mapper.write(e, stream);
                        count++;
                    }
                    stream.finish();
                }
                out.flush();
                message("%d papers from %d input(s) (%d duplicates skipped, %s) in %.1f s",
                        count, inputs.names().size(), papers.duplicates(), inputs.problemSummary(), (System.nanoTime() - started) / 1e9);
                return inputs.outcome(count, papers.duplicates());
            }
        }
    }

    /** Opens the output, mapping what the file system says to {@link ExitCodes#CANNOT_CREATE}. */
    static OutputStream create(Path output) {
        try {
            if (Files.isDirectory(output)) throw CommandFailure.cannotCreate("cannot create " + output + ": it is a directory");
            return Files.newOutputStream(output);
        } catch (NoSuchFileException e) {
            throw CommandFailure.cannotCreate("cannot create " + output + ": the folder " + output.toAbsolutePath().getParent() + " does not exist");
        } catch (IOException e) {
            throw CommandFailure.cannotCreate("cannot create " + output + ": " + e.getMessage());
        }
    }

    static StreamRDF rdfStream(OutputStream out, Format format) {
        return switch (format) {
            case trig -> StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            case nquads -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            case turtle -> new StreamRDFWrapper(StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS)) {
                @Override
                public void quad(Quad quad) {
                    triple(quad.asTriple());
                }
            };
            case jsonl -> throw new IllegalArgumentException("jsonl is not RDF");
        };
    }
}
