package org.papergraph.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.config.ProjectFiles;
import org.papergraph.eval.CandidateTraining;
import org.papergraph.eval.FoldScores;
import org.papergraph.eval.FoldSpans;
import org.papergraph.extract.Recognizer;
import org.papergraph.eval.SpanJudgeTraining;
import org.papergraph.extract.LearnedExtractor;
import org.papergraph.extract.SpanJudge;
import org.papergraph.eval.GoldSet;
import org.papergraph.eval.AttributeTraining;
import org.papergraph.extract.AttributeChooser;
import org.papergraph.extract.CandidateClassifier;
import org.papergraph.extract.ResultRole;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.nlp.MaxentClassifier;
import org.papergraph.nlp.OpenNlpAnalyzer;
import org.papergraph.rdf.SkosVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a model of the rule extractor from annotated abstracts.",
                "The abstracts are gold JSON Lines, as shared/gold/GUIDELINES.md describes.",
                "--model entity-candidates (the statistical stage): every candidate the rules find is an example, labeled with",
                "the type of the entity it names or O. Rebuilt with:",
                "  papergraph train extractor/training/*.jsonl",
                "--model result-subjects (the subject chooser, shipped): every method or model of a number's sentence, and what",
                "the paper mainly proposes, is an option for each number an annotated result states, labeled by whether it is",
                "that result's subject. Rebuilt with:",
                "  papergraph train --model result-subjects ../shared/training/*.jsonl extractor/training/*.jsonl \\",
                "      extractor/src/test/resources/gold/holdout*.jsonl",
                "--model result-datasets (the dataset chooser, shipped): the same over the datasets of the sentence.",
                "--model result-kinds (the kind chooser, shipped): the four kinds are the options of each number.",
                "--model result-metrics (the metric chooser): the same over the METRIC mentions; measured, not shipped (README).",
                "--model entity-spans (the span judge of the learned extractor): every span the recognizer decodes or the rules",
                "propose is an example, labeled with the type of the entity it names or O. It reads the recognizer's spans of a",
                "cross-validation run (--spans; --scores decodes them from the run's scores first). Rebuilt with:",
                "  papergraph train --model entity-spans ../shared/training/*.jsonl extractor/training/*.jsonl \\",
                "      extractor/training/neurips2023/*.jsonl extractor/src/test/resources/gold/holdout*.jsonl"})
final class TrainCommand extends PapergraphCommand {
    static final String RESOURCES = "extractor/src/main/resources/papergraph/";
    /**
     * Cross-validation reports the abstracts of files so named apart: the 800 NeurIPS abstracts of
     * {@code ../shared/training/}, the cleanest measure (no rule was written from them).
     */
    static final String REPORTED_APART = "neurips2023-train-";
    /** The shipped decoded spans of the recognizer's cross-validation run, the span judge's training input. */
    static final String DEFAULT_SPANS = "extractor/training/recognizer-cv-spans.jsonl.gz";

    enum Model { entity_candidates, entity_spans, result_metrics, result_subjects, result_datasets, result_kinds }

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Annotated abstracts (JSON Lines).")
    List<Path> inputs;

    @Option(names = "--model", paramLabel = "MODEL", converter = ModelConverter.class,
            description = "Which model: entity-candidates, entity-spans, result-metrics, result-subjects, result-datasets or result-kinds (default: entity-candidates).")
    Model model = Model.entity_candidates;

    @Option(names = "--scores", paramLabel = "FILE",
            description = "With --model entity-spans: read the recognizer's spans from the scores of its cross-validation run (training/train.py --cross-validate 5 --scores FILE) instead of --spans, and write them to --spans (with --cross-validate only to a --spans given, so the shipped file stays as it is).")
    Path scores;

    @Option(names = "--spans", paramLabel = "FILE",
            description = "With --model entity-spans: the recognizer's cross-validated spans, decoded (default: ${DEFAULT-VALUE}); only the abstracts they hold are used.")
    Path spans = Path.of(DEFAULT_SPANS);

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write the model (default: the shipped one under " + RESOURCES + ").")
    Path out;

    static final class ModelConverter implements picocli.CommandLine.ITypeConverter<Model> {
        @Override
        public Model convert(String value) {
            try {
                return Model.valueOf(value.replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a model; use entity-candidates, entity-spans, result-metrics, result-subjects, result-datasets or result-kinds");
            }
        }
    }

    @Option(names = "--cross-validate", paramLabel = "K",
            description = "Instead of writing a model, report K-fold cross-validation (by abstract) of the judged phrases.")
    Integer folds;

