package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import picocli.CommandLine;
import org.papergraph.config.ProjectFiles;
import org.papergraph.eval.FoldScores;
import org.papergraph.eval.GoldSet;
import org.papergraph.eval.Scorer;
import org.papergraph.extract.CandidateClassifier;
import org.papergraph.model.Extraction;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.LearnedExtractor;
import org.papergraph.extract.Lexicon;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.ingest.Paper;
import org.papergraph.rdf.SkosVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the extractor against a gold file of annotated abstracts.",
                "Scoring follows shared/gold/GUIDELINES.md.",
                "Prints per-type precision, recall and F1 (lenient and strict), proposed accuracy, and results with their attributes."})
final class EvaluateCommand extends PapergraphCommand {
    @Option(names = "--gold", required = true, split = ",", paramLabel = "FILE",
            description = "Gold JSON Lines file(s): repeat the option or separate them with commas; they are scored together.")
    List<Path> golds;

    @Option(names = "--extractor", paramLabel = "KIND", defaultValue = "rules",
            description = "Which extractor to score: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; learned is the recognizer over the rules' features).")
    Kind kind;

    enum Kind { rules, learned }

    @Option(names = "--scores", paramLabel = "FILE",
            description = "With --extractor learned: score held-out abstracts with the scores a cross-validation run wrote (training/README.md) instead of the shipped model.")
    Path scores;

    @Option(names = "--without-judge",
            description = "With --extractor learned: the recognizer's spans as they are, without the span judge (for ablations).")
    boolean withoutJudge;

    @Option(names = "--min-confidence", split = ",", paramLabel = "C",
            description = "With --extractor learned: keep entities of at least this confidence; several values (comma-separated) print one report each, for the precision/recall trade-off (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + Components.DEFAULT_MIN_CONFIDENCE)
    double[] minConfidences;

    @Option(names = "--errors", description = "List false positives (+) and misses (-) per abstract.")
    boolean errors;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE", converter = StageConverter.class, completionCandidates = StageConverter.Names.class,
            description = "Candidate stages besides the vocabulary, for ablations: ${COMPLETION-CANDIDATES} (default: the stages of a plain run). Use --stages=none for vocabulary only.")
    List<Optional<RuleBasedExtractor.Stage>> stages;

    @Option(names = "--without-vocabulary", description = "Extract with an empty vocabulary, to measure what the vocabulary adds.")
    boolean withoutVocabulary;

    @Option(names = "--rules-attributes",
            description = "Results take the subject, dataset and kind the rules choose instead of the learned choosers' (for ablations).")
    boolean rulesAttributes;

    double rejectAbove = CandidateClassifier.DEFAULT_REJECT_ABOVE;

    @Option(names = "--reject-above", paramLabel = "P",
            description = "The statistical stage drops a candidate whose probability of naming no entity is above P, 0 to 1 (default: "
                    + CandidateClassifier.DEFAULT_REJECT_ABOVE + ").")
    void setRejectAbove(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--reject-above': " + value + " is not between 0 and 1");
        }
        rejectAbove = value;
    }

    @Override
    protected int doCall() throws Exception {
        List<GoldSet.Abstract> abstracts = new ArrayList<>();
        int problems = 0;
        for (Path gold : golds) {
            if (!Files.isRegularFile(gold)) throw CommandFailure.noInput("gold file " + gold + " does not exist");
            GoldFile goldFile = GoldFile.read(gold, err());
            abstracts.addAll(goldFile.abstracts());
            problems += goldFile.problems();
        }
        ProjectFiles files = ProjectFiles.fromEnvironment();
        RuleBasedExtractor extractor = (RuleBasedExtractor) Components.extractor(files,
                withoutVocabulary ? new Lexicon(List.of()) : SkosVocabulary.lexicon(files), parseStages(), rejectAbove);
        if (!rulesAttributes) extractor = Components.withChoosers(files, extractor);
        LearnedExtractor learned = null;
        if (kind == Kind.learned) {
            FoldScores held = scores == null ? null : FoldScores.read(scores);
            if (held != null) {
                int all = abstracts.size();
                abstracts.removeIf(a -> !held.holds(a.id()));
                err().printf("papergraph evaluate: %d of %d abstracts have fold scores in %s; only they are scored%n", abstracts.size(), all, scores);
            }
            learned = Components.learned(files, extractor, held, Components.DEFAULT_MIN_CONFIDENCE, !withoutJudge);
        }
        double[] thresholds = learned == null ? new double[] {0} : minConfidences;
        List<Scorer> scorers = new ArrayList<>();
        for (int k = 0; k < thresholds.length; k++) scorers.add(new Scorer());
        for (GoldSet.Abstract a : abstracts) {
            Paper paper = a.paper(a.id());
            List<Extraction> found = learned == null ? List.of(extractor.extract(paper)) : learned.extractAt(paper, thresholds);
            for (int k = 0; k < thresholds.length; k++) scorers.get(k).add(a, found.get(k));
        }
        for (int k = 0; k < thresholds.length; k++) {
            out().printf("%d abstracts from %s, %s extractor%s%n%n", abstracts.size(), golds.size() == 1 ? golds.get(0) : golds, kind,
                    learned == null ? "" : ", min confidence " + thresholds[k]);
            out().print(scorers.get(k).report(errors));
            if (k + 1 < thresholds.length) out().println();
        }
        return problems > 0 && abstracts.isEmpty() ? ExitCodes.DATA_ERROR : ExitCodes.OK;
    }

    private Set<RuleBasedExtractor.Stage> parseStages() {
        if (stages == null) return Components.DEFAULT_STAGES;
        Set<RuleBasedExtractor.Stage> set = EnumSet.noneOf(RuleBasedExtractor.Stage.class);
        for (Optional<RuleBasedExtractor.Stage> s : stages) s.ifPresent(set::add);
        return set;
    }

    /** {@code patterns}, {@code head-nouns}, {@code statistical} or {@code none} (empty); anything else is a usage error listing these. */
    static final class StageConverter implements CommandLine.ITypeConverter<Optional<RuleBasedExtractor.Stage>> {
        @Override
        public Optional<RuleBasedExtractor.Stage> convert(String value) {
            if (value.equalsIgnoreCase("none")) return Optional.empty();
            for (RuleBasedExtractor.Stage stage : RuleBasedExtractor.Stage.values()) {
                if (Names.of(stage).equalsIgnoreCase(value) || stage.name().equalsIgnoreCase(value)) return Optional.of(stage);
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a stage; expected one of " + String.join(", ", new Names()));
        }

        static final class Names extends java.util.ArrayList<String> {
            Names() {
                add("none");
                for (RuleBasedExtractor.Stage stage : RuleBasedExtractor.Stage.values()) add(of(stage));
            }

            static String of(RuleBasedExtractor.Stage stage) {
                return stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
        }
    }
}
