package org.papergraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One family of rules that proposes candidate mentions in an abstract. Sources run in a fixed order, and a
 * later one may read what earlier ones found ("A, B and C" share the type of a typed item). Every source
 * holds only immutable state and is thread-safe; the abstract and the context are one call's own.
 */
interface CandidateSource {
    /** Adds this family's candidates in {@code doc} to {@code out}, after those found so far. */
    void propose(AbstractText doc, Context ctx, List<Candidate> out);

    /** What the sources of one abstract learn besides candidates. Not thread-safe: one per extraction call. */
    final class Context {
        /** Loose keys ({@link Names#looseKey}) of short and long forms, mapped to the canonical name they share. */
        final Map<String, String> aliases = new HashMap<>();
        /** Acronyms defined as a class of things ("tiny language models (TLMs)"), in the singular. */
        final Set<String> classAcronyms = new HashSet<>();
    }
}
