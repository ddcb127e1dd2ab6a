package org.papergraph.server;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.rdf.PG;

/**
 * The HTML page of a resource: its name, types, the papers that mention it, related entities, its results
 * with their evidence sentences, its other facts, and links to the data in each format. The page is a
 * Mustache template ({@code papergraph/templates/resource.mustache}) filled from the resource's
 * {@link Descriptions description}; links to nodes of the graph go to this server ({@code links}). Thread-safe:
 * the compiled template is shared and the page data is built per request.
 */
final class ResourcePage {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("papergraph/templates").compile("resource.mustache");
    private static final int RELATED = 12;

    private ResourcePage() {
    }

    /**
     * Renders the page of {@code iri}. {@code links} maps a node IRI to the address a browser should follow;
     * {@code formats} the links to the data of this IRI in each RDF format. Call inside a read transaction.
     */
    static void render(DatasetGraph dsg, Node iri, Graph g, Function<String, String> links, List<Map<String, String>> formats,
                       String queryPage, Writer out) {
        PrefixMapping prefixes = g.getPrefixMapping();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("iri", iri.getURI());
        page.put("title", name(g, iri).orElse(prefixes.shortForm(iri.getURI())));
        page.put("types", g.find(iri, RDF.type.asNode(), Node.ANY).mapWith(t -> link(g, t.getObject(), links)).toList());
        text(g, iri, DCTerms.abstract_.asNode()).ifPresent(a -> page.put("abstract", a));
        text(g, iri, PG.sentenceText).ifPresent(a -> page.put("sentence", a));

        List<Map<String, String>> papers = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, PG.mentions, iri).toList()) papers.add(link(g, t.getSubject(), links));
        papers.sort(Comparator.comparing(m -> m.get("text")));
        if (!papers.isEmpty()) page.put("papers", Map.of("items", papers));

        Map<String, List<Map<String, String>>> byType = new TreeMap<>();
        for (Triple t : g.find(iri, PG.mentions, Node.ANY).toList()) {
            Node type = first(g, t.getObject(), RDF.type.asNode());
            byType.computeIfAbsent(type == null ? "Entity" : type.getLocalName(), k -> new ArrayList<>()).add(link(g, t.getObject(), links));
        }
        if (!byType.isEmpty()) {
            List<Map<String, Object>> groups = new ArrayList<>();
            byType.forEach((type, list) -> {
                list.sort(Comparator.comparing(m -> m.get("text")));
                groups.add(Map.of("type", type, "entities", list));
            });
            page.put("mentions", Map.of("items", groups));
        }
        List<Map<String, String>> related = related(dsg, iri, links);
        if (!related.isEmpty()) page.put("related", Map.of("items", related));

        List<Map<String, Object>> results = new ArrayList<>();
        for (Node result : g.find(Node.ANY, RDF.type.asNode(), PG.Result).mapWith(Triple::getSubject).toList()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("link", link(g, result, links));
            text(g, result, PG.statedAs).ifPresent(s -> r.put("statedAs", s));
            r.put("value", text(g, result, PG.value).orElse("") + text(g, result, PG.unit).map(u -> " " + u).orElse(""));
            List<Map<String, String>> roles = new ArrayList<>();
            for (Node role : List.of(PG.subject, PG.metric, PG.dataset, PG.baseline, PG.reportedIn)) {
                Node o = first(g, result, role);
                if (o != null) roles.add(Map.of("role", role.getLocalName(), "text", link(g, o, links).get("text"), "href", links.apply(o.getURI())));
            }
            r.put("roles", roles);
            Node evidence = first(g, result, PG.evidence);
            if (evidence != null) text(g, evidence, PG.sentenceText).ifPresent(s -> r.put("evidence", s));
            results.add(r);
        }
        if (!results.isEmpty()) page.put("results", Map.of("items", results));

        List<Map<String, Object>> facts = new ArrayList<>();
        Map<Node, List<Map<String, String>>> byProperty = new LinkedHashMap<>();
        for (Triple t : g.find(iri, Node.ANY, Node.ANY).toList()) {
            if (t.getPredicate().equals(PG.mentions) || t.getPredicate().equals(DCTerms.abstract_.asNode())) continue;
            Node o = t.getObject();
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>())
                    .add(o.isURI() ? link(g, o, links) : Map.of("text", o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()));
        }
        byProperty.forEach((p, values) -> facts.add(Map.of("property", prefixes.shortForm(p.getURI()), "propertyIri", p.getURI(), "values", values)));
        page.put("facts", facts);
        page.put("formats", formats);
        page.put("queryPage", queryPage);
        try {
            TEMPLATE.execute(out, page).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entities mentioned in the same papers, most shared papers first. */
    private static List<Map<String, String>> related(DatasetGraph dsg, Node iri, Function<String, String> links) {
        String query = """
                PREFIX pg: <https://w3id.org/papergraph/ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?other (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?paper) AS ?n) WHERE {
                  ?paper pg:mentions <%s>, ?other . FILTER(?other != <%s>) ?other rdfs:label ?l
                } GROUP BY ?other ORDER BY DESC(?n) ?label LIMIT %d""".formatted(iri.getURI(), iri.getURI(), RELATED);
        List<Map<String, String>> out = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
            exec.execSelect().forEachRemaining((QuerySolution s) -> out.add(Map.of(
                    "text", s.getLiteral("label").getLexicalForm(),
                    "href", links.apply(s.getResource("other").getURI()),
                    "count", String.valueOf(s.getLiteral("n").getLong()))));
        }
        return out;
    }

    private static Map<String, String> link(Graph g, Node n, Function<String, String> links) {
        String text = name(g, n).orElse(n.isURI() ? g.getPrefixMapping().shortForm(n.getURI()) : n.toString());
        return n.isURI() ? Map.of("text", text, "href", links.apply(n.getURI()), "iri", n.getURI()) : Map.of("text", text);
    }

    private static java.util.Optional<String> name(Graph g, Node n) {
        for (Node p : List.of(DCTerms.title.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode())) {
            java.util.Optional<String> t = text(g, n, p);
            if (t.isPresent()) return t;
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> text(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        return o != null && o.isLiteral() ? java.util.Optional.of(o.getLiteralLexicalForm()) : java.util.Optional.empty();
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }
}
