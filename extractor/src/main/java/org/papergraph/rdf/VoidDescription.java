package org.papergraph.rdf;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A VoID and DCAT description of a papergraph dataset, computed from the data: its triples (all quads of
 * its named graphs), entities per class, properties and vocabularies used, papers, the latest extraction
 * run (date, extractor version), license, and, when the address of a server is known, its SPARQL endpoint
 * and dump. Call inside a read transaction of the dataset. Stateless; thread-safe.
 */
public final class VoidDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The IRI of the dataset described. */
    public static final String DATASET = PG.ID + "void";
    /** The named graph that holds the description in dumps. */
    public static final String GRAPH = PG.ID + "graph/void";
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private VoidDescription() {
    }

    /** The description; {@code serverBase} (e.g. {@code http://localhost:3030/}) adds the endpoint and dump. */
    public static Model of(DatasetGraph dsg, Optional<String> serverBase) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.forEach(m::setNsPrefix);
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("owl", OWL.NS);
        Resource ds = m.createResource(DATASET)
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "papergraph")
                .addProperty(DCTerms.description, "Methods, models, datasets, metrics, tasks and numeric results extracted from "
                        + "machine-learning paper abstracts; one named graph per paper.")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(m.createProperty(VOID, "uriSpace"), PG.ID)
                .addProperty(m.createProperty(VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/Turtle"))
                .addProperty(m.createProperty(VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/N-Quads"));
        long quads = count(dsg, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        ds.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(quads, XSDDatatype.XSDinteger));
        ds.addLiteral(m.createProperty(VOID, "distinctSubjects"),
                m.createTypedLiteral(count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), XSDDatatype.XSDinteger));
        ds.addLiteral(m.createProperty(VOID, "properties"),
                m.createTypedLiteral(count(dsg, "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), XSDDatatype.XSDinteger));
        long papers = count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a <" + PG.Paper.getURI() + "> } }");
        ds.addLiteral(m.createProperty(VOID, "documents"), m.createTypedLiteral(papers, XSDDatatype.XSDinteger));

        Property classPartition = m.createProperty(VOID, "classPartition");
        long entities = 0;
        long classes = 0;
        Set<String> vocabularies = new TreeSet<>();
        try (QueryExecution q = QueryExecution.create(
                "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } } GROUP BY ?c ORDER BY ?c", DatasetFactory.wrap(dsg))) {
            for (var it = q.execSelect(); it.hasNext(); ) {
                QuerySolution row = it.next();
                if (!row.get("c").isURIResource()) continue;
                long n = row.getLiteral("n").getLong();
                entities += n;
                classes++;
                vocabularies.add(namespace(row.getResource("c").getURI()));
                ds.addProperty(classPartition, m.createResource()
                        .addProperty(m.createProperty(VOID, "class"), row.getResource("c"))
                        .addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(n, XSDDatatype.XSDinteger)));
            }
        }
        ds.addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(entities, XSDDatatype.XSDinteger));
        ds.addLiteral(m.createProperty(VOID, "classes"), m.createTypedLiteral(classes, XSDDatatype.XSDinteger));
        try (QueryExecution q = QueryExecution.create("SELECT DISTINCT ?p { GRAPH ?g { ?s ?p ?o } }", DatasetFactory.wrap(dsg))) {
            q.execSelect().forEachRemaining(row -> vocabularies.add(namespace(row.getResource("p").getURI())));
        }
        for (String ns : vocabularies) ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(ns));

        provenance(dsg, m, ds);
        serverBase.ifPresent(base -> {
            Resource endpoint = m.createResource(base + "papergraph/sparql");
            ds.addProperty(m.createProperty(VOID, "sparqlEndpoint"), endpoint);
            Resource dump = m.createResource(base + "papergraph/data");
            ds.addProperty(m.createProperty(VOID, "dataDump"), dump);
            ds.addProperty(m.createProperty(VOID, "rootResource"), m.createResource(base + "id/graph/vocabulary"));
            ds.addProperty(DCAT.distribution, m.createResource()
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, dump)
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/application/n-quads"))
                    .addProperty(DCTerms.format, "application/n-quads"));
            ds.addProperty(DCAT.distribution, m.createResource()
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.accessService, m.createResource()
                            .addProperty(RDF.type, DCAT.DataService)
                            .addProperty(DCAT.endpointURL, endpoint)
                            .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))));
        });
        return m;
    }

    /** The date and extractor version of the latest run, from the provenance graph. */
    private static void provenance(DatasetGraph dsg, Model m, Resource ds) {
        String query = """
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?run ?ended ?agent ?version { GRAPH <%s> {
                  ?run prov:endedAtTime ?ended ; prov:wasAssociatedWith ?agent . OPTIONAL { ?agent owl:versionInfo ?version }
                } } ORDER BY DESC(?ended) LIMIT 1""".formatted(PG.PROVENANCE_GRAPH);
        try (QueryExecution q = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
            var rows = q.execSelect();
            if (!rows.hasNext()) return;
            QuerySolution row = rows.next();
            ds.addProperty(DCTerms.created, row.get("ended"));
            ds.addProperty(DCTerms.modified, row.get("ended"));
            ds.addProperty(m.createProperty(PROV, "wasGeneratedBy"), row.getResource("run"));
            Resource agent = row.getResource("agent");
            ds.addProperty(m.createProperty("http://purl.org/pav/", "createdWith"), agent);
            if (row.get("version") != null) agent.addProperty(OWL.versionInfo, row.get("version"));
            agent.addProperty(RDFS.label, "papergraph extractor");
        }
    }

    private static long count(DatasetGraph dsg, String query) {
        try (QueryExecution q = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }

    static String namespace(String iri) {
        int hash = iri.lastIndexOf('#');
        if (hash >= 0) return iri.substring(0, hash + 1);
        int slash = iri.lastIndexOf('/');
        return slash >= 0 ? iri.substring(0, slash + 1) : iri;
    }
}
