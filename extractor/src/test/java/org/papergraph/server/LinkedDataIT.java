package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.server.ServedCorpus.get;
import static org.papergraph.server.ServedCorpus.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.rdf.PG;
import org.papergraph.store.PaperStore;

/** One real server on a free loopback port over the sample corpus in a real TDB2 database with its text index. */
class LinkedDataIT {
    static PaperStore store;
    static PapergraphServer server;
    static String root;

    /** A paper and an entity of the sample corpus, found by their data so the test does not hard-code IRIs. */
    static String paperIri;
    static String entityIri;

    @BeforeAll
    static void start() throws Exception {
        server = ServedCorpus.server();
        store = ServedCorpus.store();
        root = server.localUrl();
        JsonNode rows = bindings(query(server.queryUrl(), """
                PREFIX pg: <https://w3id.org/papergraph/ns#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?paper ?entity { ?paper dcterms:title ?t ; pg:mentions ?entity . ?entity a pg:Dataset }
                ORDER BY ?paper ?entity LIMIT 1""", "application/sparql-results+json"));
        paperIri = rows.get(0).path("paper").path("value").asText();
        entityIri = rows.get(0).path("entity").path("value").asText();
    }

    static JsonNode bindings(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body()).path("results").path("bindings");
    }

    static String local(String iri) {
        assertTrue(iri.startsWith(PG.ID), iri);
        return root + "id/" + iri.substring(PG.ID.length());
    }

    @Test
    void textQueryFindsAPaperByAWordOfItsAbstractAndAnEntityByAWordOfItsLabel() throws Exception {
        JsonNode papers = bindings(query(server.queryUrl(), """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT DISTINCT ?paper ?title { ?paper text:query (dcterms:abstract "distillation") ; dcterms:title ?title }""",
                "application/sparql-results+json"));
        assertFalse(papers.isEmpty(), "no paper whose abstract says distillation");
        for (JsonNode row : papers) {
            String paper = row.path("paper").path("value").asText();
            JsonNode check = bindings(query(server.queryUrl(), "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?a { <" + paper
                    + "> dcterms:abstract ?a }", "application/sparql-results+json"));
            assertTrue(check.get(0).path("a").path("value").asText().toLowerCase().contains("distillation"), paper);
        }
        JsonNode entities = bindings(query(server.queryUrl(), """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX pg: <https://w3id.org/papergraph/ns#>
                SELECT DISTINCT ?e ?label { ?e text:query (rdfs:label "accuracy") ; rdfs:label ?label ; a pg:Metric }""",
                "application/sparql-results+json"));
        Set<String> labels = new HashSet<>();
        for (JsonNode row : entities) labels.add(row.path("label").path("value").asText().toLowerCase());
        assertFalse(labels.isEmpty());
        assertTrue(labels.stream().allMatch(l -> l.contains("accuracy")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> !l.equals("accuracy")), "a word of a longer label: " + labels);
    }

    @Test
    void everyMediaTypeOfAPaperAndAnEntityParsesWithJena() throws Exception {
        for (String iri : new String[] {paperIri, entityIri}) {
            for (RdfMediaType type : RdfMediaType.values()) {
                HttpResponse<String> r = get(local(iri), type.contentType);
                assertEquals(200, r.statusCode(), iri + " as " + type + ": " + r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type.contentType), r.headers().toString());
                assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
                if (type == RdfMediaType.HTML) {
                    assertTrue(r.body().contains("<h1 id=\"title\">"), r.body());
                    continue;
                }
                Lang lang = switch (type) {
                    case TURTLE -> Lang.TURTLE;
                    case JSONLD -> Lang.JSONLD;
                    case NTRIPLES -> Lang.NTRIPLES;
                    default -> Lang.RDFXML;
                };
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(r.body(), lang).parse(g);
                Node subject = NodeFactory.createURI(iri);
                assertTrue(g.contains(subject, RDF.type.asNode(), Node.ANY), iri + " has no type in " + type + ":\n" + r.body());
                if (type == RdfMediaType.TURTLE) assertTrue(r.body().contains("PREFIX pg:") || r.body().contains("@prefix pg:"), r.body());
                if (type == RdfMediaType.JSONLD) {
                    // The published context, by reference (the parse above fetched it from the server).
                    assertEquals(root + "ns/context.jsonld", new ObjectMapper().readTree(r.body()).path("@context").asText());
                }
            }
        }
    }

    @Test
    void anUnsupportedMediaTypeGets406() throws Exception {
        assertEquals(406, get(local(paperIri), "image/png").statusCode());
        assertEquals(406, get(root + ".well-known/void", "text/html").statusCode());
        assertEquals(404, get(root + "id/paper/no-such-paper", "text/turtle").statusCode());
    }

    @Test
    void corsHeadersArePresent() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.queryUrl() + "?query="
                        + java.net.URLEncoder.encode("ASK {}", java.nio.charset.StandardCharsets.UTF_8)))
                .header("Origin", "https://example.org").header("Accept", "application/sparql-results+json").GET().build();
        HttpResponse<String> r = ServedCorpus.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
    }

    @Test
    void theVoidParsesAndCountsTheTriplesOfTheDataset() throws Exception {
        HttpResponse<String> r = get(root + ".well-known/void", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        var model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(model);
        var ds = model.getResource(org.papergraph.rdf.VoidDescription.DATASET);
        long triples = ds.getProperty(model.createProperty(org.papergraph.rdf.VoidDescription.VOID, "triples")).getLong();
        assertEquals(store.quadCount(), triples);
        assertTrue(ds.hasProperty(model.createProperty(org.papergraph.rdf.VoidDescription.VOID, "sparqlEndpoint"),
                model.createResource(root + "papergraph/sparql")));
        // Entities per class: the papers are counted.
        long papers = model.listObjectsOfProperty(ds, model.createProperty(org.papergraph.rdf.VoidDescription.VOID, "classPartition"))
                .toList().stream().map(n -> n.asResource())
                .filter(p -> p.hasProperty(model.createProperty(org.papergraph.rdf.VoidDescription.VOID, "class"), model.createResource(PG.Paper.getURI())))
                .mapToLong(p -> p.getProperty(model.createProperty(org.papergraph.rdf.VoidDescription.VOID, "entities")).getLong()).sum();
        assertEquals(store.paperCount(), papers);
    }

    @Test
    void theQueryPageIsServedAndTheAdminEndpointsAreReadOnly() throws Exception {
        HttpResponse<String> page = get(root, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<div id=\"app\">") || page.body().toLowerCase().contains("fuseki"), page.body());
        assertEquals(200, get(root + "$/datasets", "application/json").statusCode());
        var create = java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "$/datasets?dbName=intruder&dbType=mem"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        assertEquals(403, ServedCorpus.HTTP.send(create, HttpResponse.BodyHandlers.ofString()).statusCode());
        var delete = java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "$/datasets/papergraph")).DELETE().build();
        assertEquals(403, ServedCorpus.HTTP.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertFalse(get(root + "$/datasets", "application/json").body().contains("intruder"));
        assertEquals(200, get(root + "$/ping", null).statusCode());
    }

    @Test
    void theRowCapLowersALargerLimit() throws Exception {
        JsonNode rows = bindings(query(server.queryUrl(), "SELECT * { ?s ?p ?o } LIMIT 50000", "application/sparql-results+json"));
        assertEquals(10_000, rows.size());
    }

    @Test
    void theGraphStoreGivesTheUnionAsDefaultGraphAndTheWholeDatasetAsDump() throws Exception {
        HttpResponse<String> union = get(root + "papergraph/data?default", "application/n-triples");
        assertEquals(200, union.statusCode(), union.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(union.body(), Lang.NTRIPLES).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(paperIri), RDF.type.asNode(), PG.Paper));
        HttpResponse<String> dump = get(root + "papergraph/data", "application/n-quads");
        assertEquals(200, dump.statusCode());
        var back = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.fromString(dump.body(), Lang.NQUADS).parse(back);
        assertEquals(store.quadCount(), back.stream().count());
    }

    @Test
    void resultAndEvidenceIrisResolveToo() throws Exception {
        JsonNode row = bindings(query(server.queryUrl(), """
                PREFIX pg: <https://w3id.org/papergraph/ns#>
                SELECT ?r ?e { ?r a pg:Result ; pg:evidence ?e } ORDER BY ?r LIMIT 1""", "application/sparql-results+json")).get(0);
        for (String iri : new String[] {row.path("r").path("value").asText(), row.path("e").path("value").asText()}) {
            HttpResponse<String> r = get(local(iri), "application/n-triples");
            assertEquals(200, r.statusCode(), iri);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
            assertTrue(g.contains(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY), iri + "\n" + r.body());
        }
        HttpResponse<String> page = get(local(row.path("r").path("value").asText()), "text/html");
        assertTrue(page.body().contains("id=\"results\""), "a result's page shows the result");
    }
}
