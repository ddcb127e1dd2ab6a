package org.papergraph.extract;

import java.math.BigDecimal;

/**
 * One number a sentence reports: where it stands, its value, and its unit as written after it, ending at
 * {@code unitEnd}; {@code metricUnit} is the METRIC entity written as its unit ("46.2 mAP"), or null.
 */
record ReportedNumber(int start, int end, BigDecimal value, String unit, int unitEnd, Occurrence metricUnit) {
    ReportedNumber withUnit(String u) {
        return new ReportedNumber(start, end, value, u, unitEnd, metricUnit);
    }
}
