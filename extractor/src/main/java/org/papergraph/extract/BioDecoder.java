package org.papergraph.extract;

/**
 * Viterbi decoding of BIO tags ({@code O} = 0, {@code B-t} = 1 + 2t, {@code I-t} = 2 + 2t) under the BIO
 * constraint that {@code I-t} follows only {@code B-t} or {@code I-t}, with learned transition, start and end
 * scores. Stateless and thread-safe.
 */
final class BioDecoder {
    private BioDecoder() {
    }

    static boolean allowed(int from, int to) {
        if (to == 0 || to % 2 == 1) return true;
        int type = (to - 2) / 2;
        return from == 1 + 2 * type || from == to;
    }

    static int[] viterbi(double[][] emissions, double[][] transitions, double[] start, double[] end) {
        int n = emissions.length;
        int tags = transitions.length;
        double[][] score = new double[n][tags];
        int[][] back = new int[n][tags];
        for (int t = 0; t < tags; t++) {
            score[0][t] = (t != 0 && t % 2 == 0) ? Double.NEGATIVE_INFINITY : start[t] + emissions[0][t];
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < tags; t++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int f = 0; f < tags; f++) {
                    if (!allowed(f, t)) continue;
                    double s = score[i - 1][f] + transitions[f][t];
                    if (s > best) {
                        best = s;
                        arg = f;
                    }
                }
                score[i][t] = best + emissions[i][t];
                back[i][t] = arg;
            }
        }
        int last = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < tags; t++) {
            double s = score[n - 1][t] + end[t];
            if (s > best) {
                best = s;
                last = t;
            }
        }
        int[] path = new int[n];
        path[n - 1] = last;
        for (int i = n - 1; i > 0; i--) path[i - 1] = back[i][path[i]];
        return path;
    }
}
