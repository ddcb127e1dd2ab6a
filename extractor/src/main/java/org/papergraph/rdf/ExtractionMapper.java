package org.papergraph.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.model.Extraction;
import org.papergraph.model.Mention;
import org.papergraph.model.PaperMetadata;
import org.papergraph.model.Result;
import org.papergraph.ingest.Paper;

/**
 * Writes one paper's extraction as quads of its own named graph (the paper's IRI) to a {@link StreamRDF}.
 * Every node has a deterministic IRI (no blank nodes), so writing the same extraction twice into a store
 * adds nothing. Stateless and thread-safe.
 */
public final class ExtractionMapper {
    private final Node extractorAgent;

    /** A mapper that attributes each paper graph to this build's extractor. */
    public ExtractionMapper() {
        this(Iris.extractor(org.papergraph.config.BuildInfo.version()));
    }

    public ExtractionMapper(String extractorIri) {
        this.extractorAgent = NodeFactory.createURI(extractorIri);
    }

    public void write(Extraction extraction, StreamRDF out) {
        Paper paper = extraction.paper();
        String paperIri = Iris.paper(paper.id());
        Node g = uri(paperIri);
        Node p = g;
        Quads q = new Quads(out, g);
        q.add(p, RDF.type.asNode(), PG.Paper);
        q.add(p, DCTerms.identifier.asNode(), literal(paper.id()));
        q.add(p, DCTerms.title.asNode(), literal(paper.title()));
        // Lets a later load find this graph by title whatever id the paper had then (one graph per paper).
        q.add(p, PG.titleKey, literal(paper.titleKey()));
        q.add(p, DCTerms.abstract_.asNode(), literal(paper.abstractText()));
        if (paper.date() != null) q.add(p, DCTerms.date.asNode(), NodeFactory.createLiteralDT(paper.date().toString(), XSDDatatype.XSDdate));
        if (paper.authors() != null) q.add(p, PG.authorCount, integer(paper.authors()));
        if (paper.upvotes() != null) q.add(p, PG.upvotes, integer(paper.upvotes()));
        if (paper.url() != null && isAbsoluteIri(paper.url())) q.add(p, FOAF.page.asNode(), uri(paper.url()));
        q.add(p, PROV_ATTRIBUTED_TO, extractorAgent);
        if (paper.metadata() != null) writeMetadata(paper.metadata(), paperIri, q);

        Map<String, Node> entityNodes = new HashMap<>();
        for (Mention m : extraction.entities()) {
            Node e = uri(m.conceptIri() != null ? m.conceptIri() : Iris.entity(m.type(), m.canonical()));
            entityNodes.put(m.canonical(), e);
            q.add(e, RDF.type.asNode(), PG.classOf(m.type()));
            q.add(e, RDFS.label.asNode(), literal(m.canonical()));
            if (!m.text().equals(m.canonical())) q.add(e, SKOS.altLabel.asNode(), literal(m.text()));
            if (m.broaderIri() != null) q.add(e, SKOS.broader.asNode(), uri(m.broaderIri()));
            q.add(p, PG.mentions, e);
            q.add(p, relation(m), e);
            if (m.confidence() < 1.0) {
                q.add(e, PG.confidence, NodeFactory.createLiteralDT(java.math.BigDecimal.valueOf(m.confidence()).setScale(3, java.math.RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal));
            }
        }

        List<Result> results = extraction.results();
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            Node rn = uri(Iris.result(paperIri, r.valueStart(), r.valueEnd()));
            q.add(p, PG.reports, rn);
            q.add(rn, RDF.type.asNode(), PG.Result);
            q.add(rn, PG.reportedIn, p);
            q.add(rn, PG.value, NodeFactory.createLiteralDT(r.value().toPlainString(), XSDDatatype.XSDdecimal));
            if (r.unit() != null) q.add(rn, PG.unit, literal(r.unit()));
            q.add(rn, PG.kind, PG.kind(r.kind()));
            if (r.qualifier() != null) q.add(rn, PG.qualifier, literal(r.qualifier()));
            link(q, rn, PG.metric, entityNodes.get(r.metric()));
            link(q, rn, PG.subject, entityNodes.get(r.subject()));
            link(q, rn, PG.dataset, entityNodes.get(r.dataset()));
            link(q, rn, PG.baseline, entityNodes.get(r.baseline()));
            q.add(rn, PG.statedAs, literal(r.text()));
            Node s = uri(Iris.evidence(paperIri, r.sentenceStart(), r.sentenceEnd()));
            q.add(rn, PG.evidence, s);
            q.add(s, RDF.type.asNode(), PG.Evidence);
            q.add(s, PG.sentenceText, literal(paper.abstractText().substring(r.sentenceStart(), r.sentenceEnd())));
            q.add(s, PG.startOffset, integer(r.sentenceStart()));
            q.add(s, PG.endOffset, integer(r.sentenceEnd()));
        }
    }

    /**
     * arXiv id ({@code pg:arxivId}, a {@code dcterms:identifier}), DOI ({@code bibo:doi}), categories
     * ({@code dcterms:subject}) and the authors in order: {@code bibo:authorList}, an {@code rdf:Seq} of names
     * with an IRI of its own (no blank nodes, so a reload adds nothing).
     */
    private static void writeMetadata(PaperMetadata m, String paperIri, Quads q) {
        Node p = q.graph();
        if (m.arxivId() != null) q.add(p, PG.arxivId, literal(m.arxivId()));
        if (m.doi() != null) q.add(p, PG.biboDoi, literal(m.doi()));
        for (String category : m.categories()) q.add(p, DCTerms.subject.asNode(), literal(category));
        if (m.authorNames().isEmpty()) return;
        Node list = uri(Iris.authorList(paperIri));
        q.add(p, PG.biboAuthorList, list);
        q.add(list, RDF.type.asNode(), RDF.Seq.asNode());
        for (int i = 0; i < m.authorNames().size(); i++) q.add(list, RDF.li(i + 1).asNode(), literal(m.authorNames().get(i)));
    }

    private static Node relation(Mention m) {
        if (m.proposed()) return PG.proposes;
        return switch (m.type()) {
            case METHOD, MODEL -> PG.uses;
            case DATASET -> PG.evaluatesOn;
            case TASK -> PG.addresses;
            case METRIC -> PG.measures;
        };
    }

    private static final Node PROV_ATTRIBUTED_TO = NodeFactory.createURI("http://www.w3.org/ns/prov#wasAttributedTo");

    private static boolean isAbsoluteIri(String s) {
        return s.matches("(?i)https?://[^\\s<>\"{}|\\\\^`]+");
    }

    private static void link(Quads q, Node s, Node p, Node o) {
        if (o != null) q.add(s, p, o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** Quads of one graph, each written once (an entity mentioned twice would otherwise repeat its type and label). */
    private record Quads(StreamRDF out, Node graph, java.util.Set<org.apache.jena.sparql.core.Quad> written) {
        Quads(StreamRDF out, Node graph) {
            this(out, graph, new java.util.HashSet<>());
        }

        void add(Node s, Node p, Node o) {
            org.apache.jena.sparql.core.Quad quad = org.apache.jena.sparql.core.Quad.create(graph, s, p, o);
            if (written.add(quad)) {
                out.quad(quad);
                if (NameKeys.isName(p, o)) add(s, PG.nameKey, NameKeys.keyOf(o));
            }
        }
    }
}
