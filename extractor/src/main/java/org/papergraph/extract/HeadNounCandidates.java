package org.papergraph.extract;

import static org.papergraph.extract.WordPredicates.lastPart;
import static org.papergraph.extract.WordPredicates.opensPhrase;
import static org.papergraph.extract.WordPredicates.singular;
import static org.papergraph.extract.WordPredicates.upperCount;

import java.util.List;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.Sentence;

/**
 * Noun phrases typed by their head word ("span-aware token distillation", "image classification", "top-1
 * accuracy"), or by a known task or method they end with. Immutable and thread-safe.
 */
final class HeadNounCandidates implements CandidateSource {
    private final Lexicon lexicon;
    private final EntityPatterns patterns;
    private final MeasureChecks measures;
    private final PhraseModifiers modifiers;

    HeadNounCandidates(Lexicon lexicon, EntityPatterns patterns, WordPredicates predicates, MeasureChecks measures) {
        this.lexicon = lexicon;
        this.patterns = patterns;
        this.measures = measures;
        this.modifiers = new PhraseModifiers(lexicon, patterns, predicates);
    }

    /**
     * Phrases ending in a naming head word ("… segmentation", "… distillation", "… accuracy") are
     * entities of the head's type. Phrases are built from words, walking left from the head over
     * modifiers; the tagger's part of speech only vetoes verbs, as it often mislabels technical words.
     */
    @Override
    public void propose(AbstractText doc, Context ctx, List<Candidate> out) {
        String text = doc.text;
        for (Sentence sentence : doc.sentences) {
            List<Word> words = doc.words(sentence);
            boolean tagged = false;
            for (int h = 0; h < words.size(); h++) {
                Word head = words.get(h);
                if (patterns.functionWords.contains(head.lower())) continue;
                String headWord = lastPart(head.lower());
                EntityType type = patterns.namingHeadType(headWord);
                if (type == null && headWord.endsWith("s")) {
                    type = patterns.namingHeadType(singular(headWord));
                    // "toxic generations", "object detections": a task is named in the singular; the plural counts outputs.
                    if (type == EntityType.TASK) continue;
                }
                if (type == null && (Character.isUpperCase(head.text().charAt(0)) || !lexicon.endsSomeMethodOrTaskLabel(lastRun(head.lower())))) continue;
                // The same cheap test for every head, whether or not an earlier head had the sentence tagged, so
                // that what a head yields does not depend on its neighbours.
                if (!mayFormPhrase(words, h, type, headWord)) continue;
                if (!tagged) {
                    // Only sentences with a possible head are tagged: tagging is most of the cost of reading text.
                    words = doc.taggedWords(sentence);
                    head = words.get(h);
                    tagged = true;
                }
                int first = h;
                if (head.text().contains("/") || head.before() == '(') continue;
                while (first > 0 && h - first < 4 && !opensPhrase(words.get(first).before()) && modifiers.isModifier(words.get(first - 1))
                        && !PhraseModifiers.isVerbAfterAuxiliary(words, first - 1)) {
                    first--;
                }
                if (type == null) type = lexiconTail(text, words, first, h);
                if (type == null) continue;
                boolean methodHead = type == EntityType.METHOD;
                while (first < h && (modifiers.isDroppedModifier(words.get(first))
                        && !(methodHead && modifiers.keepsNameModifier(words.get(first).text()))
                        || (first < h - 1 && words.get(first).lower().endsWith("ing") && !words.get(first).lower().contains("-")))) {
                    first++;
                }
                for (int k = h - 1; k > first; k--) {
                    // "36.5 points higher accuracy", "gained significant attention": the name starts after such words.
                    if (modifiers.isDroppedModifier(words.get(k))
                            || WordPredicates.startsWithNumber(words.get(k))) {
                        first = k + 1;
                        break;
                    }
                }
                if (!head.endsPhrase() && h + 1 < words.size() && modifiers.isModifier(words.get(h + 1))
                        && !patterns.containerHeads.containsKey(words.get(h + 1).lower())
                        && !(type == EntityType.TASK && patterns.taskNouns.contains(words.get(h + 1).lower()))
                        && !patterns.functionWords.contains(words.get(h + 1).lower())) {
                    continue; // "projection head": the phrase goes on, its head is further right
                }
                int start = words.get(first).start();
                String surface = text.substring(start, head.end());
                if (hasBrokenPunctuation(surface)) continue; // "wrinkles.2)Static …": words glued across a sentence end
                int count = h - first + 1;
                boolean compound = count == 1 && head.text().contains("-") && patterns.namingHeadType(lastPart(head.lower())) != null
                        && !patterns.vagueModifiers.contains(head.lower().substring(0, head.lower().lastIndexOf('-')));
                int maxWords = type == EntityType.METRIC ? 3 : 4;
                if ((count < 2 && !compound) || count > maxWords || patterns.isGeneric(surface)) continue;
                if (type == EntityType.METHOD && patterns.genericHeads.contains(headWord) && !namesAParadigm(words, first, h)) continue;
                if (headWord.startsWith("loss") && patterns.measuredLossModifiers.contains(words.get(first).lower())) type = EntityType.METRIC;
                // GUIDELINES.md: a measure is a METRIC when the abstract ties it to a number or to a change.
                if (type == EntityType.METRIC && !measures.isMeasured(words)) continue;
                out.add(new Candidate(start, head.end(), surface, type, surface, null, null, Candidate.HEAD_NOUN, false));
            }
        }
    }

