package org.papergraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.papergraph.config.ProjectFiles;

/** The ontology files of {@code ontology/}, read with clear errors. */
public final class OntologyFiles {
    public static final String ONTOLOGY = "ontology/papergraph.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";

    private OntologyFiles() {
    }

    public static Model read(ProjectFiles files, String path) {
        Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        try (InputStream in = files.open(path)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + files.describe(path) + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new IllegalStateException(files.describe(path) + ": " + e.getMessage(), e);
        }
        return model;
    }

    /** The ontology and the SKOS vocabulary, as loaded into the store's vocabulary graph. */
    public static Model ontologyAndVocabulary(ProjectFiles files) {
        Model model = read(files, ONTOLOGY);
        model.add(SkosVocabulary.model(files));
        return NameKeys.addTo(model);
    }
}
