package org.papergraph.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.extract.TestLexicons;
import org.papergraph.ingest.PaperSources;
import org.papergraph.ingest.PaperStream;
import org.papergraph.nlp.OpenNlpAnalyzer;

/** The graph papergraph builds from the bundled sample corpus, built once for all tests. */
public final class SampleCorpus {
    private static DatasetGraph dataset;

    private SampleCorpus() {
    }

    public static synchronized DatasetGraph dataset() throws Exception {
        if (dataset != null) return dataset;
        Extractor extractor = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project());
        List<PaperStream.Opener> openers = new ArrayList<>();
        try (var files = Files.list(Path.of("..", "corpus"))) {
            files.sorted().forEach(f -> openers.add(() -> PaperSources.open(f)));
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ExtractionMapper mapper = new ExtractionMapper();
        try (PaperStream papers = new PaperStream(openers, p -> { })) {
            papers.forEachRemaining(p -> mapper.write(extractor.extract(p), StreamRDFLib.dataset(dsg)));
        }
        dataset = dsg;
        return dsg;
    }

    /** All paper graphs merged. */
    public static Graph union() throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        dataset().find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }
}
