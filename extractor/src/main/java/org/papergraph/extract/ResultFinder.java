package org.papergraph.extract;

import static org.papergraph.extract.Occurrence.name;
import static org.papergraph.extract.ResultWords.WINDOW;
import static org.papergraph.extract.ResultWords.firstWord;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.papergraph.model.EntityType;
import org.papergraph.model.Mention;
import org.papergraph.model.Result;
import org.papergraph.model.ResultKind;
import org.papergraph.nlp.Sentence;

/**
 * Finds reported numbers in each sentence and attaches them to the entities of the same abstract: the
 * metric, the dataset, the subject (what the paper proposes when the sentence speaks of "we", "our
 * method" or "it") and a baseline after "over"/"than"/"compared to". Coordinated numbers ("8.43, 5.96 and
 * 10.60 on A, B and C") share their unit and pair with coordinated metrics or datasets in order. A metric
 * named only next to its number ("25% less memory") becomes a METRIC entity. Reading the numbers
 * ({@link NumberForms}), telling results from other numbers ({@link ResultExclusions}), their kind
 * ({@link ResultCues}), metric ({@link MetricAttachment}) and other attributes ({@link ResultAttachment})
 * are stages of their own; wording comes from {@link ResultRules}. Thread-safe.
 */
public final class ResultFinder {
    private final NumberForms numbers;
    private final ResultExclusions exclusions;
    private final ResultCues cues;
    private final MetricAttachment metrics;
    private final ResultAttachment attributes;
    private final ResultRules rules;
    /** The learned choices of attributes, by role; a role without one keeps the rules' choice. */
    private final Map<ResultRole, AttributeChooser> choosers;
    /** Where each attribute decision is recorded for training, or null. */
    private final Consumer<AttributeChoice> trace;

    public ResultFinder(ResultRules rules) {
        this(rules, Map.of(), null);
    }

    private ResultFinder(ResultRules rules, Map<ResultRole, AttributeChooser> choosers, Consumer<AttributeChoice> trace) {
        this.rules = rules;
        this.numbers = new NumberForms(rules);
        this.exclusions = new ResultExclusions(rules);
        this.cues = new ResultCues(rules);
        this.metrics = new MetricAttachment(rules, cues);
        this.attributes = new ResultAttachment(rules);
        this.choosers = choosers;
        this.trace = trace;
    }

    /** The same finder, with the chooser's role decided by it. */
    ResultFinder choosingBy(AttributeChooser chooser) {
        Map<ResultRole, AttributeChooser> all = new EnumMap<>(ResultRole.class);
        all.putAll(choosers);
        all.put(chooser.role(), chooser);
        return new ResultFinder(rules, Map.copyOf(all), trace);
    }

    /** The same finder, recording every attribute decision to {@code trace}; for training, one finder per abstract. */
    ResultFinder tracing(Consumer<AttributeChoice> trace) {
        return new ResultFinder(rules, choosers, trace);
    }

    /** What the finder found: results, and metrics it named that the entity finders had not. */
    public record Found(List<Result> results, List<Mention> addedMetrics) {
    }

    public Found find(String text, List<Sentence> sentences, List<Mention> mentions) {
        List<Result> results = new ArrayList<>();
        ResultMentions known = new ResultMentions(mentions);
        Mention proposed = mainProposed(mentions);
        for (Sentence sentence : sentences) {
            if (!NumberForms.mayStateANumber(sentence.text())) continue;
            List<Occurrence> occurrences = Occurrence.inSentence(sentence, known.all);
            for (List<ReportedNumber> group : NumberForms.groups(text, numbers.numbers(text, sentence, occurrences))) {
                group = NumberForms.shareUnit(group);
                group = group.stream().filter(n -> exclusions.isResult(text, sentence, n)).toList();
                if (group.isEmpty()) continue;
                addResults(text, sentence, group, occurrences, known, proposed, results);
            }
        }
        return new Found(Statements.separate(text, results), List.copyOf(known.added));
    }

