package org.papergraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.papergraph.config.ProjectFiles;
import org.papergraph.eval.GoldSet;
import org.papergraph.eval.Scorer;
import org.papergraph.extract.CandidateClassifier;
import org.papergraph.model.Extraction;
import org.papergraph.extract.Extractor;
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
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON Lines file.")
    Path gold;

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
        if (!Files.isRegularFile(gold)) {
            System.err.println("papergraph evaluate: gold file " + gold + " does not exist");
            return ExitCodes.NO_INPUT;
        }
        GoldFile goldFile = GoldFile.read(gold);
        List<GoldSet.Abstract> abstracts = goldFile.abstracts();
        ProjectFiles files = ProjectFiles.fromEnvironment();
        Extractor extractor = Components.extractor(files,
                withoutVocabulary ? new Lexicon(List.of()) : SkosVocabulary.lexicon(files), parseStages(), rejectAbove);
        Scorer scorer = new Scorer();
        for (GoldSet.Abstract a : abstracts) {
            Extraction e = extractor.extract(new Paper(a.id(), a.title(), a.abstractText(), null, null, null, null, gold + ":" + a.id()));
            scorer.add(a, e);
        }
        System.out.printf("%d abstracts from %s%n%n", abstracts.size(), gold);
        System.out.print(scorer.report(errors));
        return goldFile.problems() > 0 && abstracts.isEmpty() ? ExitCodes.DATA_ERROR : ExitCodes.OK;
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
