package org.papergraph.cli;

import org.papergraph.config.ProjectFiles;
import org.papergraph.extract.Extractor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --extractor rules|learned} and {@code --min-confidence C}: which extractor a command runs. A picocli mixin. */
public final class ExtractorOptions {
    /** The extractors papergraph has: the rules alone, or the learned recognizer reading the rules' proposals. */
    public enum Kind { rules, learned }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--extractor", paramLabel = "KIND",
            description = "rules or learned (the recognizer over the rules' proposals; README, \"The learned recognizer\"); default: " + "rules" + ".")
    Kind kind = Components.DEFAULT_EXTRACTOR;

    private double minConfidence = Components.DEFAULT_MIN_CONFIDENCE;

    @Option(names = "--min-confidence", paramLabel = "C",
            description = "With the learned extractor: keep only entities of at least this confidence, 0 to 1 (default: "
                    + Components.DEFAULT_MIN_CONFIDENCE + "); the README's table shows precision and recall by threshold.")
    void setMinConfidence(double value) {
        minConfidence = Ranges.check(spec, "--min-confidence", value, 0.0, 1.0);
    }

    public Extractor build(ProjectFiles project) {
        return kind == Kind.learned ? Components.learned(project, Components.rules(project), null, minConfidence) : Components.extractor(project);
    }
}
