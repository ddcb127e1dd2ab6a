package org.papergraph.extract;

import static org.papergraph.extract.WordPredicates.singularAcronym;

import org.papergraph.model.Mention;
import org.papergraph.model.Result;
import org.papergraph.model.Extraction;
import org.papergraph.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.ingest.Paper;
import org.papergraph.nlp.MaxentClassifier;
import org.papergraph.nlp.TextAnalyzer;

/**
 * Finds entities with the vocabulary, acronym definitions, proposal wording ("we propose X, a … framework")
 * and noun phrases typed by their head word, then merges the mentions of one entity and finds results.
 * Each family of rules is a {@link CandidateSource}; they run in a fixed order over one abstract, then the
 * statistical stage judges their candidates, {@link MentionResolver} makes entities of them and
 * {@link ResultFinder} finds results. Which stages run is set by {@link Stage}, for ablations. Thread-safe:
 * holds only immutable state, a thread-safe analyzer and, per thread, the last text it analyzed.
 */
public final class RuleBasedExtractor implements Extractor {
    /** The stages that find candidates; the vocabulary always runs. */
    public enum Stage { PATTERNS, HEAD_NOUNS, STATISTICAL }

    private final TextAnalyzer analyzer;
    private final Lexicon lexicon;
    private final EntityPatterns patterns;
    private final ResultFinder resultFinder;
    private final Set<Stage> stages;
    private final MentionResolver resolver;
    private final CandidateClassifier classifier;
    private final MeasureChecks measures;
    private final VocabularyCandidates vocabulary;
    /** The last paper this thread asked about, with its analyzed text. */
    private final ThreadLocal<Analyzed> last = new ThreadLocal<>();

