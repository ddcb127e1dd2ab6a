package org.papergraph.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalization, as GUIDELINES.md scores entity names and as entity IRIs are minted. */
public final class Names {
    private static final Pattern DASHES_AND_SPACES = Pattern.compile("[\\s\\-\\u2010-\\u2015\\u2212_]+");
    private static final Pattern TRAILING_GENERIC = Pattern.compile(" (dataset|benchmark|model)$");

    private Names() {
    }

    /**
     * Lowercased; hyphens, Unicode dashes and white space folded to one space; a trailing "dataset",
     * "benchmark" or "model" dropped.
     */
    public static String normalize(String name) {
        String folded = DASHES_AND_SPACES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        String dropped = TRAILING_GENERIC.matcher(folded).replaceAll("");
        return dropped.isEmpty() ? folded : dropped;
    }

    /** A key that also ignores the space/hyphen difference entirely ("pre-training" = "pretraining"). */
    public static String looseKey(String name) {
        return normalize(name).replace(" ", "");
    }
}
