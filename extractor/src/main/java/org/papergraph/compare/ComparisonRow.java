package org.papergraph.compare;

import java.math.BigDecimal;

/**
 * One result in a comparison. Labels are the entities' names; the matching IRIs link to their pages.
 * {@code higherIsBetter} is null when the metric's direction is not recorded; {@code rank} is 0 outside
 * the leaderboard. Immutable.
 */
public record ComparisonRow(
        Section section, int rank,
        String subject, String subjectIri,
        BigDecimal value, String unit, String kind, String qualifier,
        String metric, String metricIri, Boolean higherIsBetter,
        String dataset, String datasetIri,
        String baseline, String baselineIri,
        String title, String paperIri, String date, String link,
        String evidence, String resultIri,
        boolean conflict) {

    /** Absolute scores form the leaderboard; changes (increases, decreases, speed-ups) are listed apart. */
    public enum Section { LEADERBOARD, RELATIVE }

    public String direction() {
        return higherIsBetter == null ? "unknown" : higherIsBetter ? "higher is better" : "lower is better";
    }

    ComparisonRow ranked(Section s, int r) {
        return new ComparisonRow(s, r, subject, subjectIri, value, unit, kind, qualifier, metric, metricIri, higherIsBetter,
                dataset, datasetIri, baseline, baselineIri, title, paperIri, date, link, evidence, resultIri, conflict);
    }

    ComparisonRow withConflict(boolean c) {
        return new ComparisonRow(section, rank, subject, subjectIri, value, unit, kind, qualifier, metric, metricIri, higherIsBetter,
                dataset, datasetIri, baseline, baselineIri, title, paperIri, date, link, evidence, resultIri, c);
    }
}
