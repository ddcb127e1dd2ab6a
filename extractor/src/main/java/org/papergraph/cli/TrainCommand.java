package org.papergraph.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.config.ProjectFiles;
import org.papergraph.eval.CandidateTraining;
import org.papergraph.eval.GoldSet;
import org.papergraph.extract.CandidateClassifier;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.nlp.MaxentClassifier;
import org.papergraph.nlp.OpenNlpAnalyzer;
import org.papergraph.rdf.SkosVocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the model of the statistical stage from annotated abstracts.",
                "The abstracts are gold JSON Lines, as shared/gold/GUIDELINES.md describes: every candidate the rules find is an",
                "example, labeled with the type of the entity it names or O.",
                "The shipped model is rebuilt with:",
                "  papergraph train extractor/training/*.jsonl"})
final class TrainCommand extends PapergraphCommand {
    static final String DEFAULT_OUT = "extractor/src/main/resources/papergraph/" + CandidateClassifier.MODEL_FILE;

    @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Annotated abstracts (JSON Lines).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out = Path.of(DEFAULT_OUT);

    @Option(names = "--cross-validate", paramLabel = "K",
            description = "Instead of writing a model, report K-fold cross-validation (by abstract) of the judged phrases.")
    Integer folds;

    @Override
    protected int doCall() throws Exception {
        ProjectFiles files = ProjectFiles.fromEnvironment();
        // The rule stages alone: the model learns from what the rules find.
        RuleBasedExtractor rules = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), SkosVocabulary.lexicon(files));
        List<GoldSet.Abstract> annotated = new ArrayList<>();
        int problems = 0;
        for (Path input : inputs) {
            if (!Files.isRegularFile(input)) {
                throw CommandFailure.noInput(input + " does not exist");
            }
            GoldFile gold = GoldFile.read(input, err());
            problems += gold.problems();
            annotated.addAll(gold.abstracts());
            message("%s: %d abstracts", input, gold.abstracts().size());
        }
        if (annotated.isEmpty()) {
            throw CommandFailure.dataError("no examples; the inputs hold no annotated abstracts");
        }
        if (folds != null) {
            if (folds < 2 || folds > annotated.size()) {
                throw CommandFailure.usage("--cross-validate needs between 2 and " + annotated.size() + " folds");
            }
            out().print(CandidateTraining.crossValidate(rules, annotated, folds));
            return ExitCodes.OK;
        }
        List<MaxentClassifier.Example> examples = CandidateTraining.examples(rules, annotated, "training");
        int abstracts = annotated.size();
        long positives = examples.stream().filter(e -> !e.outcome().equals(CandidateClassifier.NOT_AN_ENTITY)).count();
        message("%d candidates from %d abstracts (%d name entities, %d do not); %d input problems",
                examples.size(), abstracts, positives, examples.size() - positives, problems);
        MaxentClassifier model = CandidateTraining.train(examples);
        Path parent = out.toAbsolutePath().getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw CommandFailure.cannotCreate("cannot create the folder of " + out + ": " + e.getMessage());
        }
        try (OutputStream o = ExtractCommand.create(out)) {
            model.write(o);
        }
        message("model written to %s (rebuild the jar to ship it)", out);
        return ExitCodes.OK;
    }
}
