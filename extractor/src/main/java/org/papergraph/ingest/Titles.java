package org.papergraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Title normalization shared by de-duplication, paper identifiers and gold-set pairing. */
public final class Titles {
    private Titles() {
    }

    /**
     * NFC-normalized (so that a precomposed and a decomposed "é" are one title), lowercased, runs of white
     * space folded to one space, trimmed (as GUIDELINES.md pairs titles).
     */
    public static String normalize(String title) {
        return java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A short deterministic identifier: the first 16 hex digits of the SHA-256 of the normalized title. */
    public static String idOf(String title) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalize(title).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
