package org.papergraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Measures the extractor against its floor on the same abstracts and the same threads.",
                "The floor of the rules is bare OpenNLP sentence+token+POS tagging; of --extractor learned,",
                "the bare encoder forward pass over the recognizer's windows. Per thread count: abstracts/s",
                "of both (medians over rounds, alternated ABBA), their ratio and peak heap; the speed-up",
                "from the first to the last thread count; load times."})
final class BenchExtractCommand extends PapergraphCommand {
    @Mixin
    BenchExtractOptions extract;

    @Override
    protected String name() {
        return "bench extract";
    }

    @Override
    protected int doCall() throws Exception {
        return extract.run(this);
    }
}
