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
import org.papergraph.store.NQuadsShards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts entities and results from papers and writes them as RDF or JSON Lines.",
                "Inputs are listing pages or JSON Lines, told apart by content. Without FILEs, the bundled sample corpus is read.",
                "The JSON Lines written (-f jsonl) are also a valid input of load.",
                "With --shards DIR (or -o an existing directory) it writes gzipped N-Quads shards that load reads as they are."})
final class ExtractCommand extends PapergraphCommand {
    enum Format { turtle, trig, nquads, jsonl }

    @Mixin
    InputOptions inputOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output (- is standard output; never one of the inputs);"
            + " a name ending in .gz is gzipped; an existing directory gets N-Quads shards (as --shards).")
    Path output;

    @Option(names = "--shards", paramLabel = "DIR", description = "Write gzipped N-Quads shards part-00000.nq.gz, … into DIR (created if missing), --shard-size papers each.")
    Path shards;

    int shardSize = 10_000;

    @Option(names = "--shard-size", paramLabel = "N", description = "Papers per shard, 1 to 10000000 (default: 10000).")
    void setShardSize(int value) {
        shardSize = Ranges.check(spec, "--shard-size", value, 1, 10_000_000);
    }

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
        if (output != null && output.toString().equals("-")) output = null; // "-o -": standard output, as `generate` reads it
        if (shards == null && output != null && Files.isDirectory(output)) {
            shards = output;
            output = null;
        }
        if (shards != null) {
            if (output != null) throw CommandFailure.usage("give either --shards DIR or -o FILE, not both");
            if (spec.commandLine().getParseResult().hasMatchedOption("--format") && format != Format.nquads) {
                throw CommandFailure.usage("shards are N-Quads; --format " + format + " cannot be written as shards");
            }
            format = Format.nquads;
        }
        try (Inputs inputs = inputOptions.open(project)) {
            if (output != null) inputs.refuseOverwriting(output, "--output");
            inputs.rejectsTo(inputOptions.rejects());
            Extractor extractor = extractorOptions.build(project);
            if (shards != null) return writeShards(inputs, extractor);
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

    /** Extraction streamed into shards of {@code shardSize} papers. */
    private int writeShards(Inputs inputs, Extractor extractor) throws Exception {
        long count = 0;
        long started = System.nanoTime();
        NQuadsShards writer;
        try {
            writer = new NQuadsShards(shards, shardSize);
        } catch (java.io.IOException e) {
            throw CommandFailure.cannotCreate("cannot write shards into " + shards + ": " + e.getMessage());
        }
        try (writer;
             PaperStream papers = inputs.stream(err());
             Progress bar = Progress.forInput("extract", inputs.totalChars(), progress.forced(), errStream());
             ParallelExtraction extractions = new ParallelExtraction(papers.onProgress(bar::charsRead), extractor, threads.threads())) {
            while (extractions.hasNext()) {
                writer.write(extractions.next());
                count++;
            }
            message("%d papers from %d input(s) into %d shard(s) in %s (%d duplicates skipped, %s) in %.1f s",
                    count, inputs.names().size(), writer.shards(), shards, papers.duplicates(), inputs.problemSummary(), (System.nanoTime() - started) / 1e9);
            return inputs.outcome(count, papers.duplicates());
        }
    }

    /** Opens the output, mapping what the file system says to {@link ExitCodes#CANNOT_CREATE}; a name ending in .gz is gzipped. */
    static OutputStream create(Path output) {
        try {
            if (Files.isDirectory(output)) throw CommandFailure.cannotCreate("cannot create " + output + ": it is a directory");
            if (output.toString().endsWith(".gz")) return new java.util.zip.GZIPOutputStream(Files.newOutputStream(output), 1 << 16);
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
