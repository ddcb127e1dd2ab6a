package org.papergraph.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.papergraph.query.SparqlSource;

/**
 * Compares methods across papers: the results reported on a dataset (or by a method), as a leaderboard of
 * absolute scores per metric, best first by the metric's direction ({@code pg:higherIsBetter} on the
 * metric's concept; a metric without one is ranked higher-is-better and shown as "unknown"), and the
 * relative results (increases, decreases, speed-ups) apart, with their baselines. Results that disagree
 * (the same subject, dataset, metric, kind and unit, and for a change the same baseline, with different
 * values) are flagged as conflicts.
 *
 * <p>Everything is read with SPARQL from a {@link SparqlSource}, so a local database and an endpoint give
 * the same rows. Names are resolved with {@link EntityNames}; variants (skos:broader) of a dataset,
 * metric, task or method count for it. Stateless; thread-safe.
 */
public final class Comparison {
    /** What to compare; null fields are not constrained. At least a dataset or a method. */
    public record Request(String dataset, String metric, String task, String method) {
        public Request {
            if (dataset == null && method == null) throw new IllegalArgumentException("give a dataset or a method to compare");
        }
    }

    /** The rows of a comparison: the leaderboard first (by metric, then rank), then the relative results. */
    public record Outcome(Request request, List<ComparisonRow> rows) {
        public List<ComparisonRow> leaderboard() {
            return rows.stream().filter(r -> r.section() == ComparisonRow.Section.LEADERBOARD).toList();
        }

        public List<ComparisonRow> relative() {
            return rows.stream().filter(r -> r.section() == ComparisonRow.Section.RELATIVE).toList();
        }

        public long conflicts() {
            return rows.stream().filter(ComparisonRow::conflict).count();
        }
    }

    private static final String PREFIXES = """
            PREFIX pg:      <https://w3id.org/papergraph/ns#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
            """;

    private static final String RESULTS = PREFIXES + """
            SELECT ?result ?value ?unit ?kind ?qualifier ?subject ?subjectLabel ?metric ?metricLabel ?higher
                   ?d ?datasetLabel ?baseline ?baselineLabel ?paper ?title ?date ?page ?sentence
            WHERE {
              %s
              ?result pg:value ?value ; pg:kind ?kind ; pg:reportedIn ?paper ; pg:evidence ?evidence .
              ?paper dcterms:title ?title .
              ?evidence pg:sentenceText ?sentence .
              OPTIONAL { ?paper dcterms:date ?date }
              OPTIONAL { ?paper foaf:page ?page }
              OPTIONAL { ?result pg:unit ?unit }
              OPTIONAL { ?result pg:qualifier ?qualifier }
              OPTIONAL { ?result pg:subject ?subject . ?subject rdfs:label ?subjectLabel }
              OPTIONAL { ?result pg:metric ?metric . ?metric rdfs:label ?metricLabel
                         OPTIONAL { ?metric pg:higherIsBetter ?higher } }
              OPTIONAL { ?result pg:dataset ?d . ?d rdfs:label ?datasetLabel }
              OPTIONAL { ?result pg:baseline ?baseline . ?baseline rdfs:label ?baselineLabel }
            }""";

    /** Results on a dataset or one of its variants; ?target is the dataset. */
    private static final Query ON_DATASET = QueryFactory.create(RESULTS.formatted("?d skos:broader* ?target . ?result pg:dataset ?d ."));
    /** Results of a method or one of its variants; ?target is the method. */
    private static final Query OF_METHOD = QueryFactory.create(RESULTS.formatted("?subject skos:broader* ?target . ?result pg:subject ?subject ."));
    /** An entity and its variants. */
    private static final Query NARROWER = QueryFactory.create(PREFIXES + "SELECT DISTINCT ?x WHERE { ?x skos:broader* ?target }");
    /** Papers that mention a task or one of its narrower tasks. */
    private static final Query PAPERS_OF_TASK = QueryFactory.create(PREFIXES
            + "SELECT DISTINCT ?x WHERE { ?t skos:broader* ?target . ?x pg:mentions ?t }");

