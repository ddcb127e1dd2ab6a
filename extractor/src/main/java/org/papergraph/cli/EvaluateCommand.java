package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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
        description = {"Extracts the abstracts of a gold file and scores the result as shared/gold/GUIDELINES.md describes:",
                "per-type precision, recall and F1 (lenient and strict), proposed accuracy, and results with their attributes."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, split = ",", paramLabel = "FILE",
            description = "Gold JSON Lines file(s): repeat the option or separate them with commas; they are scored together.")
    List<Path> golds;

    @Option(names = "--extractor", paramLabel = "KIND", defaultValue = "rules",
            description = "rules (the default) or learned (the recognizer over the rules' features).")
    String kind;

    @Option(names = "--scores", paramLabel = "FILE",
            description = "Score held-out abstracts with the recognizer scores a cross-validation run wrote (training/README.md) instead of the shipped model.")
    Path scores;

    @Option(names = "--min-confidence", split = ",", paramLabel = "C",
            description = "Keep entities the recognizer gives at least this confidence; several values (comma-separated) print one report each, for the precision/recall trade-off (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + Components.DEFAULT_MIN_CONFIDENCE)
    double[] minConfidences;

    @Option(names = "--errors", description = "List false positives (+) and misses (-) per abstract.")
    boolean errors;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE",
            description = "Candidate stages besides the vocabulary, for ablations: ${COMPLETION-CANDIDATES} (default: the stages of a plain run). Use --stages=none for vocabulary only.")
    List<String> stages;

    @Option(names = "--without-vocabulary", description = "Extract with an empty vocabulary, to measure what the vocabulary adds.")
    boolean withoutVocabulary;

    @Option(names = "--reject-above", paramLabel = "P", defaultValue = "" + CandidateClassifier.DEFAULT_REJECT_ABOVE,
            description = "The statistical stage drops a candidate whose probability of naming no entity is above P (default: ${DEFAULT-VALUE}).")
    double rejectAbove;

    @Override
    public Integer call() throws Exception {
        List<GoldSet.Abstract> abstracts = new ArrayList<>();
        int problems = 0;
        for (Path gold : golds) {
            if (!Files.isRegularFile(gold)) {
                System.err.println("papergraph evaluate: gold file " + gold + " does not exist");
                return ExitCodes.NO_INPUT;
            }
            GoldFile goldFile = GoldFile.read(gold);
            abstracts.addAll(goldFile.abstracts());
            problems += goldFile.problems();
        }
        ProjectFiles files = ProjectFiles.fromEnvironment();
        Extractor extractor = Components.extractor(files,
                withoutVocabulary ? new Lexicon(List.of()) : SkosVocabulary.lexicon(files), parseStages(), rejectAbove);
        LearnedExtractor learned = null;
        if (kind.equals("learned")) {
            FoldScores held = scores == null ? null : FoldScores.read(scores);
            if (held != null) {
                int all = abstracts.size();
                abstracts.removeIf(a -> !held.holds(a.id()));
                System.err.printf("papergraph evaluate: %d of %d abstracts have fold scores in %s; only they are scored%n", abstracts.size(), all, scores);
            }
            learned = Components.learned(files, (RuleBasedExtractor) extractor, held);
        } else if (!kind.equals("rules")) {
            System.err.println("papergraph evaluate: --extractor is learned or rules, not " + kind);
            return ExitCodes.USAGE;
        }
        double[] thresholds = learned == null ? new double[] {0} : minConfidences;
        List<Scorer> scorers = new ArrayList<>();
        for (int k = 0; k < thresholds.length; k++) scorers.add(new Scorer());
        for (GoldSet.Abstract a : abstracts) {
            Paper paper = new Paper(a.id(), a.title(), a.abstractText(), null, null, null, null, a.id());
            List<Extraction> found = learned == null ? List.of(extractor.extract(paper)) : learned.extractAt(paper, thresholds);
            for (int k = 0; k < thresholds.length; k++) scorers.get(k).add(a, found.get(k));
        }
        for (int k = 0; k < thresholds.length; k++) {
            System.out.printf("%d abstracts from %s, %s extractor%s%n%n", abstracts.size(), golds, kind,
                    learned == null ? "" : ", min confidence " + thresholds[k]);
            System.out.print(scorers.get(k).report(errors));
            if (k + 1 < thresholds.length) System.out.println();
        }
        return problems > 0 && abstracts.isEmpty() ? ExitCodes.DATA_ERROR : ExitCodes.OK;
    }

    private Set<RuleBasedExtractor.Stage> parseStages() {
        if (stages == null) return Components.DEFAULT_STAGES;
        Set<RuleBasedExtractor.Stage> set = EnumSet.noneOf(RuleBasedExtractor.Stage.class);
        for (String s : stages) {
            if (s.equalsIgnoreCase("none")) continue;
            set.add(RuleBasedExtractor.Stage.valueOf(s.toUpperCase().replace('-', '_')));
        }
        return set;
    }
}