    /** A parenthesis without its partner, or a full stop that ends a sentence (not one inside a number). */
    private static boolean hasBrokenPunctuation(String phrase) {
        int open = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '(') open++;
            if (c == ')' && --open < 0) return true;
            if (c == '.' && (i == 0 || i + 1 >= phrase.length() || !Character.isDigit(phrase.charAt(i - 1)) || !Character.isDigit(phrase.charAt(i + 1)))) return true;
        }
        return open != 0;
    }

    /**
     * A cheap test, before the sentence is tagged, that a phrase can end at this head: a word that may
     * modify it stands right before it (or it is a hyphenated compound), and a generic head has its paradigm.
     */
    private boolean mayFormPhrase(List<Word> words, int h, EntityType type, String headWord) {
        Word head = words.get(h);
        boolean compound = head.text().contains("-");
        if (h == 0 || words.get(h - 1).endsPhrase() || patterns.functionWords.contains(words.get(h - 1).lower())) return compound;
        if (type == EntityType.METHOD && patterns.genericHeads.contains(headWord)) return namesAParadigm(words, h - 1, h) || compound;
        return true;
    }

    /**
     * "self-supervised pre-training", "RGB-D pre-training": a generic head makes a name only with a
     * paradigm word or a name before it, not with any adjective ("multi-stage pre-training").
     */
    private boolean namesAParadigm(List<Word> words, int first, int head) {
        if (first == head) {
            String whole = words.get(head).lower();
            int dash = whole.lastIndexOf('-');
            return dash > 0 && patterns.paradigmModifiers.contains(whole.substring(0, dash));
        }
        Word modifier = words.get(head - 1);
        String m = modifier.lower();
        return patterns.paradigmModifiers.contains(m) || patterns.paradigmModifiers.contains(lastPart(m))
                || m.contains("-") && patterns.paradigmSuffixes.contains(lastPart(m))
                || (Character.isUpperCase(modifier.text().charAt(0)) && upperCount(modifier.text()) >= 2);
    }

    /** The last run of letters or of digits, as {@link WordPieces} would split it. */
    private static String lastRun(String lower) {
        int end = lower.length();
        while (end > 0 && !Character.isLetterOrDigit(lower.charAt(end - 1))) end--;
        if (end == 0) return "";
        boolean digit = Character.isDigit(lower.charAt(end - 1));
        int start = end - 1;
        while (start > 0 && Character.isLetterOrDigit(lower.charAt(start - 1)) && Character.isDigit(lower.charAt(start - 1)) == digit) start--;
        return lower.substring(start, end);
    }

    /** The type of a known task or method the phrase ends with ("surgical scene understanding"), or null. */
    private EntityType lexiconTail(String text, List<Word> words, int first, int head) {
        if (Character.isUpperCase(words.get(head).text().charAt(0))) return null; // a name, not a kind of task
        if (!lexicon.endsSomeMethodOrTaskLabel(lastRun(words.get(head).lower()))) return null;
        for (int k = Math.max(first, head - 2); k <= head; k++) {
            Concept c = lexicon.lookupAnyType(text.substring(words.get(k).start(), words.get(head).end()));
            if (c != null && (c.type() == EntityType.TASK || c.type() == EntityType.METHOD)) return c.type();
        }
        return null;
    }
}
