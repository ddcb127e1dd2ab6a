package org.papergraph.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The prefixes papergraph writes and queries with. */
public final class Prefixes {
    private static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("pg", PG.NS);
        ALL.put("paper", PG.ID + "paper/");
        ALL.put("method", PG.ID + "method/");
        ALL.put("model", PG.ID + "model/");
        ALL.put("dataset", PG.ID + "dataset/");
        ALL.put("metric", PG.ID + "metric/");
        ALL.put("task", PG.ID + "task/");
        ALL.put("dcterms", "http://purl.org/dc/terms/");
        ALL.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        ALL.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        ALL.put("skos", "http://www.w3.org/2004/02/skos/core#");
        ALL.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        ALL.put("prov", "http://www.w3.org/ns/prov#");
        ALL.put("foaf", "http://xmlns.com/foaf/0.1/");
        ALL.put("bibo", PG.BIBO);
    }

    private Prefixes() {
    }

    public static void forEach(BiConsumer<String, String> consumer) {
        ALL.forEach(consumer);
    }

}
