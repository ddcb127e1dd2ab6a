package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.config.ProjectFiles;
import org.papergraph.rdf.Iris;
import org.papergraph.rdf.OntologyFiles;
import org.papergraph.rdf.PG;
import org.papergraph.rdf.VoidDescription;
import org.papergraph.store.PaperStore;
import org.papergraph.store.PaperStoreTest;

class ExportCommandTest {
    @Test
    void exportsOnePapersGraphGzippedWithItsVoid(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        String paper;
        try (PaperStore store = PaperStore.open(db)) {
            var extractions = PaperStoreTest.fewAbstracts();
            store.load(extractions);
            // As every load command writes it: read commands open only papergraph databases.
            store.replaceGraph(PG.VOCABULARY_GRAPH, OntologyFiles.ontologyAndVocabulary(ProjectFiles.fromEnvironment()));
            paper = Iris.paper(extractions.get(0).paper().id());
        }
        Path out = dir.resolve("galore.trig.gz");
        CliTest.Run r = CliTest.run("export", "--db", db.toString(), "--graph", paper, "--format", "trig", "--gzip", "-o", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().contains("VoID included"), r.err());
        DatasetGraph back = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            RDFParser.source(in).lang(Lang.TRIG).parse(back);
        }
        assertTrue(back.containsGraph(NodeFactory.createURI(paper)));
        assertTrue(back.containsGraph(NodeFactory.createURI(VoidDescription.GRAPH)));
        assertEquals(2, back.stream().map(q -> q.getGraph()).distinct().count());

        CliTest.Run missing = CliTest.run("export", "--db", db.toString(), "--graph", "https://example.org/none");
        assertEquals(ExitCodes.NO_INPUT, missing.exit());
        assertTrue(missing.err().contains("https://example.org/none"), missing.err());

        CliTest.Run gzipToStdout = CliTest.run("export", "--db", db.toString(), "--gzip");
        assertEquals(ExitCodes.USAGE, gzipToStdout.exit(), gzipToStdout.err());
        assertTrue(gzipToStdout.err().contains("-o FILE"), gzipToStdout.err());

        CliTest.Run notADatabase = CliTest.run("export", "--db", dir.resolve("nothing").toString());
        assertEquals(ExitCodes.NO_INPUT, notADatabase.exit(), notADatabase.err());
        assertTrue(Files.notExists(dir.resolve("nothing")), "a read command creates no database");
    }
}