    private void addResults(String text, Sentence sentence, List<ReportedNumber> group, List<Occurrence> occurrences,
                            ResultMentions known, Mention proposed, List<Result> out) {
        ReportedNumber first = group.get(0);
        ReportedNumber last = group.get(group.size() - 1);
        int cue = cues.cueStart(text, sentence, first.start());
        boolean parallel = cue == ResultCues.STOPPED_BY_NUMBER;
        if (parallel) cue = -1;
        String before = text.substring(Math.max(sentence.start(), first.start() - WINDOW), first.start());
        String afterLast = text.substring(last.unitEnd(), Math.min(sentence.end(), last.unitEnd() + 40));
        int baselineCue = cues.baselineCue(text, sentence, last.unitEnd());
        ResultKind kind = cues.kind(cue >= 0 ? firstWord(text.substring(cue)) : null, afterLast, last.unit(), text, last.unitEnd(), baselineCue);
        Result previous = out.isEmpty() ? null : out.get(out.size() - 1);
        if (parallel && previous != null && previous.sentenceStart() == sentence.start() && !cues.hasOwnCue(afterLast)) {
            // "reduces A by 82.5% and B by 63.3%": the second number continues the first one's statement.
            kind = previous.kind();
        }
        String qualifier = cues.qualifier(before);
        int clauseEnd = clauseEnd(text, last.unitEnd(), sentence.end());

        // Metrics: one per number when the sentence lists as many, else one for all.
        List<Occurrence> listed = Occurrences.typedAfter(occurrences, last.unitEnd(), clauseEnd, EntityType.METRIC);
        Occurrence shared = listed.size() != group.size() || group.size() == 1
                ? metrics.shared(text, sentence, first, last, cue, listed, occurrences, known) : null;
        ResultAttachment.Attributes attached = attributes.attach(text, sentence, group, cue, baselineCue, clauseEnd, occurrences, proposed);
        Mention subject = attached.subject();

        int spanStart = cue >= 0 ? cue : (shared != null && shared.end() <= first.start() && first.start() - shared.end() < 25 ? shared.start() : first.start());
        int spanEnd = last.unitEnd();
        if (shared != null && shared.start() >= last.unitEnd() && shared.start() - last.unitEnd() < 30) spanEnd = shared.end();
        for (int i = 0; i < group.size(); i++) {
            ReportedNumber n = group.get(i);
            Occurrence metric = n.metricUnit() != null ? n.metricUnit() : shared != null ? shared
                    : listed.size() == group.size() ? listed.get(i) : null;
            if (n.metricUnit() == null) metric = learned(ResultRole.METRIC, text, sentence, n, metric, typedOptions(occurrences, metric, EntityType.METRIC));
            List<Occurrence> subjects = subjectOptions(occurrences, subject, proposed);
            Occurrence subjectOcc = learned(ResultRole.SUBJECT, text, sentence, n, ruleOption(subjects, subject, n), subjects);
            Mention numberSubject = subjectOcc == null ? null : subjectOcc.mention();
            Occurrence ruleDataset = attached.dataset(i);
            List<Occurrence> datasets = typedOptions(occurrences, ruleDataset, EntityType.DATASET);
            Occurrence dataset = learned(ResultRole.DATASET, text, sentence, n, ruleDataset, datasets);
            int start = Math.min(spanStart, n.start());
            int end = Math.max(spanEnd, n.unitEnd());
            ResultKind numberKind = learnedKind(text, sentence, n, kind, cue >= 0 ? firstWord(text.substring(cue)) : null, baselineCue >= 0);
            out.add(new Result(n.value(), n.unit(), numberKind, qualifier, name(metric), numberSubject == null ? null : numberSubject.canonical(),
                    name(dataset), name(attached.baseline()), text.substring(start, end), start, end,
                    sentence.start(), sentence.end(), n.start(), n.unitEnd()));
        }
    }

    /**
     * The option a role's chooser picks (null: none), recording the decision when tracing; the rules' choice
     * without a chooser. {@code ruleChoice} is among {@code options} or null.
     */
    private Occurrence learned(ResultRole role, String text, Sentence sentence, ReportedNumber n, Occurrence ruleChoice, List<Occurrence> options) {
        if (!choosers.containsKey(role) && trace == null) return ruleChoice;
        List<AttributeChoice.Option> described = new ArrayList<>(options.size());
        for (Occurrence o : options) {
            described.add(new AttributeChoice.Option(o.mention().text(), o.mention().canonical(),
                    AttributeFeatures.of(role, text, sentence, n, o, o == ruleChoice, options, rules)));
        }
        int chosen = decide(role, n, described, options.indexOf(ruleChoice));
        return chosen < 0 ? null : options.get(chosen);
    }

