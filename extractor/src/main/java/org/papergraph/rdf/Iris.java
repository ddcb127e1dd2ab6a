package org.papergraph.rdf;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.papergraph.model.EntityType;
import org.papergraph.extract.Names;

/**
 * Mints IRIs deterministically, so that the same paper or entity gets the same IRI in every run and every
 * paper. Names are NFC-normalized first, so that canonically equal spellings ({@code é} precomposed or as
 * {@code e} + combining accent) are one IRI. Any character is safe: everything outside {@code [A-Za-z0-9-._]}
 * is percent-encoded as UTF-8 ({@code ~} too); a lone surrogate, which has no UTF-8 form, becomes
 * {@code ~uXXXX}, which no real character encodes to, so it never collides with another name. Stateless.
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
        return encode(Names.normalize(Normalizer.normalize(name, Normalizer.Form.NFC)).replace(' ', '-'));
    }

    /** The software agent of an extractor version. */
    public static String extractor(String version) {
        return PG.ID + "extractor/" + encode(version);
    }

    public static String run(String startedAt) {
        return PG.ID + "run/" + encode(startedAt);
    }

    /**
     * A result by where its number stands in the abstract, so that its IRI survives re-extraction by a better
     * extractor (a running index would shift when a result is found or dropped before it).
     */
    public static String result(String paperIri, int valueStart, int valueEnd) {
        return paperIri + "/result/" + valueStart + "-" + valueEnd;
    }

    /** The ordered list (an {@code rdf:Seq}) of a paper's author names. */
    public static String authorList(String paperIri) {
        return paperIri + "/authors";
    }

    public static String evidence(String paperIri, int start, int end) {
        return paperIri + "/sentence/" + start + "-" + end;
    }

    static String encode(String s) {
        String text = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isSurrogate((char) cp) && cp <= 0xffff) {
                out.append("~u").append(String.format("%04X", cp));
                continue;
            }
            if (cp < 0x80) {
                appendByte(out, cp);
                continue;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) appendByte(out, b & 0xff);
        }
        return out.toString();
    }

    private static void appendByte(StringBuilder out, int c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_') {
            out.append((char) c);
        } else {
            out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
    }
}
