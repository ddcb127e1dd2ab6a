package org.papergraph.extract;

import org.papergraph.model.Mention;
import org.papergraph.model.Result;
import org.papergraph.model.Extraction;
import org.papergraph.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static org.papergraph.extract.WordPredicates.*;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.MaxentClassifier;
import org.papergraph.nlp.Sentence;
import org.papergraph.nlp.TextAnalyzer;

/**
 * Finds entities with the vocabulary, acronym definitions, proposal wording ("we propose X, a … framework")
 * and noun phrases typed by their head word, then merges the mentions of one entity and finds results.
 * Which stages run is set by {@link Stage}, for ablations. Thread-safe: holds only immutable state and a
 * thread-safe analyzer.
 */
public final class RuleBasedExtractor implements Extractor {
    /** The stages that find candidates; the vocabulary always runs. */
    public enum Stage { PATTERNS, HEAD_NOUNS, STATISTICAL }

    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "be", "been", "being", "is", "are", "was", "were");

    private final TextAnalyzer analyzer;
    private final Lexicon lexicon;
    private final EntityPatterns patterns;
    private final ResultFinder resultFinder;
    private final Set<Stage> stages;
    private final MentionResolver resolver;
    private final CandidateClassifier classifier;
    private final WordPredicates predicates;
    private final MeasureChecks measures;
    private final VocabularyCandidates vocabulary;
    private final ProposalCues proposalCues;
    private final AcronymCandidates acronyms;
    private final ProposalCandidates proposals;
    private final TitleNameCandidates titleNames;
    private final ContainerCandidates containers;
    private final CoordinatedCandidates coordinated;
    private final MeasureListCandidates measureLists;

    /** {@code classifier} is used when the stages include {@link Stage#STATISTICAL}, and may be null otherwise. */
    public RuleBasedExtractor(TextAnalyzer analyzer, Lexicon lexicon, Set<Stage> stages, CandidateClassifier classifier) {
        this(analyzer, lexicon, EntityPatterns.load(), new ResultFinder(ResultRules.load()), stages, classifier);
    }

    private RuleBasedExtractor(TextAnalyzer analyzer, Lexicon lexicon, EntityPatterns patterns, ResultFinder resultFinder,
                               Set<Stage> stages, CandidateClassifier classifier) {
        if (stages.contains(Stage.STATISTICAL) && classifier == null) {
            throw new IllegalArgumentException("the statistical stage needs a candidate model");
        }
        this.classifier = classifier;
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.patterns = patterns;
        this.resultFinder = resultFinder;
        this.resolver = new MentionResolver(lexicon, patterns);
        this.predicates = new WordPredicates(patterns);
        this.measures = new MeasureChecks(patterns);
        this.vocabulary = new VocabularyCandidates(lexicon, patterns);
        this.proposalCues = new ProposalCues(patterns, predicates);
        this.acronyms = new AcronymCandidates(lexicon, patterns, proposalCues);
        this.proposals = new ProposalCandidates(patterns, predicates, proposalCues);
        this.titleNames = new TitleNameCandidates(patterns, predicates);
        this.containers = new ContainerCandidates(patterns, predicates);
        this.coordinated = new CoordinatedCandidates(predicates);
        this.measureLists = new MeasureListCandidates(patterns);
        this.stages = stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages);
    }

    /** All rule stages, without the statistical one. */
    public RuleBasedExtractor(TextAnalyzer analyzer, Lexicon lexicon) {
        this(analyzer, lexicon, EnumSet.of(Stage.PATTERNS, Stage.HEAD_NOUNS), null);
    }

    /** The same rules (the very patterns already loaded), with every stage, the statistical one judging by {@code classifier}. */
    public RuleBasedExtractor judgedBy(CandidateClassifier classifier) {
        return new RuleBasedExtractor(analyzer, lexicon, patterns, resultFinder, EnumSet.allOf(Stage.class), classifier);
    }

    @Override
    public Extraction extract(Paper paper) {
        AbstractText doc = new AbstractText(paper.title(), paper.abstractText(), analyzer);
        String text = doc.text;
        CandidateSource.Context ctx = new CandidateSource.Context();
        List<Candidate> candidates = candidates(doc, ctx);
        AcronymCandidates.titleAcronymAliases(candidates, ctx.aliases);
        if (stages.contains(Stage.STATISTICAL)) candidates = classifier.filter(candidates, doc.title, text);
        List<Mention> mentions = resolver.resolve(doc.title, text, candidates, ctx.aliases);
        ResultFinder.Found found = resultFinder.find(text, doc.sentences, mentions);
        // "lowering the learning rate by 10%": a changed setting is neither a measure nor a result.
        Set<String> settings = new java.util.HashSet<>();
        List<Mention> addedMetrics = new ArrayList<>();
        for (Mention m : found.addedMetrics()) {
            if (patterns.isGeneric(m.canonical())) settings.add(m.canonical());
            else addedMetrics.add(m);
        }
        List<Result> results = settings.isEmpty() ? found.results()
                : found.results().stream().filter(r -> !settings.contains(r.metric())).toList();
        if (!addedMetrics.isEmpty()) {
            List<Mention> withMetrics = new ArrayList<>(mentions);
            withMetrics.addAll(addedMetrics);
            withMetrics.sort(Comparator.comparingInt((Mention m) -> m.start() < 0 ? Integer.MAX_VALUE : m.start()));
            mentions = List.copyOf(withMetrics);
        }
        return new Extraction(paper, mentions, results);
    }

    /**
     * What the rules propose in the abstract, before overlaps are resolved: every candidate span with the
     * rule that found it and the statistical stage's judgement. The learned recognizer reads these as features.
     */
    public List<RuleProposal> proposals(Paper paper) {
        AbstractText doc = new AbstractText(paper.title(), paper.abstractText(), analyzer);
        List<RuleProposal> out = new ArrayList<>();
        for (Candidate c : candidates(doc, new CandidateSource.Context())) {
            if (c.start() < 0) continue;
            double p = stages.contains(Stage.STATISTICAL) ? classifier.entityProbability(c, doc.title, doc.text) : 1.0;
            out.add(new RuleProposal(c.start(), c.end(), c.type(), RuleProposal.Source.of(c.priority()), p,
                    classifier.keeps(c, doc.text, p), c.proposed(), c.conceptIri() != null));
        }
        return out;
    }

    /**
     * Training examples for the statistical stage: the features of every candidate the rules find in the
     * paper, with the type of the gold entity it names (by the scorer's lenient name match) or "O".
     *
     * @param goldTypes gold entity names, normalized with {@link Names#normalize}, and their types
     */
    public List<MaxentClassifier.Example> trainingExamples(Paper paper, Map<String, EntityType> goldTypes) {
        AbstractText doc = new AbstractText(paper.title(), paper.abstractText(), analyzer);
        List<MaxentClassifier.Example> out = new ArrayList<>();
        for (Candidate c : candidates(doc, new CandidateSource.Context())) {
            EntityType gold = goldTypes.get(Names.normalize(c.text()));
            if (gold == null) gold = goldTypes.get(Names.normalize(c.canonical()));
            String outcome = gold == null || (c.type() != null && gold != c.type()) ? CandidateClassifier.NOT_AN_ENTITY : gold.name();
            out.add(new MaxentClassifier.Example(outcome, CandidateFeatures.of(c, doc.title, doc.text)));
        }
        return out;
    }

    private List<Candidate> candidates(AbstractText doc, CandidateSource.Context ctx) {
        String text = doc.text;
        List<Candidate> candidates = new ArrayList<>();
        Map<String, String> aliases = ctx.aliases;
        Set<String> classAcronyms = ctx.classAcronyms;
        vocabulary.propose(doc, ctx, candidates);
        // GUIDELINES.md: a measure is a METRIC when the abstract ties it to a number or a change.
        candidates.removeIf(c -> c.type() == EntityType.METRIC && !measures.isMeasuredAt(doc, c.start()));
        if (stages.contains(Stage.PATTERNS)) {
            acronyms.propose(doc, ctx, candidates);
            proposals.propose(doc, ctx, candidates);
            titleNames.propose(doc, ctx, candidates);
            containers.propose(doc, ctx, candidates);
        }
        if (stages.contains(Stage.HEAD_NOUNS)) headNounCandidates(doc, candidates);
        if (stages.contains(Stage.PATTERNS)) {
            coordinated.propose(doc, ctx, candidates);
            measureLists.propose(doc, ctx, candidates);
        }
        bitWidthVariants(text, candidates);
        if (!classAcronyms.isEmpty()) candidates.removeIf(c -> c.type() != EntityType.DATASET && classAcronyms.contains(singularAcronym(c.text())));
        candidates.removeIf(c -> c.type() == EntityType.METRIC && measures.isBurden(text, c.start(), c.end()));
        return candidates;
    }

    // ---- noun phrases typed by their head ---------------------------------------------------------

    /**
     * Phrases ending in a naming head word ("… segmentation", "… distillation", "… accuracy") are
     * entities of the head's type. Phrases are built from words, walking left from the head over
     * modifiers; the tagger's part of speech only vetoes verbs, as it often mislabels technical words.
     */
    private void headNounCandidates(AbstractText doc, List<Candidate> out) {
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
                while (first > 0 && h - first < 4 && !opensPhrase(words.get(first).before()) && isModifier(words.get(first - 1), sentence)
                        && !isVerbAfterAuxiliary(words, first - 1)) {
                    first--;
                }
                if (type == null) type = lexiconTail(text, words, first, h);
                if (type == null) continue;
                boolean methodHead = type == EntityType.METHOD;
                while (first < h && (isDroppedModifier(words.get(first), sentence)
                        && !(methodHead && keepsNameModifier(words.get(first).text()))
                        || (first < h - 1 && words.get(first).lower().endsWith("ing") && !words.get(first).lower().contains("-")))) {
                    first++;
                }
                for (int k = h - 1; k > first; k--) {
                    // "36.5 points higher accuracy", "gained significant attention": the name starts after such words.
                    if (isDroppedModifier(words.get(k), sentence)
                            || WordPredicates.startsWithNumber(words.get(k))) {
                        first = k + 1;
                        break;
                    }
                }
                if (!head.endsPhrase() && h + 1 < words.size() && isModifier(words.get(h + 1), sentence)
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

    /** A word that can stand before a head inside one noun phrase. */
    private boolean isModifier(Word w, Sentence sentence) {
        if (w.endsPhrase() || w.after() == ')' || !Character.isLetterOrDigit(w.text().charAt(0)) || w.text().contains("/")) return false;
        String lower = w.lower();
        if (patterns.functionWords.contains(lower) || patterns.commonVerbs.contains(lower) || patterns.isVerbOfProposal(lower)) return false;
        String tag = w.tag();
        boolean verbTag = tag.startsWith("VB") || tag.equals("MD") || tag.equals("RB") || tag.equals("IN") || tag.equals("CC")
                || tag.equals("DT") || tag.equals("PRP") || tag.equals("WDT") || tag.equals("TO");
        return !verbTag || lower.contains("-") || lower.endsWith("ing") || lower.endsWith("ed") || lower.endsWith("al");
    }

    /**
     * "have empirically analyzed in-context learning", "is trained": a participle after an auxiliary or an
     * adverb is the sentence's verb, not a modifier like "masked" in "masked language modeling".
     */
    private static boolean isVerbAfterAuxiliary(List<Word> words, int at) {
        if (at == 0 || !words.get(at).lower().endsWith("ed")) return false;
        Word before = words.get(at - 1);
        return AUXILIARIES.contains(before.lower()) || before.tag().equals("RB") && before.lower().endsWith("ly");
    }

    /**
     * "RGB-D pre-training", "FLAN instruction tuning": a name before a method head is part of the method's
     * name, unless it is a known model or dataset ("GPT-2 pretraining" is pretraining of GPT-2), a number,
     * or a generic word.
     */
    private boolean keepsNameModifier(String word) {
        if (!predicates.isNameLike(word) || patterns.isGeneric(word) || Character.isDigit(word.charAt(0))) return false;
        Concept known = lexicon.lookupAnyType(word);
        return known == null || (known.type() != EntityType.MODEL && known.type() != EntityType.DATASET);
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

    /**
     * Words in front of a phrase that are not part of a name: vague or evaluative adjectives ("novel",
     * "lower"), participles ("performing"), numbers, and names of datasets or models ("ImageNet" in
     * "ImageNet classification", which are entities of their own).
     */
    private boolean isDroppedModifier(Word w, Sentence sentence) {
        String lower = w.lower();
        String tag = w.tag();
        int dash = lower.lastIndexOf('-');
        if (dash > 0 && patterns.adjectiveSuffixes.contains(lower.substring(dash + 1))) {
            boolean namesAKind = patterns.kindSuffixes.contains(lower.substring(dash + 1))
                    && w.text().substring(1, dash).chars().allMatch(Character::isLowerCase);
            return !namesAKind; // "task-specific", "CNN-based"; but "gradient-based optimization"
        }
        return patterns.vagueModifiers.contains(lower) || tag.equals("JJR") || tag.equals("JJS")
                || (lower.endsWith("ing") && !lower.contains("-") && tag.startsWith("VB"))
                || WordPredicates.startsWithNumber(w)
                || (predicates.isNameLike(w.text()) && upperCount(w.text()) >= 2)
                || patterns.nonEntities.contains(w.text()); // "RGB pre-training", "GPU memory"
    }

    /**
     * "our 8-bit GaLore": a bit width written before a method or model names a variant of it. (A bit width
     * alone, like a numeric precision, is no entity.)
     */
    private static void bitWidthVariants(String text, List<Candidate> candidates) {
        if (!text.contains("-bit ")) return;
        List<Candidate> variants = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
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
