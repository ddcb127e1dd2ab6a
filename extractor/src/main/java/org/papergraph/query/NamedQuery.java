package org.papergraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.papergraph.config.ProjectFiles;

/**
 * A SPARQL query of {@code queries/} with the parameters its header declares. The header is the comment
 * block at the top of the file:
 *
 * <pre>
 * # One line or more saying what the query lists.
 * #
 * # Parameters:
 * #   ?datasetName  the dataset (default: "GLUE")
 * #   ?metricName   only this metric (default: any)
 * #
 * # Example: papergraph query leaderboard --db papergraph-db --param datasetName=glue
 * </pre>
 *
 * A parameter is a variable of the query; {@link #bindings} turns given text into RDF terms (typed like
 * the default: an integer default takes integers, anything else a plain string) which are substituted
 * into the parsed query by Jena ({@code substitution}), never spliced into the query text. A parameter
 * whose default is {@code any} stays unbound unless given. Immutable and thread-safe.
 */
public final class NamedQuery {
    public static final String FOLDER = "queries";

    /** A declared parameter; {@code defaultValue} is null when it stays unbound by default. */
    public record Parameter(String name, String description, Node defaultValue) {
    }

    private static final Pattern PARAMETER = Pattern.compile("^\\?(\\w+)\\s+(.*?)\\s*\\(default:\\s*(.+)\\)\\s*$");
    private static final Pattern EXAMPLE_PARAM = Pattern.compile("--param\\s+(\\w+)=(\"[^\"]*\"|\\S+)");

    private final String name;
    private final String description;
    private final List<Parameter> parameters;
    private final String example;
    private final Query query;

    private NamedQuery(String name, String description, List<Parameter> parameters, String example, Query query) {
        this.name = name;
        this.description = description;
        this.parameters = List.copyOf(parameters);
        this.example = example;
        this.query = query;
    }

    /**
     * Parses a query file's text. {@code source} names it in messages (a path or {@code queries/NAME.rq}).
     *
     * @throws IllegalArgumentException with the source and line of a malformed header or query
     */
    public static NamedQuery parse(String name, String source, String text) {
        List<String> lines = text.lines().toList();
        StringBuilder description = new StringBuilder();
        List<Parameter> parameters = new ArrayList<>();
        String example = null;
        boolean inParameters = false;
        for (int i = 0; i < lines.size() && lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i).substring(1).strip();
            if (line.isEmpty()) {
                inParameters = false;
            } else if (line.startsWith("Parameters:")) {
                inParameters = !line.substring("Parameters:".length()).strip().equals("none");
            } else if (line.startsWith("Example:")) {
                example = line.substring("Example:".length()).strip();
            } else if (inParameters) {
                Matcher m = PARAMETER.matcher(line);
                if (!m.matches()) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": a parameter is written '?name  what it is (default: VALUE)', got: " + line);
                }
                parameters.add(new Parameter(m.group(1), m.group(2), defaultValue(m.group(3).strip(), source, i + 1)));
            } else if (parameters.isEmpty() && example == null) {
                if (description.length() > 0) description.append(' ');
                description.append(line);
            }
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(source + ":" + e.getLine() + ": " + e.getMessage(), e);
        }
        for (Parameter p : parameters) {
            if (!text.contains("?" + p.name())) {
                throw new IllegalArgumentException(source + ": parameter ?" + p.name() + " is declared but the query does not use it");
            }
        }
        return new NamedQuery(name, description.toString(), parameters, example, query);
    }

    private static Node defaultValue(String text, String source, int line) {
        if (text.equals("any")) return null;
        try {
            return NodeFactoryExtra.parseNode(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ":" + line + ": the default " + text + " is not an RDF term (write \"text\", a number or 'any')", e);
        }
    }

    /** A named query of {@code queries/}, or a {@code .rq} file on disk. */
    public static NamedQuery load(ProjectFiles project, String nameOrFile) throws IOException {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(file)) {
            String fileName = file.getFileName().toString();
            return parse(fileName.substring(0, fileName.length() - 3), file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        String name = nameOrFile.endsWith(".rq") ? nameOrFile.substring(0, nameOrFile.length() - 3) : nameOrFile;
        String path = FOLDER + "/" + name + ".rq";
        if (!project.exists(path)) {
            throw new UnknownQueryException("no query file " + nameOrFile + " and no named query \"" + name + "\"; named queries: "
                    + String.join(", ", names(project)));
        }
        try (InputStream in = project.open(path)) {
            return parse(name, project.describe(path), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The names of the queries of {@code queries/}, sorted. */
    public static List<String> names(ProjectFiles project) {
        return project.list(FOLDER, ".rq").stream().map(n -> n.substring(0, n.length() - 3)).toList();
    }

    /**
     * The terms to substitute for the parameters: the given values (text, typed like the parameter's
     * default) and the defaults of the others; parameters left at {@code any} are absent.
     *
     * @throws IllegalArgumentException for a name that is not a parameter or a value of the wrong type
     */
    public Map<String, Node> bindings(Map<String, String> given) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String key : given.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(key))) {
                throw new IllegalArgumentException("query " + name + " has no parameter " + key + "; its parameters: "
                        + (parameters.isEmpty() ? "none" : String.join(", ", parameters.stream().map(Parameter::name).toList())));
            }
        }
        for (Parameter p : parameters) {
            String value = given.get(p.name());
            if (value != null) out.put(p.name(), term(p, value));
            else if (p.defaultValue() != null) out.put(p.name(), p.defaultValue());
        }
        return out;
    }

    private Node term(Parameter p, String value) {
        Node d = p.defaultValue();
        if (d != null && d.isLiteral() && XSDDatatype.XSDinteger.getURI().equals(d.getLiteralDatatypeURI())) {
            if (!value.strip().matches("-?\\d+")) {
                throw new IllegalArgumentException("parameter " + p.name() + " of query " + name + " takes a whole number, got \"" + value + "\"");
            }
            return NodeFactory.createLiteralDT(value.strip(), XSDDatatype.XSDinteger);
        }
        return NodeFactory.createLiteralString(value);
    }

    /** The {@code --param} values of the header's example call. */
    public Map<String, String> exampleParameters() {
        Map<String, String> out = new LinkedHashMap<>();
        if (example == null) return out;
        Matcher m = EXAMPLE_PARAM.matcher(example);
        while (m.find()) {
            String v = m.group(2);
            out.put(m.group(1), v.startsWith("\"") ? v.substring(1, v.length() - 1) : v);
        }
        return out;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The example call of the header, or null. */
    public String example() {
        return example;
    }

    /** The parsed query (shared: do not modify). */
    public Query query() {
        return query;
    }

    public static Var var(String name) {
        return Var.alloc(name);
    }

    /** A query name is not found. */
    public static final class UnknownQueryException extends IllegalArgumentException {
        public UnknownQueryException(String message) {
            super(message);
        }
    }
}
