package org.papergraph.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.papergraph.config.ProjectFiles;

/**
 * Validates graphs against {@code ontology/shapes.ttl}. The shapes are parsed once; {@link #validate} is
 * thread-safe.
 */
public final class ShapesValidator {
    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static ShapesValidator load(ProjectFiles files) {
        return new ShapesValidator(Shapes.parse(OntologyFiles.read(files, OntologyFiles.SHAPES).getGraph()));
    }

    /** One violation, readable: the node, the property path, the message and the offending value. */
    public record Violation(String focusNode, String path, String message, String value) {
        @Override
        public String toString() {
            return focusNode + " " + path + ": " + message + (value == null ? "" : " (value: " + value + ")");
        }
    }

    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            violations.add(new Violation(str(e.focusNode()), e.resultPath() == null ? "" : e.resultPath().toString(),
                    e.message(), e.value() == null ? null : str(e.value())));
        }
        return violations;
    }

    private static String str(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
