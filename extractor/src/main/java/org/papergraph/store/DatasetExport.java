package org.papergraph.store;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.rdf.Prefixes;
import org.papergraph.rdf.VoidDescription;

/**
 * Writes a dataset, or one of its named graphs, with its VoID description, as a stream: quads are read from
 * the store and written as they come, so memory stays flat in the size of the dataset (JSON-LD holds one
 * named graph at a time). Quad formats (N-Quads, TriG, JSON-LD) keep the named graphs and put the VoID in
 * {@link VoidDescription#GRAPH}; triple formats (N-Triples, Turtle, RDF/XML) write the union, where a
 * triple held by several graphs may appear more than once (the same RDF graph). Call inside a read
 * transaction. Stateless; thread-safe.
 */
public final class DatasetExport {
    /** The formats of {@code papergraph export}. */
    public enum Format {
        nt(false), nq(true), ttl(false), trig(true), jsonld(true), rdfxml(false);

        public final boolean quads;

        Format(boolean quads) {
            this.quads = quads;
        }
    }

    private DatasetExport() {
    }

    /**
     * Writes {@code dsg} (or only {@code graph} when not null) in {@code format}; {@code progress} is told the
     * number of quads written now and then. Returns the number of quads (or triples) written, VoID included.
     */
    public static long write(DatasetGraph dsg, Node graph, Format format, OutputStream out, LongConsumer progress) {
        Model voidModel = VoidDescription.of(graph == null ? dsg : single(dsg, graph), java.util.Optional.empty());
        Node voidGraph = NodeFactory.createURI(VoidDescription.GRAPH);
        Iterator<Quad> data = graph == null ? dsg.find() : dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Quad> voidQuads = voidModel.getGraph().find().mapWith(t -> Quad.create(voidGraph, t));
        Iterator<Quad> all = org.apache.jena.atlas.iterator.Iter.concat(data, voidQuads);
        long[] n = {0};
        Iterator<Quad> counted = org.apache.jena.atlas.iterator.Iter.map(all, q -> {
            if (++n[0] % 100_000 == 0) progress.accept(n[0]);
            return q;
        });
        switch (format) {
            case jsonld -> jsonLd(counted, out);
            case rdfxml -> RdfXmlStream.write(counted, out);
            default -> {
                RDFFormat rdfFormat = switch (format) {
                    case nt -> RDFFormat.NTRIPLES;
                    case nq -> RDFFormat.NQUADS;
                    case ttl -> RDFFormat.TURTLE_BLOCKS;
                    default -> RDFFormat.TRIG_BLOCKS;
                };
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, rdfFormat);
                writer.start();
                Prefixes.forEach(writer::prefix);
                writer.prefix("void", VoidDescription.VOID);
                while (counted.hasNext()) {
                    Quad q = counted.next();
                    if (format.quads) writer.quad(q); else writer.triple(q.asTriple());
                }
                writer.finish();
            }
        }
        progress.accept(n[0]);
        return n[0];
    }

    private static DatasetGraph single(DatasetGraph dsg, Node graph) {
        DatasetGraph one = DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(one, () -> dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(one::add));
        return one;
    }

    /** Expanded JSON-LD: one top-level array entry per named graph, each converted on its own. */
    private static void jsonLd(Iterator<Quad> quads, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonGenerator json = Json.createGeneratorFactory(Map.of()).createGenerator(w);
        json.writeStartArray();
        DatasetGraph batch = DatasetGraphFactory.create();
        Node current = null;
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (current != null && !q.getGraph().equals(current)) {
                flushGraph(batch, json);
                batch = DatasetGraphFactory.create();
            }
            current = q.getGraph();
            batch.add(q);
        }
        flushGraph(batch, json);
        json.writeEnd();
        json.flush();
    }

    private static void flushGraph(DatasetGraph batch, JsonGenerator json) {
        if (batch.isEmpty()) return;
        try {
            for (JsonValue v : JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(batch))).get()) json.write(v);
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD: " + e.getMessage(), e);
        }
    }
}
