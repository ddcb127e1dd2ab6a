package org.papergraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.config.ProjectFiles;
import org.papergraph.model.Extraction;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.ParallelExtraction;
import org.papergraph.ingest.PaperStream;
import org.papergraph.rdf.ExtractionMapper;
import org.papergraph.rdf.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts entities and results from papers and writes them as RDF or JSON Lines.",
                "Inputs are listing pages (any extension) or JSON Lines (.jsonl). Without FILEs, the bundled sample corpus is read."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { turtle, trig, nquads, jsonl }

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = {"-f", "--format"}, defaultValue = "trig",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; turtle merges the paper graphs).")
    Format format;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Components.threads();

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: for large inputs only).")
    Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        ProjectFiles project = ProjectFiles.fromEnvironment();
        Inputs inputs;
        try {
            inputs = Inputs.of(files, project);
        } catch (Inputs.NoInputException e) {
            err.println("papergraph extract: " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        Extractor extractor = Components.extractor(project);
        long count = 0;
        long started = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(output == null ? System.out : Files.newOutputStream(output), 1 << 16);
             PaperStream papers = inputs.stream(err);
             Progress bar = Progress.forInput("extract", inputs.totalChars(), progress, err);
             ParallelExtraction extractions = new ParallelExtraction(papers.onProgress(bar::charsRead), extractor, threads)) {
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
            err.printf("papergraph extract: %d papers from %d input(s) (%d duplicates skipped, %d input problems) in %.1f s%n",
                    count, inputs.names().size(), papers.duplicates(), inputs.problems(), (System.nanoTime() - started) / 1e9);
        }
        return ExitCodes.OK;
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
