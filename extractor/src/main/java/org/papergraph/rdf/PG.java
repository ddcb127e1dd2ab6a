package org.papergraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.papergraph.model.EntityType;
import org.papergraph.model.ResultKind;

/** Terms of the papergraph ontology ({@code ontology/papergraph.ttl}) and the IRI scheme of its data. */
public final class PG {
    public static final String NS = "https://w3id.org/papergraph/ns#";
    /** Base of the IRIs of papers, entities, results and graphs. */
    public static final String ID = "https://w3id.org/papergraph/id/";
    /** The named graph that holds the ontology and the SKOS vocabulary in the store. */
    public static final String VOCABULARY_GRAPH = ID + "graph/vocabulary";
    /** The named graph that records the latest extraction run (PROV-O). */
    public static final String PROVENANCE_GRAPH = ID + "graph/provenance";

    public static final Node Paper = term("Paper");
    public static final Node Method = term("Method");
    public static final Node Model = term("Model");
    public static final Node Dataset = term("Dataset");
    public static final Node Metric = term("Metric");
    public static final Node Task = term("Task");
    public static final Node Result = term("Result");
    public static final Node Evidence = term("Evidence");
    public static final Node Extractor = term("Extractor");
    public static final Node ExtractionRun = term("ExtractionRun");

    public static final Node mentions = term("mentions");
    public static final Node proposes = term("proposes");
    public static final Node uses = term("uses");
    public static final Node evaluatesOn = term("evaluatesOn");
    public static final Node addresses = term("addresses");
    public static final Node measures = term("measures");
    public static final Node reports = term("reports");
    public static final Node authorCount = term("authorCount");
    public static final Node upvotes = term("upvotes");
    public static final Node arxivId = term("arxivId");

    /** The Bibliographic Ontology (BIBO), whose DOI and ordered author list dblp and most bibliographic graphs use. */
    public static final String BIBO = "http://purl.org/ontology/bibo/";
    public static final Node biboDoi = NodeFactory.createURI(BIBO + "doi");
    public static final Node biboAuthorList = NodeFactory.createURI(BIBO + "authorList");
    public static final Node titleKey = term("titleKey");
    public static final Node nameKey = term("nameKey");

    public static final Node value = term("value");
    public static final Node unit = term("unit");
    public static final Node kind = term("kind");
    public static final Node qualifier = term("qualifier");
    public static final Node confidence = term("confidence");
    public static final Node metric = term("metric");
    public static final Node subject = term("subject");
    public static final Node dataset = term("dataset");
    public static final Node baseline = term("baseline");
    public static final Node statedAs = term("statedAs");
    public static final Node reportedIn = term("reportedIn");
    public static final Node evidence = term("evidence");
    public static final Node sentenceText = term("sentenceText");
    public static final Node startOffset = term("startOffset");
    public static final Node endOffset = term("endOffset");

    private PG() {
    }

    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    public static Node classOf(EntityType type) {
        return switch (type) {
            case METHOD -> Method;
            case MODEL -> Model;
            case DATASET -> Dataset;
            case METRIC -> Metric;
            case TASK -> Task;
        };
    }

    /** The individual of the ResultKind class for a kind, e.g. {@code pg:Increase}. */
    public static Node kind(ResultKind kind) {
        String label = kind.label();
        return term(Character.toUpperCase(label.charAt(0)) + label.substring(1));
    }
}
