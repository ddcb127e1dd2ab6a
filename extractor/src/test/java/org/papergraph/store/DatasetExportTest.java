package org.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.ProjectFiles;
import org.papergraph.rdf.SampleCorpus;
import org.papergraph.rdf.VoidDescription;

class DatasetExportTest {
    /**
     * Isomorphism of two sets of quads: the quads without blank nodes are equal as sets, and those with blank
     * nodes (the VoID's class partitions) are isomorphic. (IsoMatcher over all 20k quads takes minutes.)
     */
    static boolean isomorphic(java.util.List<Quad> a, java.util.List<Quad> b) {
        java.util.function.Predicate<Quad> blank = q -> q.getSubject().isBlank() || q.getObject().isBlank() || q.getGraph().isBlank();
        java.util.Set<Quad> groundA = new java.util.HashSet<>(a.stream().filter(blank.negate()).toList());
        java.util.Set<Quad> groundB = new java.util.HashSet<>(b.stream().filter(blank.negate()).toList());
        if (!groundA.equals(groundB)) return false;
        DatasetGraph blankA = DatasetGraphFactory.create();
        DatasetGraph blankB = DatasetGraphFactory.create();
        a.stream().filter(blank).forEach(blankA::add);
        b.stream().filter(blank).forEach(blankB::add);
        return !blankA.isEmpty() && IsoMatcher.isomorphic(blankA, blankB);
    }

    static java.util.List<Quad> quads(Graph g) {
        return g.find().mapWith(t -> Quad.create(Quad.defaultGraphIRI, t)).toList();
    }

    @Test
    void exportsOfTheSampleCorpusInAllSixFormatsReadBackIsomorphic(@TempDir Path dir) throws Exception {
        try (PaperStore store = PaperStore.open(dir.resolve("db"), ProjectFiles.at(Path.of("..")))) {
            DatasetGraph sample = SampleCorpus.dataset();
            Txn.executeWrite(store.dataset(), () -> sample.find().forEachRemaining(store.dataset()::add));
            // What an export must give back: the data and its VoID graph.
            DatasetGraph expected = DatasetGraphFactory.create();
            Txn.executeRead(store.dataset(), () -> {
                store.dataset().find().forEachRemaining(expected::add);
                VoidDescription.of(store.dataset(), java.util.Optional.empty()).getGraph().find()
                        .forEachRemaining(t -> expected.add(Quad.create(NodeFactory.createURI(VoidDescription.GRAPH), t)));
            });
            Graph expectedUnion = GraphFactory.createDefaultGraph();
            expected.find().forEachRemaining(q -> expectedUnion.add(q.asTriple()));
            assertTrue(expected.stream().count() > 10_000, "sample corpus too small: " + expected.stream().count());

            for (DatasetExport.Format format : DatasetExport.Format.values()) {
                Path file = dir.resolve("dump." + format);
                long written;
                try (OutputStream out = Files.newOutputStream(file)) {
                    written = Txn.calculateRead(store.dataset(), () -> DatasetExport.write(store.dataset(), null, format, out, n -> { }));
                }
                Lang lang = switch (format) {
                    case nt -> Lang.NTRIPLES;
                    case nq -> Lang.NQUADS;
                    case ttl -> Lang.TURTLE;
                    case trig -> Lang.TRIG;
                    case jsonld -> Lang.JSONLD;
                    case rdfxml -> Lang.RDFXML;
                };
                if (format.quads) {
                    DatasetGraph back = DatasetGraphFactory.create();
                    RDFParser.source(file).lang(lang).parse(back);
                    assertEquals(expected.stream().count(), written, format.toString());
                    assertTrue(isomorphic(expected.stream().toList(), back.stream().toList()), format + " does not read back isomorphic");
                } else {
                    Graph back = GraphFactory.createDefaultGraph();
                    RDFParser.source(file).lang(lang).parse(back);
                    assertTrue(isomorphic(quads(expectedUnion), quads(back)), format + " does not read back isomorphic");
                }
            }
        }
    }
}
