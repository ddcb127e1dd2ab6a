package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.PaperSources;
import org.papergraph.ingest.PaperStream;
import org.papergraph.nlp.OpenNlpAnalyzer;
import org.papergraph.rdf.ExtractionMapper;

/** Extraction on several threads gives exactly what one thread gives: the same papers, in input order, the same graph. */
class ParallelExtractionTest {
    @Test
    void fourThreadsGiveExactlyTheGraphOfOneThread() throws Exception {
        List<PaperStream.Opener> openers = new ArrayList<>();
        try (var files = Files.list(Path.of("..", "corpus"))) {
            files.sorted().forEach(f -> openers.add(() -> PaperSources.open(f)));
        }
        List<Paper> papers = new ArrayList<>();
        try (PaperStream stream = new PaperStream(openers, p -> { })) {
            stream.forEachRemaining(papers::add);
        }
        Extractor extractor = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project());
        Run one = run(papers, extractor, 1, 64);
        // A small read-ahead, so that tasks finish out of order and the order of hand-back is what is tested.
        Run four = run(papers, extractor, 4, 16);
        assertEquals(papers.size(), one.ids().size());
        assertEquals(one.ids(), four.ids(), "the same papers in input order");
        assertEquals(one.nquads(), four.nquads(), "the same quads, written in the same order");
        assertTrue(IsoMatcher.isomorphic(one.dataset(), four.dataset()));
        assertTrue(one.nquads().length() > 100_000, "a real corpus: " + one.nquads().length());
    }

    private record Run(List<String> ids, String nquads, DatasetGraph dataset) {
    }

    private static Run run(List<Paper> papers, Extractor extractor, int threads, int ahead) {
        List<String> ids = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DatasetGraph dataset = DatasetGraphFactory.create();
        StreamRDF writer = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        StreamRDF sink = StreamRDFLib.dataset(dataset);
        ExtractionMapper mapper = new ExtractionMapper("https://w3id.org/papergraph/id/extractor/test");
        writer.start();
        try (ParallelExtraction extractions = new ParallelExtraction(papers.iterator(), extractor, threads, ahead)) {
            extractions.forEachRemaining(e -> {
                ids.add(e.paper().id());
                mapper.write(e, writer);
                mapper.write(e, sink);
            });
        }
        writer.finish();
        return new Run(ids, bytes.toString(java.nio.charset.StandardCharsets.UTF_8), dataset);
    }
}
