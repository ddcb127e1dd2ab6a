package org.papergraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.model.EntityType;

/**
 * "our 8-bit GaLore": a bit width written before a method or model found so far names a variant of it. (A
 * bit width alone, like a numeric precision, is no entity.) Stateless and thread-safe.
 */
final class BitWidthVariants implements CandidateSource {
    @Override
    public void propose(AbstractText doc, Context ctx, List<Candidate> candidates) {
        String text = doc.text;
        if (!text.contains("-bit ")) return;
        List<Candidate> variants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.DATASET || c.type() == EntityType.METRIC || c.type() == EntityType.TASK || !seen.add(c.text())) continue;
            Matcher m = Pattern.compile("\\b\\d{1,2}-bit " + Pattern.quote(c.text()) + "\\b").matcher(text);
            while (m.find()) {
                String surface = m.group();
                variants.add(new Candidate(m.start(), m.end(), surface, c.type(), surface, null, c.conceptIri(), c.priority(), c.proposed()));
            }
        }
        candidates.addAll(variants);
    }
}