    private static final String ABSOLUTE = "https://w3id.org/papergraph/ns#Absolute";

    private Comparison() {
    }

    /**
     * Runs a comparison.
     *
     * @throws EntityNames.UnknownNameException when a name is not known, with the closest known names
     */
    public static Outcome run(SparqlSource source, Request request) {
        Set<String> datasets = request.dataset() == null ? null : EntityNames.read(source, EntityNames.Kind.DATASET).resolve(request.dataset());
        Set<String> methods = request.method() == null ? null : EntityNames.read(source, EntityNames.Kind.METHOD).resolve(request.method());
        Set<String> metrics = request.metric() == null ? null : EntityNames.read(source, EntityNames.Kind.METRIC).resolve(request.metric());
        Set<String> tasks = request.task() == null ? null : EntityNames.read(source, EntityNames.Kind.TASK).resolve(request.task());

        Map<String, ComparisonRow> byResult = new TreeMap<>();
        if (datasets != null) {
            for (String d : datasets) collect(source, ON_DATASET, d, byResult);
        } else {
            for (String m : methods) collect(source, OF_METHOD, m, byResult);
        }
        List<ComparisonRow> rows = flagConflicts(new ArrayList<>(byResult.values()));

        Set<String> subjects = datasets != null && methods != null ? expand(source, NARROWER, methods) : null;
        Set<String> metricIris = metrics == null ? null : expand(source, NARROWER, metrics);
        Set<String> papers = tasks == null ? null : expand(source, PAPERS_OF_TASK, tasks);
        rows.removeIf(r -> (subjects != null && !subjects.contains(r.subjectIri()))
                || (metricIris != null && !metricIris.contains(r.metricIri()))
                || (papers != null && !papers.contains(r.paperIri())));
        return new Outcome(request, arrange(rows));
    }

    private static void collect(SparqlSource source, Query query, String target, Map<String, ComparisonRow> byResult) {
        source.select(query, Map.of("target", NodeFactory.createURI(target))).forEachRemaining(b -> {
            ComparisonRow row = row(b);
            // An entity named differently in two papers has two labels: keep one row, the first label.
            byResult.merge(row.resultIri(), row, (a, c) -> key(a).compareTo(key(c)) <= 0 ? a : c);
        });
    }

    private static String key(ComparisonRow r) {
        return Objects.toString(r.subject(), "") + "\u0000" + Objects.toString(r.metric(), "") + "\u0000"
                + Objects.toString(r.dataset(), "") + "\u0000" + Objects.toString(r.baseline(), "");
    }

    private static Set<String> expand(SparqlSource source, Query query, Set<String> targets) {
        Set<String> out = new HashSet<>();
        for (String t : targets) {
            source.select(query, Map.of("target", NodeFactory.createURI(t))).forEachRemaining(b -> out.add(b.get("x").getURI()));
        }
        return out;
    }

    private static ComparisonRow row(Binding b) {
        Node higher = b.get("higher");
        String kindIri = b.get("kind").getURI();
        return new ComparisonRow(
                kindIri.equals(ABSOLUTE) ? ComparisonRow.Section.LEADERBOARD : ComparisonRow.Section.RELATIVE, 0,
                text(b, "subjectLabel"), iri(b, "subject"),
                new BigDecimal(b.get("value").getLiteralLexicalForm()), text(b, "unit"),
                kindIri.substring(kindIri.indexOf('#') + 1), text(b, "qualifier"),
                text(b, "metricLabel"), iri(b, "metric"),
                higher == null ? null : Boolean.valueOf(higher.getLiteralLexicalForm()),
                text(b, "datasetLabel"), iri(b, "d"),
                text(b, "baselineLabel"), iri(b, "baseline"),
                text(b, "title"), iri(b, "paper"), text(b, "date"),
                b.get("page") != null ? iri(b, "page") : iri(b, "paper"),
                text(b, "sentence"), iri(b, "result"), false);
    }

