package org.papergraph.rdf;

import java.nio.charset.StandardCharsets;
import org.papergraph.model.EntityType;
import org.papergraph.extract.Names;

/**
 * Mints IRIs deterministically, so that the same paper or entity gets the same IRI in every run and every
 * paper. Any character is safe: everything outside {@code [A-Za-z0-9-._~]} is percent-encoded as UTF-8.
 */
public final class Iris {
    private Iris() {
    }

    public static String paper(String paperId) {
        return PG.ID + "paper/" + encode(paperId);
    }

    /** The entity with this canonical name: its normalized name, white space as hyphens. */
    public static String entity(EntityType type, String canonical) {
        return PG.ID + type.segment() + "/" + slug(canonical);
    }

    public static String slug(String name) {
        return encode(Names.normalize(name).replace(' ', '-'));
    }

    /** The software agent of an extractor version. */
    public static String extractor(String version) {
        return PG.ID + "extractor/" + encode(version);
    }

    public static String run(String startedAt) {
        return PG.ID + "run/" + encode(startedAt);
    }

    public static String result(String paperIri, int index) {
        return paperIri + "/result/" + index;
    }

    public static String evidence(String paperIri, int start, int end) {
        return paperIri + "/sentence/" + start + "-" + end;
    }

    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
