package org.papergraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.bench.QueryBench;
import org.papergraph.config.ProjectFiles;
import org.papergraph.query.NamedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Measures server start and the latency of every named query over HTTP on a database.",
                "Starts the real server in-process (loopback, a free port), times opening the database",
                "and the start until the first query is answered, then sends each query of queries/ with",
                "its header's example parameters: warm-up calls, then measured calls; prints p50/p95/p99",
                "per query, the papers and quads of the database and its size on disk."})
final class BenchQueryCommand extends PapergraphCommand {
    @Mixin
    DbOption db;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also append the figures, dated, with the machine and the command, to FILE (docs/benchmarks.md).")
    Path markdown;

    @Option(names = "--query", paramLabel = "NAME", split = ",", description = "Only these named queries (default: all of queries/).")
    List<String> only;

    int rounds = 20;
    int warmup = 3;

    @Option(names = "--rounds", paramLabel = "N", description = "Measured calls of each query, 1 to 100000 (default: 20).")
    void setRounds(int value) {
        rounds = Ranges.check(spec, "--rounds", value, 1, 100_000);
    }

    @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured calls of each query first, 0 to 1000 (default: 3).")
    void setWarmup(int value) {
        warmup = Ranges.check(spec, "--warmup", value, 0, 1000);
    }

    @Override
    protected String name() {
        return "bench query";
    }

    @Override
    protected int doCall() throws Exception {
        ProjectFiles project = project();
        List<NamedQuery> queries = new ArrayList<>();
        try {
            for (String name : only == null ? NamedQuery.names(project) : only) queries.add(NamedQuery.load(project, name));
        } catch (NamedQuery.UnknownQueryException e) {
            throw CommandFailure.usage(e.getMessage());
        }
        message("%d queries, %d warm-up + %d measured calls each, on %s", queries.size(), warmup, rounds, db.path());
        QueryBench.Result result = QueryBench.run(db::openExisting, project, queries, new QueryBench.Settings(rounds, warmup),
                line -> err().println("  " + line));
        BenchReports.print(this, result.report("bench query", db.path().toString()), markdown);
        return ExitCodes.OK;
    }
}
