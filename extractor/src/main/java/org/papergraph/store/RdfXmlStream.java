package org.papergraph.store;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.SplitIRI;

/**
 * RDF/XML written one triple at a time: Jena's RDF/XML writers need the whole graph, which a dump must not
 * hold. Each triple is an {@code rdf:Description} whose property element declares its own namespace.
 * Stateless; thread-safe.
 */
final class RdfXmlStream {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private RdfXmlStream() {
    }

    static void write(Iterator<Quad> quads, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        w.println("<rdf:RDF xmlns:rdf=\"" + RDF + "\">");
        while (quads.hasNext()) write(quads.next().asTriple(), w);
        w.println("</rdf:RDF>");
        w.flush();
    }

    private static void write(Triple t, PrintWriter w) {
        String p = t.getPredicate().getURI();
        int split = SplitIRI.splitXML(p);
        if (split <= 0 || split >= p.length()) throw new IllegalArgumentException("predicate " + p + " cannot be written in RDF/XML");
        String element = "p:" + p.substring(split);
        w.print("<rdf:Description " + subject(t.getSubject()) + "><" + element + " xmlns:p=\"" + attr(p.substring(0, split)) + "\"");
        Node o = t.getObject();
        if (o.isURI()) {
            w.println(" rdf:resource=\"" + attr(o.getURI()) + "\"/></rdf:Description>");
        } else if (o.isBlank()) {
            w.println(" rdf:nodeID=\"" + nodeId(o) + "\"/></rdf:Description>");
        } else {
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) w.print(" xml:lang=\"" + attr(lang) + "\"");
            else if (!o.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string")) {
                w.print(" rdf:datatype=\"" + attr(o.getLiteralDatatypeURI()) + "\"");
            }
            w.println(">" + text(o.getLiteralLexicalForm()) + "</" + element + "></rdf:Description>");
        }
    }

    private static String subject(Node s) {
        return s.isBlank() ? "rdf:nodeID=\"" + nodeId(s) + "\"" : "rdf:about=\"" + attr(s.getURI()) + "\"";
    }

    /** Blank node labels made into XML names, one for one. */
    private static String nodeId(Node b) {
        StringBuilder id = new StringBuilder("b");
        for (char c : b.getBlankNodeLabel().toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) id.append(c); else id.append('_').append(Integer.toHexString(c)).append('_');
        }
        return id.toString();
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\t", "&#9;");
    }
}
