package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.config.ProjectFiles;
import org.papergraph.eval.AttributeTraining;
import org.papergraph.eval.GoldSet;
import org.papergraph.extract.ResultRole;

/** Each shipped result-attribute chooser is the one `train --model result-…` rebuilds from the annotations and the extractor as they are. */
class ChooserModelsSlowTest {
    /** Not training/neurips2023: the choosers did not gain from those annotations (README, "Results"). */
    private static final List<Path> FOLDERS = List.of(Path.of("../../shared/training"), Path.of("training"), Path.of("src/test/resources/gold"));

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = ResultRole.class, names = {"SUBJECT", "DATASET", "KIND"})
    void theShippedModelIsNotStale(ResultRole role) throws Exception {
        ProjectFiles files = ProjectFiles.at(Path.of(".."));
        List<GoldSet.Abstract> abstracts = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (var listing = Files.list(folder)) {
                for (Path f : listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                    if (folder.endsWith("gold") && !f.getFileName().toString().startsWith("holdout")) continue;
                    abstracts.addAll(GoldSet.read(f, p -> { throw new AssertionError(p.toString()); }));
                }
            }
        }
        assertFalse(abstracts.isEmpty());
        ByteArrayOutputStream rebuilt = new ByteArrayOutputStream();
        AttributeTraining.train(AttributeTraining.examples(role, Components.withoutChoosers(files), abstracts)).write(rebuilt);
        byte[] shipped;
        try (InputStream in = files.open(role.modelFile)) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, rebuilt.toByteArray(), "the shipped " + role + " model is stale: run the command in `papergraph train --help`"
                + " (--model result-" + role.name().toLowerCase(java.util.Locale.ROOT) + "s) and rebuild");
    }
}
