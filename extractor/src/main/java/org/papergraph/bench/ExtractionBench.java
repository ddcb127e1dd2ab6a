package org.papergraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.papergraph.ingest.Paper;

/**
 * The extractor against its floor (the work no extractor of its kind can skip: bare tagging for the rules,
 * the bare encoder forward pass for the learned one) on the same abstracts and the same threads. Each round
 * runs both sides at each thread count, alternating which side goes first (ABBA) so that warm-up drift and
 * garbage left for the collector do not favour either; the figures are the medians over the measured
 * rounds, the peak heap the largest of the rounds. Not thread-safe: one run at a time (heap peaks are global).
 */
public final class ExtractionBench {
    /** How long to measure: rounds after warm-up rounds, passes over the input per round, thread counts. */
    public record Settings(int rounds, int warmup, int repeat, List<Integer> threads) {
    }

    /** Medians at one thread count; heap in bytes. */
    public record Row(int threads, double floorRate, double extractionRate, long floorPeakHeap, long extractionPeakHeap) {
        public double ratio() {
            return extractionRate / floorRate;
        }
    }

    public record Result(int abstracts, Workload floor, Workload extraction, Settings settings, List<Row> rows) {
        /** The first row's thread count to the last's: the extraction's and the floor's speed-up. */
        public double[] speedUp() {
            Row first = rows.get(0);
            Row last = rows.get(rows.size() - 1);
            return new double[] {last.extractionRate() / first.extractionRate(), last.floorRate() / first.floorRate()};
        }

        public Report report(String title) {
            Report r = new Report(title);
            r.line("input: %d abstracts x %d passes per round; %d warm-up + %d measured rounds; medians", abstracts,
                    settings.repeat(), settings.warmup(), settings.rounds());
            r.line("floor: %s, loaded in %.2f s", floor.name(), floor.loadSeconds());
            r.line("extractor: %s, loaded in %.2f s (after the floor's models)", extraction.name(), extraction.loadSeconds());
            Table t = new Table("threads", "floor abstracts/s", "extraction abstracts/s", "ratio", "floor peak heap MB", "extraction peak heap MB");
            for (Row row : rows) {
                t.row(row.threads(), fmt("%.0f", row.floorRate()), fmt("%.0f", row.extractionRate()), fmt("%.2f", row.ratio()),
                        row.floorPeakHeap() >> 20, row.extractionPeakHeap() >> 20);
            }
            r.table(t);
            if (rows.size() > 1) {
                double[] s = speedUp();
                r.line("speed-up %d -> %d threads: extraction %.2fx, floor %.2fx", rows.get(0).threads(),
                        rows.get(rows.size() - 1).threads(), s[0], s[1]);
            }
            return r;
        }
    }

    private ExtractionBench() {
    }

    public static Result run(List<Paper> papers, Workload floor, Workload extraction, Settings settings, Consumer<String> log) {
        int counts = settings.threads().size();
        double[][] floorRates = new double[counts][settings.rounds()];
        double[][] extractionRates = new double[counts][settings.rounds()];
        long[] floorHeap = new long[counts];
        long[] extractionHeap = new long[counts];
        List<Pool> pools = new ArrayList<>();
        try {
            for (int threads : settings.threads()) pools.add(new Pool(threads));
            for (int round = -settings.warmup(); round < settings.rounds(); round++) {
                for (int i = 0; i < counts; i++) {
                    Pool pool = pools.get(i);
                    boolean floorFirst = ((round + i) & 1) == 0;
                    double[] f = new double[1];
                    double[] e = new double[1];
                    long[] fh = new long[1];
                    long[] eh = new long[1];
                    Runnable floorPart = () -> part(pool, papers, settings.repeat(), floor, f, fh);
                    Runnable extractionPart = () -> part(pool, papers, settings.repeat(), extraction, e, eh);
                    (floorFirst ? floorPart : extractionPart).run();
                    (floorFirst ? extractionPart : floorPart).run();
                    if (round < 0) continue;
                    floorRates[i][round] = f[0];
                    extractionRates[i][round] = e[0];
                    floorHeap[i] = Math.max(floorHeap[i], fh[0]);
                    extractionHeap[i] = Math.max(extractionHeap[i], eh[0]);
                    log.accept(String.format(Locale.ROOT, "round %d, %d thread%s: floor %.0f abstracts/s, extraction %.0f abstracts/s",
                            round + 1, settings.threads().get(i), settings.threads().get(i) == 1 ? "" : "s", f[0], e[0]));
                }
            }
        } finally {
            pools.forEach(Pool::close);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < counts; i++) {
            rows.add(new Row(settings.threads().get(i), Percentiles.median(floorRates[i]), Percentiles.median(extractionRates[i]),
                    floorHeap[i], extractionHeap[i]));
        }
        return new Result(papers.size(), floor, extraction, settings, rows);
    }

    private static void part(Pool pool, List<Paper> papers, int repeat, Workload w, double[] rate, long[] heap) {
        HeapPeak.reset();
        rate[0] = pool.rate(papers, repeat, w.work());
        heap[0] = HeapPeak.read();
    }

    private static String fmt(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }
}
