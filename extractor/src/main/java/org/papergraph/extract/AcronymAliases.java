package org.papergraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges an acronym with its long form among recognized spans: where the text defines one ("hypernetwork-based
 * GFlowNets (HN-GFN)", "termed SWS (Stage-wise Weight Sharing)") and a span covers the long form, the short
 * form and the long form's spelling are aliases of the long form's canonical name, so the resolver makes them
 * one entity (GUIDELINES.md: a name that is both an acronym and a long form is one entity). The rules find
 * such pairs as acronym candidates; a recognizer's spans carry no such link, so it is made here from the text.
 * Thread-safe: stateless.
 */
final class AcronymAliases {
    private final AcronymFinder finder = new AcronymFinder();

    /** Loose keys of names to the canonical name they are merged under. */
    Map<String, String> of(String text, List<Candidate> candidates) {
        Map<String, String> aliases = new HashMap<>();
        for (AcronymFinder.Definition d : finder.find(text)) {
            Candidate longForm = null;
            for (Candidate c : candidates) {
                if (c.start() < 0 || c.start() >= d.longEnd() || c.end() <= d.longStart()) continue;
                if (c.start() < d.shortEnd() && c.end() > d.shortStart()) continue; // one span over both: already one name
                if (longForm == null || c.length() > longForm.length()) longForm = c;
            }
            if (longForm == null) continue;
            aliases.putIfAbsent(Names.looseKey(d.shortForm()), longForm.canonical());
            aliases.putIfAbsent(Names.looseKey(longForm.text()), longForm.canonical());
        }
        return aliases;
    }
}
