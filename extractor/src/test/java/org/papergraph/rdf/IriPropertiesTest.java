package org.papergraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.graph.Graph;
import org.apache.jena.iri.IRIFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rfc3986.RFC3986;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.papergraph.ingest.Paper;
import org.papergraph.ingest.Texts;
import org.papergraph.model.EntityType;
import org.papergraph.model.Extraction;
import org.papergraph.model.Mention;

/**
 * Properties of IRI minting over random Unicode (any UTF-16 unit, lone surrogates included, and any code
 * point): every minted IRI is valid for Jena's IRI checkers, canonically equal names mint one IRI, and a
 * paper graph with such a title and entity names writes and parses back isomorphic in every RDF syntax.
 */
class IriPropertiesTest {
    private static final IRIFactory IRI_CHECKER = IRIFactory.iriImplementation();

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> units = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> codePoints = Arbitraries.integers().between(0, Character.MAX_CODE_POINT).list().ofMaxSize(20)
                .map(cps -> {
                    StringBuilder b = new StringBuilder();
                    cps.forEach(b::appendCodePoint);
                    return b.toString();
                });
        Arbitrary<String> tricky = Arbitraries.of("Café", "Cafe\u0301", "\ud800", "?", "\ufffd", "~ud800", "~", "a b", "a/b", "%41", "<>\"{}|\\^`",
                "نموذج", "🚀", "\u202e", "\u0000", "ß", "ﬁ").list().ofMaxSize(4).map(l -> String.join("", l));
        return Arbitraries.oneOf(units, codePoints, tricky);
    }

    private static void assertValidIri(String iri) {
        IRIx parsed = IRIx.create(iri);
        assertTrue(parsed.isAbsolute(), iri);
        RFC3986.checkSyntax(iri);
        assertFalse(IRI_CHECKER.create(iri).hasViolation(false), () -> iri + ": " + IRI_CHECKER.create(iri).violations(false).next());
        assertTrue(iri.matches("[A-Za-z0-9\\-._~%/:#]+"), iri);
    }

    @Property(tries = 300)
    void everyMintedIriIsValid(@ForAll("names") String name) {
        for (EntityType type : EntityType.values()) assertValidIri(Iris.entity(type, name));
        assertValidIri(Iris.paper(name));
        assertValidIri(Iris.extractor(name));
        assertValidIri(Iris.run(name));
    }

    @Property(tries = 300)
    void canonicallyEqualNamesMintOneIri(@ForAll("names") String name) {
        String nfd = Normalizer.normalize(name, Normalizer.Form.NFD);
        assertEquals(Iris.paper(name), Iris.paper(nfd));
        assertEquals(Iris.entity(EntityType.METHOD, name), Iris.entity(EntityType.METHOD, nfd));
    }

    @Property(tries = 300)
    void namesThatDifferAfterNfcNeverShareAPaperIri(@ForAll("names") String a, @ForAll("names") String b) {
        if (Normalizer.normalize(a, Normalizer.Form.NFC).equals(Normalizer.normalize(b, Normalizer.Form.NFC))) return;
        assertNotEquals(Iris.paper(a), Iris.paper(b));
    }

    @Example
    void aLoneSurrogateCollidesWithNoRealName() {
        List<String> iris = new ArrayList<>();
        for (String s : List.of("x\ud800", "x?", "x\ufffd", "x~ud800", "x~uD800", "x\udc00", "x")) iris.add(Iris.paper(s));
        assertEquals(iris.size(), iris.stream().distinct().count(), iris.toString());
        assertEquals(Iris.entity(EntityType.METHOD, "CaféNet"), Iris.entity(EntityType.METHOD, "Cafe\u0301Net"));
    }

    @Property(tries = 25)
    void aPaperGraphOfRandomNamesParsesBackInEveryRdfSyntax(@ForAll("names") String title, @ForAll("names") String name,
                                                             @ForAll("names") String id) {
        // Stored text (the id is also a literal) is cleaned at ingest, as Texts.clean does; raw names are everyMintedIriIsValid's.
        id = Texts.clean(id);
        String cleanTitle = Texts.clean(title);
        String cleanName = Texts.clean(name);
        String abstractText = "We propose " + cleanName + ", evaluated on GLUE.";
        Paper paper = new Paper(id, cleanTitle, abstractText, 3, null, null, null, "t:1");
        Mention m = new Mention(EntityType.METHOD, cleanName, cleanName, 11, 11 + cleanName.length(), true, null, null);
        Extraction e = new Extraction(paper, List.of(m), List.of());
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        new ExtractionMapper().write(e, org.apache.jena.riot.system.StreamRDFLib.dataset(dataset));
        for (Lang lang : List.of(Lang.TRIG, Lang.NQUADS, Lang.JSONLD, Lang.TRIX, Lang.RDFTHRIFT, Lang.RDFPROTO)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, dataset, lang);
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
            assertTrue(IsoMatcher.isomorphic(dataset, back), lang + " round trip of " + Texts.printable(title) + " / " + Texts.printable(name));
        }
        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML, Lang.JSONLD)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, union, lang);
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
            assertTrue(back.isIsomorphicWith(union), lang + " round trip of " + Texts.printable(title) + " / " + Texts.printable(name));
        }
    }
}
