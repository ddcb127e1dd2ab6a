package org.papergraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.papergraph.eval.GoldSet;

/** A gold file as the commands read it: its abstracts, bad lines reported on standard error and counted. */
record GoldFile(List<GoldSet.Abstract> abstracts, int problems) {
    static GoldFile read(Path file, java.io.PrintWriter err) throws IOException {
        int[] problems = {0};
        List<GoldSet.Abstract> abstracts = GoldSet.read(file, p -> {
            problems[0]++;
            err.println("papergraph: " + p);
        });
        return new GoldFile(abstracts, problems[0]);
    }
}
