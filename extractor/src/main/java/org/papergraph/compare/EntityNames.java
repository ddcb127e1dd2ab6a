package org.papergraph.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.papergraph.query.SparqlSource;
import org.papergraph.rdf.PG;

/**
 * The names of one kind of entity as the graph knows them: every {@code rdfs:label}, {@code skos:prefLabel}
 * and {@code skos:altLabel} of the entities of the papers and of the vocabulary's concepts. A name matches
 * whatever its case and spacing, so {@code imagenet}, {@code ImageNet} and {@code IMAGENET} are one.
 * Immutable once read; thread-safe.
 */
public final class EntityNames {
    /** The kinds of entity a comparison names, with their classes and vocabulary schemes. */
    public enum Kind {
        DATASET("dataset", List.of("Dataset"), List.of("datasets")),
        METRIC("metric", List.of("Metric"), List.of("metrics")),
        TASK("task", List.of("Task"), List.of("tasks")),
        METHOD("method or model", List.of("Method", "Model"), List.of("methods", "models"));

        final String noun;
        final List<String> classes;
        final List<String> schemes;

        Kind(String noun, List<String> classes, List<String> schemes) {
            this.noun = noun;
            this.classes = classes;
            this.schemes = schemes;
        }
    }

    private static final Query LABELS = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?e ?label WHERE {
              { ?e a ?class } UNION { ?e skos:inScheme ?scheme }
              ?e rdfs:label|skos:prefLabel|skos:altLabel ?label .
              FILTER(isIRI(?e))
            }""");

    private static final int CLOSEST = 5;

    private final Kind kind;
    /** Normalized name → the IRIs it names. */
    private final Map<String, Set<String>> byName = new TreeMap<>();
    /** Normalized name → a spelling to show. */
    private final Map<String, String> shown = new TreeMap<>();

    private EntityNames(Kind kind) {
        this.kind = kind;
    }

    public static EntityNames read(SparqlSource source, Kind kind) {
        EntityNames names = new EntityNames(kind);
        for (int i = 0; i < kind.classes.size(); i++) {
            Map<String, Node> bindings = Map.of(
                    "class", PG.term(kind.classes.get(i)),
                    "scheme", NodeFactory.createURI("https://w3id.org/papergraph/vocab/" + kind.schemes.get(i)));
            source.select(LABELS, bindings).forEachRemaining(b -> {
                String label = b.get("label").getLiteralLexicalForm();
                String key = normalize(label);
                names.byName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(b.get("e").getURI());
                names.shown.merge(key, label, (a, c) -> a.compareTo(c) <= 0 ? a : c);
            });
        }
        return names;
    }

    static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The IRIs of the entities called {@code name}.
     *
     * @throws UnknownNameException naming the closest known names when there is none
     */
    public Set<String> resolve(String name) {
        Set<String> iris = byName.get(normalize(name));
        if (iris != null) return iris;
        throw new UnknownNameException("unknown " + kind.noun + " \"" + name + "\""
                + (byName.isEmpty() ? "; the graph has none" : "; the closest known names: " + String.join(", ", closest(name))));
    }

    /** The known names nearest to {@code name}: by edit distance, names that contain it first. */
    public List<String> closest(String name) {
        String key = normalize(name);
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        List<String> keys = new ArrayList<>(byName.keySet());
        keys.sort(Comparator.<String>comparingInt(k -> k.contains(key) || key.contains(k) ? 0 : 1)
                .thenComparingInt(k -> distance.apply(key, k))
                .thenComparing(Comparator.naturalOrder()));
        return keys.stream().limit(CLOSEST).map(shown::get).toList();
    }

    /** A name the graph does not know. */
    public static final class UnknownNameException extends IllegalArgumentException {
        public UnknownNameException(String message) {
            super(message);
        }
    }
}
