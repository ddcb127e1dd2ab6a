package org.papergraph.rdf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.Concept;
import org.papergraph.model.EntityType;
import org.papergraph.extract.Lexicon;

/**
 * Reads the SKOS vocabulary of known entities, {@code ontology/vocabulary/<scheme>.ttl} for each entity
 * type's scheme, into a {@link Lexicon}. A missing scheme file fails fast.
 */
public final class SkosVocabulary {
    public static final String FOLDER = "ontology/vocabulary/";
    private static final org.apache.jena.rdf.model.Property STANDALONE =
            org.apache.jena.rdf.model.ResourceFactory.createProperty(PG.NS + "standalone");

    private SkosVocabulary() {
    }

    /** All scheme files parsed into one model (also what is loaded into the store's vocabulary graph). */
    public static Model model(ProjectFiles files) {
        Model model = ModelFactory.createDefaultModel();
        for (EntityType type : EntityType.values()) {
            String path = FOLDER + type.scheme() + ".ttl";
            try (InputStream in = files.open(path)) {
                RDFParser.source(in).lang(Lang.TURTLE).base(PG.ID).parse(model);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read " + files.describe(path) + ": " + e.getMessage(), e);
            } catch (org.apache.jena.riot.RiotException e) {
                throw new IllegalStateException(files.describe(path) + ": " + e.getMessage(), e);
            }
        }
        return model;
    }

    public static Lexicon lexicon(ProjectFiles files) {
        return lexicon(model(files));
    }

    public static Lexicon lexicon(Model model) {
        List<Concept> concepts = new ArrayList<>();
        model.listResourcesWithProperty(RDF.type, SKOS.Concept).forEachRemaining(c -> {
            Resource scheme = c.getPropertyResourceValue(SKOS.inScheme);
            EntityType type = scheme == null ? null : typeOfScheme(scheme.getURI());
            Statement pref = c.getProperty(SKOS.prefLabel);
            if (type == null || pref == null) {
                throw new IllegalStateException("vocabulary concept " + c + " needs skos:inScheme one of the five schemes and a skos:prefLabel");
            }
            List<String> alts = new ArrayList<>();
            c.listProperties(SKOS.altLabel).forEachRemaining(s -> alts.add(s.getString()));
            c.listProperties(SKOS.hiddenLabel).forEachRemaining(s -> alts.add(s.getString()));
            RDFNode broader = c.getPropertyResourceValue(SKOS.broader);
            Statement standalone = c.getProperty(STANDALONE);
            concepts.add(new Concept(c.getURI(), type, pref.getString(), List.copyOf(alts),
                    broader == null ? null : broader.asResource().getURI(), standalone == null || standalone.getBoolean()));
        });
        return new Lexicon(concepts);
    }

    /** Scheme IRIs end in the type's scheme name: {@code …/vocab/datasets}. */
    static EntityType typeOfScheme(String schemeIri) {
        String lower = schemeIri.toLowerCase(Locale.ROOT);
        for (EntityType t : EntityType.values()) {
            if (lower.endsWith("/" + t.scheme()) || lower.endsWith("#" + t.scheme())) return t;
        }
        return null;
    }
}