    /** The kind the chooser gives the number among the four (the rules' kind one of its features), recorded when tracing. */
    private ResultKind learnedKind(String text, Sentence sentence, ReportedNumber n, ResultKind ruleKind, String cueWord, boolean baselineCue) {
        if (!choosers.containsKey(ResultRole.KIND) && trace == null) return ruleKind;
        ResultKind[] kinds = ResultKind.values();
        List<AttributeChoice.Option> described = new ArrayList<>(kinds.length);
        for (ResultKind k : kinds) {
            described.add(new AttributeChoice.Option(k.label(), k.label(), KindFeatures.of(k, ruleKind, text, sentence, n, cueWord, baselineCue)));
        }
        int chosen = decide(ResultRole.KIND, n, described, ruleKind.ordinal());
        return chosen < 0 ? ruleKind : kinds[chosen];
    }

    /**
     * Records the decision when tracing and returns the option the role's chooser picks (-1: none it trusts), or
     * {@code ruleChoice} when the role has no chooser.
     */
    private int decide(ResultRole role, ReportedNumber n, List<AttributeChoice.Option> options, int ruleChoice) {
        if (trace != null) trace.accept(new AttributeChoice(role, n.value(), n.start(), List.copyOf(options), ruleChoice));
        AttributeChooser chooser = choosers.get(role);
        if (chooser == null) return ruleChoice;
        List<List<String>> features = new ArrayList<>(options.size());
        for (AttributeChoice.Option o : options) features.add(o.features());
        return chooser.choose(features);
    }

    /** The mentions of a type in the sentence, and the rules' choice, as that very object, wherever it stands. */
    private static List<Occurrence> typedOptions(List<Occurrence> occurrences, Occurrence ruleChoice, EntityType type) {
        List<Occurrence> options = new ArrayList<>();
        for (Occurrence o : occurrences) if (o.mention().type() == type) options.add(same(o, ruleChoice) ? ruleChoice : o);
        if (ruleChoice != null && !options.contains(ruleChoice)) options.add(ruleChoice);
        return options;
    }

    /** The methods and models of the sentence, and what the paper mainly proposes (start -1 when not in the sentence). */
    private static List<Occurrence> subjectOptions(List<Occurrence> occurrences, Mention ruleChoice, Mention proposed) {
        List<Occurrence> options = new ArrayList<>();
        for (Occurrence o : occurrences) {
            if (o.mention().type() == EntityType.METHOD || o.mention().type() == EntityType.MODEL) options.add(o);
        }
        for (Mention m : java.util.Arrays.asList(proposed, ruleChoice)) {
            if (m != null && options.stream().noneMatch(o -> o.mention() == m)) options.add(new Occurrence(-1, -1, m));
        }
        return options;
    }

    /** The option of the rules' chosen mention: its last occurrence before the number, else its first. */
    private static Occurrence ruleOption(List<Occurrence> options, Mention chosen, ReportedNumber n) {
        Occurrence found = null;
        for (Occurrence o : options) {
            if (o.mention() != chosen) continue;
            if (found == null || o.start() >= 0 && o.start() < n.start()) found = o;
        }
        return found;
    }

    private static boolean same(Occurrence a, Occurrence b) {
        return b != null && a.start() == b.start() && a.end() == b.end();
    }

    /** The end of the clause after a number: the next semicolon, or the sentence end. */
    private static int clauseEnd(String text, int from, int sentenceEnd) {
        int semicolon = text.indexOf(';', from);
        return semicolon < 0 || semicolon > sentenceEnd ? sentenceEnd : semicolon;
    }

    private static Mention mainProposed(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.proposed() && (m.type() == EntityType.METHOD || m.type() == EntityType.MODEL)) return m;
        }
        return null;
    }
}
