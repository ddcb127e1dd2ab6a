package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Plausible authors, categories and licenses of synthetic arXiv records. Stateless. */
final class SyntheticAuthors {
    private static final String[] FIRST = {"Ana", "Wei", "Omar", "Priya", "Lukas", "Mei", "Kofi", "Elena", "Hiroshi", "Sara",
        "Diego", "Fatima", "Jonas", "Yuki", "Amara", "Ivan", "Chloe", "Ravi", "Ingrid", "Tomás", "Leila", "Minh", "Nora", "Pavel",
        "Zainab", "Felix", "Hana", "Carlos", "Aiko", "Mateo"};
    private static final String[] LAST = {"Zhang", "Lima", "Haddad", "Sharma", "Becker", "Chen", "Mensah", "Rossi", "Tanaka",
        "Larsen", "García", "Khan", "Eriksen", "Sato", "Okafor", "Petrov", "Martin", "Iyer", "Berg", "Novak", "Rahimi", "Nguyen",
        "Dubois", "Kowalski", "Abdi", "Wagner", "Kim", "Silva", "Mori", "Fernández"};
    private static final String[] CATEGORIES = {"cs.LG", "cs.CL", "cs.CV", "cs.AI", "cs.NE", "cs.IR", "cs.RO", "cs.CR", "cs.DC",
        "cs.SD", "cs.HC", "cs.MA"};
    private static final String[] LICENSES = {"http://arxiv.org/licenses/nonexclusive-distrib/1.0/",
        "http://creativecommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by-nc-sa/4.0/", null};

    private SyntheticAuthors() {
    }

    /** One to eight authors as {@code [last, first]}. */
    static List<String[]> pick(SplittableRandom random) {
        int n = 1 + random.nextInt(8);
        List<String[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new String[] {LAST[random.nextInt(LAST.length)], FIRST[random.nextInt(FIRST.length)]});
        return out;
    }

    /** A primary cs.* category and up to two more. */
    static List<String> categories(SplittableRandom random) {
        Set<String> out = new LinkedHashSet<>();
        int n = 1 + random.nextInt(3);
        while (out.size() < n) out.add(CATEGORIES[random.nextInt(CATEGORIES.length)]);
        return List.copyOf(out);
    }

    static String license(SplittableRandom random) {
        return LICENSES[random.nextInt(LICENSES.length)];
    }
}
