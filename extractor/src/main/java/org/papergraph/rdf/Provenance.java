package org.papergraph.rdf;

import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** PROV-O description of an extraction run: which extractor version ran, when, on what. */
public final class Provenance {
    private static final String PROV = "http://www.w3.org/ns/prov#";

    private Provenance() {
    }

    public static Model run(String version, Instant started, Instant ended, List<String> inputs, long papers) {
        Model m = ModelFactory.createDefaultModel();
        Resource agent = m.createResource(Iris.extractor(version))
                .addProperty(RDF.type, m.createResource(PG.Extractor.getURI()))
                .addProperty(RDF.type, m.createResource(PROV + "SoftwareAgent"))
                .addProperty(RDFS.label, "papergraph extractor " + version)
                .addProperty(OWL.versionInfo, version);
        Resource run = m.createResource(Iris.run(started.toString()))
                .addProperty(RDF.type, m.createResource(PG.ExtractionRun.getURI()))
                .addProperty(RDF.type, m.createResource(PROV + "Activity"))
                .addProperty(RDFS.label, "papergraph load of " + papers + " papers")
                .addProperty(m.createProperty(PROV, "startedAtTime"), m.createTypedLiteral(started.toString(), XSDDatatype.XSDdateTime))
                .addProperty(m.createProperty(PROV, "endedAtTime"), m.createTypedLiteral(ended.toString(), XSDDatatype.XSDdateTime))
                .addProperty(m.createProperty(PROV, "wasAssociatedWith"), agent);
        for (String input : inputs) run.addProperty(DCTerms.source, input);
        return m;
    }
}
