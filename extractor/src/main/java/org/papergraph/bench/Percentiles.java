package org.papergraph.bench;

import java.util.Arrays;

/** Medians and nearest-rank percentiles of measurements. Stateless and thread-safe. */
public final class Percentiles {
    private Percentiles() {
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) return Double.NaN;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The nearest-rank percentile: the smallest value that at least {@code p}% of the values do not exceed.
     * With few values the high percentiles are the maximum, which is what a p99 of 20 calls honestly is.
     */
    public static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
