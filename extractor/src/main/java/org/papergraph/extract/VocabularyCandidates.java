package org.papergraph.extract;

import static org.papergraph.extract.WordPredicates.AND_OR;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.model.EntityType;

/**
 * Names the vocabulary knows, with what the abstract writes around them: a model's size or version
 * ("LLaMA 7B", "175B GPT-3"), a variant of a method or a release of a dataset ("LoRA-GA", "ImageNet-1K").
 * A bare one-word task counts only where it is named as the paper's task. Immutable and thread-safe.
 */
final class VocabularyCandidates implements CandidateSource {
    /** "-GA" in "LoRA-GA", "+" in "LoRA+": what makes a variant of a known method. */
    private static final Pattern METHOD_VARIANT = Pattern.compile("(?:-[A-Z][A-Za-z0-9]{0,11}\\b(?!-\\w)|\\+(?![\\w+]))");
    /** "-100" in "EPIC-Kitchens-100", "-1K" in "ImageNet-1K": a numbered release or subset of a dataset. */
    private static final Pattern DATASET_VERSION = Pattern.compile("-\\d+(?:\\.\\d+)?[KkMm]?\\b(?![-.]\\w)");
    private static final Map<EntityType, Pattern> VARIANT_ENDINGS = Map.of(EntityType.METHOD, METHOD_VARIANT, EntityType.DATASET, DATASET_VERSION);
    private static final Pattern PHASE_BEFORE = Pattern.compile("(?i)\\b(?:at|during)\\s+$");
    private static final Pattern MORE_SIZES = Pattern.compile("(?:,\\s*|\\s+and\\s+|,\\s+and\\s+|\\s+or\\s+)(\\d+(?:\\.\\d+)?[BM])\\b");
    /** A size written before the name: "175B GPT-3". */
    private static final Pattern SIZE_BEFORE = Pattern.compile("\\b\\d+(?:\\.\\d+)?[BM] $");

    private final Lexicon lexicon;
    private final EntityPatterns patterns;

    VocabularyCandidates(Lexicon lexicon, EntityPatterns patterns) {
        this.lexicon = lexicon;
        this.patterns = patterns;
    }

    @Override
    public void propose(AbstractText doc, Context ctx, List<Candidate> out) {
        String text = doc.text;
        for (Lexicon.Match m : lexicon.find(WordPieces.split(text))) {
            Concept c = m.concept();
            if (describesOnly(text, m.end())) continue; // "GPT-like models", "BERT-style annotator"
            if (isSuffixOfLongerName(text, m.start())) continue;
            if (c.type() == EntityType.MODEL) {
                Matcher before = SIZE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
                int end = WordPredicates.modelSizeEnd(text, m.end(), 40);
                int start = before.find() ? m.start() - (before.end() - before.start()) : m.start();
                if (start != m.start() || end != m.end()) {
                    String surface = text.substring(start, end);
                    out.add(new Candidate(start, end, surface, EntityType.MODEL, surface, null, c.iri(), Candidate.LEXICON, false));
                    coordinatedSizes(text, text.substring(m.start(), m.end()), end, c, out);
                    continue;
                }
            }
            Pattern variantEnding = VARIANT_ENDINGS.get(c.type());
            if (variantEnding != null) {
                // "LoRA-GA", "LoRA+", "EPIC-Kitchens-100": a variant, release or subset of a known name is an entity of its own
                Matcher variant = variantEnding.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16)).useTransparentBounds(true);
                if (variant.lookingAt()) {
                    String surface = text.substring(m.start(), variant.end());
                    out.add(new Candidate(m.start(), variant.end(), surface, c.type(), surface, null, c.iri(), Candidate.LEXICON, false));
                    continue;
                }
            }
            if (c.type() == EntityType.METRIC && PHASE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()
                    && text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT).endsWith("time")) {
                continue; // "at inference time" is a phase, not a measure
            }
            if (c.type() == EntityType.TASK && isBareWord(text, m.start(), m.end()) && !isNamedTaskUse(text, m.start(), m.end())) continue;
            out.add(new Candidate(m.start(), m.end(), text.substring(m.start(), m.end()), c.type(), c.prefLabel(), c.iri(),
                    c.broaderIri(), Candidate.LEXICON, false));
        }
    }

    /** One word in lower case after its first letter, like "classification" or "Segmentation". */
    private static boolean isBareWord(String text, int start, int end) {
        for (int i = start + 1; i < end; i++) if (!Character.isLowerCase(text.charAt(i))) return false;
        return true;
    }

    /**
     * A one-word task ("classification", "segmentation") names the task the paper works on when it is listed
     * with others ("detection, segmentation, and depth estimation") or qualified by a dataset ("ImageNet
     * classification"); elsewhere it mostly describes something else ("segmentation performance",
     * "downstream classification tasks", "a denoising objective").
     */
    private static boolean isNamedTaskUse(String text, int start, int end) {
        int before = start;
        while (before > 0 && text.charAt(before - 1) == ' ') before--;
        int prevStart = before;
        while (prevStart > 0 && !Character.isWhitespace(text.charAt(prevStart - 1))) prevStart--;
        String previous = text.substring(prevStart, before);
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') after++;
        int nextEnd = after;
        while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) nextEnd++;
        String next = text.substring(after, nextEnd).toLowerCase(Locale.ROOT);
        boolean listed = previous.endsWith(",") || previous.endsWith("(") || AND_OR.contains(previous.toLowerCase(Locale.ROOT))
                || (after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == ')')) || AND_OR.contains(next);
        boolean afterName = !previous.isEmpty() && previous.chars().skip(1).anyMatch(Character::isUpperCase)
                && Character.isUpperCase(previous.charAt(0)) && prevStart > 1 && text.charAt(prevStart - 2) != '.';
        boolean setting = previous.toLowerCase(Locale.ROOT).endsWith("-shot"); // "one-shot summarization"
        return listed || afterName || setting;
    }

    /** A hyphenated ending follows that makes the name describe something else: "GPT-like", "BERT-style". */
    private boolean describesOnly(String text, int end) {
        if (end >= text.length() || text.charAt(end) != '-') return false;
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) wordEnd++;
        return patterns.resemblanceSuffixes.contains(text.substring(end + 1, wordEnd).toLowerCase(Locale.ROOT));
    }

    /** "Dynamic-DINO", "Arctic-SnowCoder": a known name glued behind a hyphenated prefix is part of another name. */
    private static boolean isSuffixOfLongerName(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == '-' && Character.isLetterOrDigit(text.charAt(start - 2));
    }

    /** "LLaMA 1B and 7B": each further size is a model of the same family ("LLaMA 7B"). */
    private static void coordinatedSizes(String text, String family, int from, Concept concept, List<Candidate> out) {
        Matcher more = MORE_SIZES.matcher(text).region(from, Math.min(text.length(), from + 60));
        while (more.lookingAt()) {
            String size = more.group(1);
            out.add(new Candidate(more.start(1), more.end(1), size, EntityType.MODEL, family + " " + size, null, concept.iri(),
                    Candidate.LEXICON, false));
            more.region(more.end(), Math.min(text.length(), more.end() + 60));
        }
    }
}