    private static String text(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? null : n.getLiteralLexicalForm();
    }

    private static String iri(Binding b, String var) {
        Node n = b.get(var);
        return n == null || !n.isURI() ? null : n.getURI();
    }

    /** The group in which values must agree, or null for a row that cannot conflict. */
    static String conflictGroup(ComparisonRow r) {
        if (r.subjectIri() == null || r.datasetIri() == null || r.metricIri() == null) return null;
        String baseline = r.section() == ComparisonRow.Section.LEADERBOARD ? "" : Objects.toString(r.baselineIri(), "");
        return String.join("\u0000", r.subjectIri(), r.datasetIri(), r.metricIri(), r.kind(), Objects.toString(r.unit(), ""), baseline);
    }

    static List<ComparisonRow> flagConflicts(List<ComparisonRow> rows) {
        Map<String, Set<BigDecimal>> values = new HashMap<>();
        for (ComparisonRow r : rows) {
            String g = conflictGroup(r);
            if (g != null) values.computeIfAbsent(g, k -> new HashSet<>()).add(r.value().stripTrailingZeros());
        }
        List<ComparisonRow> out = new ArrayList<>(rows.size());
        for (ComparisonRow r : rows) {
            String g = conflictGroup(r);
            out.add(r.withConflict(g != null && values.get(g).size() > 1));
        }
        return out;
    }

    /** Leaderboard per metric (by metric name), best first with competition ranks; then the relative results. */
    static List<ComparisonRow> arrange(List<ComparisonRow> rows) {
        Comparator<ComparisonRow> tieBreak = Comparator.comparing((ComparisonRow r) -> Objects.toString(r.subject(), "\uffff"))
                .thenComparing(r -> Objects.toString(r.title(), "")).thenComparing(ComparisonRow::resultIri);
        Map<String, List<ComparisonRow>> byMetric = new TreeMap<>();
        List<ComparisonRow> relative = new ArrayList<>();
        for (ComparisonRow r : rows) {
            if (r.section() == ComparisonRow.Section.LEADERBOARD) {
                byMetric.computeIfAbsent(Objects.toString(r.metric(), "\uffff") + "\u0000" + Objects.toString(r.metricIri(), ""),
                        k -> new ArrayList<>()).add(r);
            } else {
                relative.add(r);
            }
        }
        List<ComparisonRow> out = new ArrayList<>();
        for (List<ComparisonRow> board : byMetric.values()) {
            boolean higher = !Boolean.FALSE.equals(board.get(0).higherIsBetter());
            Comparator<ComparisonRow> byValue = Comparator.comparing(ComparisonRow::value);
            board.sort((higher ? byValue.reversed() : byValue).thenComparing(tieBreak));
            int rank = 0;
            BigDecimal previous = null;
            for (int i = 0; i < board.size(); i++) {
                ComparisonRow r = board.get(i);
                if (previous == null || r.value().compareTo(previous) != 0) rank = i + 1;
                previous = r.value();
                out.add(r.ranked(ComparisonRow.Section.LEADERBOARD, rank));
            }
        }
        relative.sort(Comparator.comparing((ComparisonRow r) -> Objects.toString(r.metric(), "\uffff"))
                .thenComparing(ComparisonRow::kind).thenComparing(Comparator.comparing(ComparisonRow::value).reversed()).thenComparing(tieBreak));
        out.addAll(relative);
        return out;
    }

    /** Rows grouped by metric, in order, for writers that print one leaderboard per metric. */
    static Map<String, List<ComparisonRow>> byMetric(List<ComparisonRow> rows) {
        Map<String, List<ComparisonRow>> out = new LinkedHashMap<>();
        for (ComparisonRow r : rows) out.computeIfAbsent(Objects.toString(r.metric(), "(no metric)"), k -> new ArrayList<>()).add(r);
        return out;
    }
}