    /** A paper's title and abstract as given (the abstract compared by identity: the same paper object's string) and its analysis. */
    private record Analyzed(String title, String abstractText, AbstractText doc) {
    }
    /** The sources after the vocabulary, in the order they run: later ones read what earlier ones found. */
    private final List<CandidateSource> sources;

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
        this.measures = new MeasureChecks(patterns);
        this.vocabulary = new VocabularyCandidates(lexicon, patterns);
        this.stages = stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages);
        this.sources = sources(this.stages, lexicon, patterns, measures);
    }

    private static List<CandidateSource> sources(Set<Stage> stages, Lexicon lexicon, EntityPatterns patterns, MeasureChecks measures) {
        WordPredicates predicates = new WordPredicates(patterns);
        ProposalCues cues = new ProposalCues(patterns, predicates);
        List<CandidateSource> sources = new ArrayList<>();
        if (stages.contains(Stage.PATTERNS)) {
            sources.add(new AcronymCandidates(lexicon, patterns, cues));
            sources.add(new ProposalCandidates(patterns, predicates, cues));
            sources.add(new TitleNameCandidates(patterns, predicates));
            sources.add(new ContainerCandidates(patterns, predicates));
        }
        if (stages.contains(Stage.HEAD_NOUNS)) sources.add(new HeadNounCandidates(lexicon, patterns, predicates, measures));
        if (stages.contains(Stage.PATTERNS)) {
            sources.add(new CoordinatedCandidates(predicates));
            sources.add(new MeasureListCandidates(patterns));
        }
        sources.add(new BitWidthVariants());
        return List.copyOf(sources);
    }

    /** All rule stages, without the statistical one. */
    public RuleBasedExtractor(TextAnalyzer analyzer, Lexicon lexicon) {
        this(analyzer, lexicon, EnumSet.of(Stage.PATTERNS, Stage.HEAD_NOUNS), null);
    }

    /** The same extractor with the chooser's attribute of each result decided by it instead of the rules. */
    public RuleBasedExtractor choosingBy(AttributeChooser chooser) {
        return new RuleBasedExtractor(analyzer, lexicon, patterns, resultFinder.choosingBy(chooser), stages, classifier);
    }

    /** Every decision of a result's attributes in the paper, with its options' features: the examples of the choosers. */
    public List<AttributeChoice> attributeChoices(Paper paper) {
        List<AttributeChoice> choices = new ArrayList<>();
        new RuleBasedExtractor(analyzer, lexicon, patterns, resultFinder.tracing(choices::add), stages, classifier).extract(paper);
        return choices;
    }

    /** The same rules (the very patterns already loaded), with every stage, the statistical one judging by {@code classifier}. */
    public RuleBasedExtractor judgedBy(CandidateClassifier classifier) {
        return new RuleBasedExtractor(analyzer, lexicon, patterns, resultFinder, EnumSet.allOf(Stage.class), classifier);
    }

    @Override
    public Extraction extract(Paper paper) {
        AbstractText doc = doc(paper);
        CandidateSource.Context ctx = new CandidateSource.Context();
        List<Candidate> candidates = candidates(doc, ctx);
        AcronymCandidates.titleAcronymAliases(candidates, ctx.aliases);
        if (stages.contains(Stage.STATISTICAL)) candidates = classifier.filter(candidates, doc.title, doc.text);
        return extraction(paper, doc, candidates, ctx.aliases);
    }

    /**
     * The extraction of a paper whose entity candidates another stage found (the learned recognizer): they are
     * resolved, merged and marked proposed as the rules' own, and the results found among them.
     */
    Extraction extractFrom(Paper paper, List<Candidate> candidates, Map<String, String> acronymAliases) {
        AbstractText doc = doc(paper);
        Map<String, String> aliases = new HashMap<>(acronymAliases);
        AcronymCandidates.titleAcronymAliases(candidates, aliases);
        return extraction(paper, doc, candidates, aliases);
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** The part-of-speech tagged words of the paper's abstract, sentence by sentence (the analyzed text is reused). */
    List<Word> taggedWords(Paper paper) {
        AbstractText doc = doc(paper);
        List<Word> out = new ArrayList<>();
        for (org.papergraph.nlp.Sentence s : doc.sentences) out.addAll(doc.taggedWords(s));
        return out;
    }

    private Extraction extraction(Paper paper, AbstractText doc, List<Candidate> candidates, Map<String, String> aliases) {
        String text = doc.text;
        List<Mention> mentions = resolver.resolve(doc.title, text, candidates, aliases);
        ResultFinder.Found found = resultFinder.find(text, doc.sentences, mentions);
        return withResults(paper, mentions, found);
    }

    /** The mentions with the metrics the result finder named, and its results, but for changed settings. */
    private Extraction withResults(Paper paper, List<Mention> mentions, ResultFinder.Found found) {
        // "lowering the learning rate by 10%": a changed setting is neither a measure nor a result.
        Set<String> settings = new HashSet<>();
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
        AbstractText doc = doc(paper);
        List<RuleProposal> out = new ArrayList<>();
        for (Candidate c : candidates(doc, new CandidateSource.Context())) {
            if (c.start() < 0) continue;
            boolean judged = stages.contains(Stage.STATISTICAL);
            double p = judged ? classifier.entityProbability(c, doc.title, doc.text) : 1.0;
            out.add(new RuleProposal(c.start(), c.end(), c.type(), RuleProposal.Source.of(c.priority()), p,
                    !judged || classifier.keeps(c, doc.text, p), c.proposed(), c.conceptIri() != null));
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
        AbstractText doc = doc(paper);
        List<MaxentClassifier.Example> out = new ArrayList<>();
        for (Candidate c : candidates(doc, new CandidateSource.Context())) {
            EntityType gold = goldTypes.get(Names.normalize(c.text()));
            if (gold == null) gold = goldTypes.get(Names.normalize(c.canonical()));
            String outcome = gold == null || (c.type() != null && gold != c.type()) ? CandidateClassifier.NOT_AN_ENTITY : gold.name();
            out.add(new MaxentClassifier.Example(outcome, CandidateFeatures.of(c, doc.title, doc.text)));
        }
        return out;
    }

    /**
     * The analyzed text of the paper: the one of this thread's previous call when it was about the same title and
     * abstract, for the learned extractor asks the rules about one paper three times (proposals, answer,
     * resolution) and splitting and tagging are the costly steps. An {@link AbstractText} only memoizes what it
     * computed, so reuse gives the same answers.
     */
    private AbstractText doc(Paper paper) {
        Analyzed previous = last.get();
        if (previous != null && previous.title().equals(paper.title()) && previous.abstractText() == paper.abstractText()) return previous.doc();
        AbstractText doc = new AbstractText(paper.title(), paper.abstractText(), analyzer);
        last.set(new Analyzed(paper.title(), paper.abstractText(), doc));
        return doc;
    }

    private List<Candidate> candidates(AbstractText doc, CandidateSource.Context ctx) {
        String text = doc.text;
        List<Candidate> candidates = new ArrayList<>();
        vocabulary.propose(doc, ctx, candidates);
        // GUIDELINES.md: a measure is a METRIC when the abstract ties it to a number or a change.
        candidates.removeIf(c -> c.type() == EntityType.METRIC && !measures.isMeasuredAt(doc, c.start()));
        for (CandidateSource source : sources) source.propose(doc, ctx, candidates);
        // "a deep TLM architecture": an acronym defined as a class of things names no entity wherever it stands.
        Set<String> classAcronyms = ctx.classAcronyms;
        if (!classAcronyms.isEmpty()) candidates.removeIf(c -> c.type() != EntityType.DATASET && classAcronyms.contains(singularAcronym(c.text())));
        candidates.removeIf(c -> c.type() == EntityType.METRIC && measures.isBurden(text, c.start(), c.end()));
        return candidates;
    }
}
