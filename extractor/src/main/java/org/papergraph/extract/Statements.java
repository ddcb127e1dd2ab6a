package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.model.Result;

/**
 * The span that states each result ({@code pg:statedAs}) never runs into another result of its sentence: a
 * statement that would begin inside the previous one ("zero-shot cross-lingual accuracy on XNLI and a 3.6%")
 * begins at its own number instead ("a 3.6% improvement over XLM-R Base"), and one that would reach past the
 * next number ends at its own. Thread-safe: stateless.
 */
final class Statements {
    /** An article or qualifier written right before the number, kept with it. */
    private static final Pattern LEAD = Pattern.compile("(?i)(?:\\b(?:a|an|the|up to|about|around|nearly|almost|over|only|just|by)\\s+)+$");
    /** A change noun and the baseline right after a number: " improvement over XLM-R Base". */
    private static final Pattern CHANGE = Pattern.compile("(?i)^\\s+(?:absolute\\s+|relative\\s+)?(?:improvement|gain|increase|reduction|decrease|drop|boost|speedup|speed-up)s?\\b");

    private Statements() {
    }

    static List<Result> separate(String text, List<Result> results) {
        List<Result> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            Result previous = i > 0 && results.get(i - 1).sentenceStart() == r.sentenceStart() ? results.get(i - 1) : null;
            Result next = i + 1 < results.size() && results.get(i + 1).sentenceStart() == r.sentenceStart() ? results.get(i + 1) : null;
            int start = r.start();
            int end = r.end();
            if (previous != null && start < Math.max(previous.end(), previous.valueEnd()) && start < r.valueStart()) {
                start = r.valueStart();
                int from = Math.min(r.valueStart(), Math.max(Math.max(previous.valueEnd(), r.sentenceStart()), r.valueStart() - 30));
                Matcher lead = LEAD.matcher(text.substring(from, r.valueStart()));
                if (lead.find()) start = r.valueStart() - lead.group().length();
                end = Math.max(end, ownChangeEnd(text, r));
            }
            if (next != null && end > next.valueStart() && r.valueEnd() <= next.valueStart()) end = r.valueEnd();
            out.add(start == r.start() && end == r.end() ? r : r.withStatement(text.substring(start, end), start, end));
        }
        return List.copyOf(out);
    }

    /** The end of " improvement over BASELINE" (either part may be missing) after the number, or of the number itself. */
    private static int ownChangeEnd(String text, Result r) {
        int end = r.valueEnd();
        Matcher change = CHANGE.matcher(text.substring(end, Math.min(r.sentenceEnd(), end + 40)));
        if (change.find()) end += change.end();
        if (r.baseline() != null) {
            String after = text.substring(end, Math.min(r.sentenceEnd(), end + 12 + r.baseline().length()));
            Matcher cue = Pattern.compile("^\\s+(?:over|than|compared to|against)\\s+(?:the\\s+)?" + Pattern.quote(r.baseline())).matcher(after);
            if (cue.find()) end += cue.end();
        }
        return end;
    }
}
