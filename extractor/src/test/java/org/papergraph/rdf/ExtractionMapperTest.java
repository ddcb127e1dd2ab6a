package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.papergraph.model.EntityType;
import org.papergraph.model.Extraction;
import org.papergraph.model.Mention;
import org.papergraph.model.Result;
import org.papergraph.model.ResultKind;
import org.papergraph.ingest.Paper;

class ExtractionMapperTest {
    static Extraction sample() {
        String text = "We propose GaLore. It reduces memory usage by up to 65.5% on C4.";
        Paper paper = new Paper("galore", "GaLore: Memory-Efficient LLM Training", text, 6, LocalDate.of(2024, 3, 6), 15, null, "test:1");
        List<Mention> entities = List.of(
                new Mention(EntityType.METHOD, "GaLore", "GaLore", 11, 17, true, null, null),
                new Mention(EntityType.METRIC, "memory usage", "memory usage", 30, 42, false, PG.ID + "metric/memory-usage", null),
                new Mention(EntityType.DATASET, "C4", "C4", 61, 63, false, PG.ID + "dataset/c4", null));
        List<Result> results = List.of(new Result(new BigDecimal("65.5"), "%", ResultKind.DECREASE, "up to", "memory usage", "GaLore",
                "C4", null, "reduces memory usage by up to 65.5%", 22, 57, 19, 64, 52, 57));
        return new Extraction(paper, entities, results);
    }

    @Test
    void writesThePaperGraphAsInTheGoldenFile() throws Exception {
        Dataset actual = DatasetFactory.create();
        new ExtractionMapper(PG.ID + "extractor/test").write(sample(), StreamRDFLib.dataset(actual.asDatasetGraph()));
        Dataset expected = DatasetFactory.create();
        try (InputStream in = getClass().getResourceAsStream("/golden/galore.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(expected);
        }
        boolean iso = IsoMatcher.isomorphic(expected.asDatasetGraph(), actual.asDatasetGraph());
        if (!iso) RDFDataMgr.write(System.err, actual, Lang.TRIG);
        assertTrue(iso, "mapped graph differs from golden/galore.trig (actual printed on stderr)");
    }

    @Test
    void aResultKeepsItsIriWhenAnotherResultIsFoundBeforeIt() {
        Extraction before = sample();
        Result found = new Result(new BigDecimal("6"), null, ResultKind.ABSOLUTE, null, null, "GaLore", null, null, "6", 0, 1, 0, 18, 0, 1);
        Extraction after = new Extraction(before.paper(), before.entities(), List.of(found, before.results().get(0)));
        Dataset one = DatasetFactory.create();
        new ExtractionMapper(PG.ID + "extractor/test").write(before, StreamRDFLib.dataset(one.asDatasetGraph()));
        Dataset two = DatasetFactory.create();
        new ExtractionMapper(PG.ID + "extractor/test").write(after, StreamRDFLib.dataset(two.asDatasetGraph()));
        org.apache.jena.graph.Node result = org.apache.jena.graph.NodeFactory.createURI(Iris.result(PG.ID + "paper/galore", 52, 57));
        org.apache.jena.graph.Node value = org.apache.jena.graph.NodeFactory.createLiteralDT("65.5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
        assertTrue(one.asDatasetGraph().contains(org.apache.jena.graph.Node.ANY, result, PG.value, value));
        assertTrue(two.asDatasetGraph().contains(org.apache.jena.graph.Node.ANY, result, PG.value, value));
    }
}
