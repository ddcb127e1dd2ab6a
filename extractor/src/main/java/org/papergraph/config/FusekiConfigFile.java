package org.papergraph.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code fuseki-config/papergraph.ttl}: the assembler description of the dataset (TDB2 wrapped by a
 * jena-text index) and the Fuseki description of the service. The file names a database folder, as a stock
 * Fuseki expects; {@link #forDatabase(Path)} points a copy at another folder, so that the same file serves
 * whatever {@code --db} says. Immutable; thread-safe.
 */
public final class FusekiConfigFile {
    public static final String PATH = "fuseki-config/papergraph.ttl";

    public static final String FUSEKI = "http://jena.apache.org/fuseki#";
    public static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    public static final String TEXT = "http://jena.apache.org/text#";
    /** Relative IRIs of the file ({@code <#service>}) resolve against this. */
    private static final String BASE = "file:///papergraph/" + PATH;

    private final Model model;
    private final String source;

    private FusekiConfigFile(Model model, String source) {
        this.model = model;
        this.source = source;
    }

    public static FusekiConfigFile read(ProjectFiles files) {
        Model model = ModelFactory.createDefaultModel();
        String source = files.describe(PATH);
        try (InputStream in = files.open(PATH)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(model);
        } catch (RiotException e) {
            throw new IllegalStateException(source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
        return new FusekiConfigFile(model, source);
    }

    /** Where the configuration was read from, for messages. */
    public String source() {
        return source;
    }

    /** The configuration itself; callers must not change it. */
    public Model model() {
        return model;
    }

    /** The one {@code fuseki:Service}. */
    public Resource service() {
        List<Resource> services = model.listResourcesWithProperty(RDF.type, model.createResource(FUSEKI + "Service")).toList();
        if (services.isEmpty()) throw new IllegalStateException(source + ": no fuseki:Service");
        if (services.size() != 1) {
            throw new IllegalStateException(source + ": expected one fuseki:Service, found " + services.size());
        }
        return services.get(0);
    }

    /** The dataset the service serves (the text dataset). */
    public Resource dataset() {
        Statement st = service().getProperty(property(FUSEKI, "dataset"));
        if (st == null || !st.getObject().isResource()) throw new IllegalStateException(source + ": the service has no fuseki:dataset");
        return st.getResource();
    }

    /**
     * A copy whose TDB2 location is {@code db} and whose Lucene folder is moved along with it: a text
     * directory inside the configured database folder stays at the same place inside {@code db}.
     */
    public FusekiConfigFile forDatabase(Path db) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        copy.setNsPrefixes(model.getNsPrefixMap());
        Property location = copy.createProperty(TDB2, "location");
        Property directory = copy.createProperty(TEXT, "directory");
        Path absolute = db.toAbsolutePath().normalize();
        String configured = null;
        for (Statement st : copy.listStatements(null, location, (String) null).toList()) {
            configured = st.getString();
            st.changeObject(absolute.toString());
        }
        if (configured == null) throw new IllegalStateException(source + ": no tdb2:location");
        for (Statement st : copy.listStatements(null, directory, (String) null).toList()) {
            String dir = st.getObject().isLiteral() ? st.getString() : st.getResource().getURI();
            if ("mem".equals(dir)) continue;
            String inside = dir.startsWith(configured + "/") ? dir.substring(configured.length() + 1) : Path.of(dir).getFileName().toString();
            st.changeObject(absolute.resolve(inside).toString());
        }
        return new FusekiConfigFile(copy, source);
    }

    /** The Lucene folder of the text index (after {@link #forDatabase}). */
    public Path textIndexDirectory() {
        Property directory = model.createProperty(TEXT, "directory");
        Statement st = model.listStatements(null, directory, (String) null).nextOptional()
                .orElseThrow(() -> new IllegalStateException(source + ": no text:directory"));
        return Path.of(st.getString());
    }

    private Property property(String ns, String local) {
        return model.createProperty(ns, local);
    }
}