    @Override
    protected int doCall() throws Exception {
        ProjectFiles files = ProjectFiles.fromEnvironment();
        ResultRole role = switch (model) {
            case result_metrics -> ResultRole.METRIC;
            case result_subjects -> ResultRole.SUBJECT;
            case result_datasets -> ResultRole.DATASET;
            case result_kinds -> ResultRole.KIND;
            case entity_candidates, entity_spans -> null;
        };
        if (model != Model.entity_spans && scores != null) throw CommandFailure.usage("--scores goes with --model entity-spans only");
        if (out == null) {
            out = Path.of(RESOURCES + (role != null ? role.modelFile : model == Model.entity_spans ? SpanJudge.MODEL_FILE : CandidateClassifier.MODEL_FILE));
        }
        // Entity candidates: the rule stages alone, the model learns from what they find. Result metrics: the
        // extractor of a plain run, whose entities the chooser will see.
        RuleBasedExtractor rules = role != null ? Components.withoutChoosers(files)
                : new RuleBasedExtractor(OpenNlpAnalyzer.shared(), SkosVocabulary.lexicon(files));
        List<GoldSet.Abstract> annotated = new ArrayList<>();
        java.util.Set<String> apart = new java.util.HashSet<>();
        int problems = 0;
        for (Path input : inputs) {
            if (!Files.isRegularFile(input)) {
                throw CommandFailure.noInput(input + " does not exist");
            }
            GoldFile gold = GoldFile.read(input, err());
            problems += gold.problems();
            annotated.addAll(gold.abstracts());
            if (input.getFileName().toString().startsWith(REPORTED_APART)) gold.abstracts().forEach(a -> apart.add(a.id()));
            message("%s: %d abstracts", input, gold.abstracts().size());
        }
        LearnedExtractor learned = null;
        if (model == Model.entity_spans) {
            FoldSpans held = foldSpans(files, annotated);
            int all = annotated.size();
            annotated.removeIf(a -> !held.holds(a.id()));
            message("%d of %d abstracts have spans in %s; only they are used", annotated.size(), all, scores != null ? scores : spans);
            learned = new LearnedExtractor(Components.rules(files), Components.tokenizer(files), held, 0);
        }
        if (annotated.isEmpty()) {
            throw CommandFailure.dataError("no examples; the inputs hold no annotated abstracts");
        }
        if (folds != null) {
            if (folds < 2 || folds > annotated.size()) {
                throw CommandFailure.usage("--cross-validate needs between 2 and " + annotated.size() + " folds");
            }
            out().print(learned != null ? SpanJudgeTraining.crossValidate(learned, annotated, folds, apart, m -> message("%s", m))
                    : role != null ? AttributeTraining.crossValidate(role, rules, annotated, folds, Components.SHIPPED_CHOOSERS, apart)
                    : CandidateTraining.crossValidate(rules, annotated, folds));
            return ExitCodes.OK;
        }
        int abstracts = annotated.size();
        MaxentClassifier trained;
        if (learned != null) {
            List<MaxentClassifier.Example> examples = SpanJudgeTraining.examples(learned, annotated);
            long positives = examples.stream().filter(e -> !e.outcome().equals(SpanJudge.NOT_AN_ENTITY)).count();
            message("%d candidate spans from %d abstracts (%d name entities); %d input problems", examples.size(), abstracts, positives, problems);
            trained = SpanJudgeTraining.train(examples);
        } else if (role != null) {
            List<MaxentClassifier.Example> examples = AttributeTraining.examples(role, rules, annotated);
            long positives = examples.stream().filter(e -> e.outcome().equals(AttributeChooser.RIGHT)).count();
            message("%d options from %d abstracts (%d name the annotated result's attribute); %d input problems",
                    examples.size(), abstracts, positives, problems);
            trained = AttributeTraining.train(examples);
        } else {
            List<MaxentClassifier.Example> examples = CandidateTraining.examples(rules, annotated, "training");
            long positives = examples.stream().filter(e -> !e.outcome().equals(CandidateClassifier.NOT_AN_ENTITY)).count();
            message("%d candidates from %d abstracts (%d name entities, %d do not); %d input problems",
                    examples.size(), abstracts, positives, examples.size() - positives, problems);
            trained = CandidateTraining.train(examples);
        }
        Path parent = out.toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw CommandFailure.cannotCreate("cannot create the folder of " + out + ": " + e.getMessage());
        }
        try (OutputStream o = ExtractCommand.create(out)) {
            trained.write(o);
        }
        message("model written to %s (rebuild the jar to ship it)", out);
        return ExitCodes.OK;
    }

    /**
     * The recognizer's cross-validated spans: decoded from --scores (and written to --spans), or read from --spans. A
     * cross-validation of the judge writes them only to a --spans it is given, so it never rewrites the shipped file.
     */
    private FoldSpans foldSpans(ProjectFiles files, List<GoldSet.Abstract> annotated) throws java.io.IOException {
        if (scores == null) {
            if (!Files.isRegularFile(spans)) throw CommandFailure.noInput("spans file " + spans + " does not exist (decode it from a cross-validation run with --scores)");
            return FoldSpans.read(spans);
        }
        if (!Files.isRegularFile(scores)) throw CommandFailure.noInput("scores file " + scores + " does not exist");
        var tokenizer = Components.tokenizer(files);
        FoldSpans decoded = FoldSpans.decode(FoldScores.read(scores), annotated, Recognizer.readMetadata(files).get("inputs"), tokenizer::encode);
        if (folds != null && !spec.commandLine().getParseResult().hasMatchedOption("--spans")) {
            message("the spans of %s decoded (not written: give --spans to keep them)", scores);
            return decoded;
        }
        // Not ExtractCommand.create: that would gzip a ".gz" name a second time.
        try (OutputStream o = Files.newOutputStream(spans)) {
            decoded.write(o);
        } catch (java.io.IOException e) {
            throw CommandFailure.cannotCreate("cannot write " + spans + ": " + e.getMessage());
        }
        message("the spans of %s decoded and written to %s", scores, spans);
        return decoded;
    }
}
