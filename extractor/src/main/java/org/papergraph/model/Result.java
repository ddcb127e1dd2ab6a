package org.papergraph.model;

import java.math.BigDecimal;

/**
 * One reported number. The entity fields hold canonical names of mentions of the same abstract, or null.
 *
 * @param value         the number as written ({@code 2x} is 2)
 * @param unit          {@code %}, {@code x}, {@code pp}, {@code points}, … or null for a bare score
 * @param kind          absolute, increase, decrease or other
 * @param qualifier     "up to", "about", … or null
 * @param text          the span of the abstract that states the result
 * @param start         offset of {@code text} in the abstract
 * @param end           end offset of {@code text}
 * @param sentenceStart offset of the evidence sentence
 * @param sentenceEnd   end offset of the evidence sentence
 * @param valueStart    offset of the number in the abstract
 * @param valueEnd      end offset of the number and its unit
 */
public record Result(BigDecimal value, String unit, ResultKind kind, String qualifier, String metric,
                     String subject, String dataset, String baseline, String text, int start, int end,
                     int sentenceStart, int sentenceEnd, int valueStart, int valueEnd) {

    /** The same result stated by another span of the abstract. */
    public Result withStatement(String text, int start, int end) {
        return new Result(value, unit, kind, qualifier, metric, subject, dataset, baseline, text, start, end, sentenceStart, sentenceEnd,
                valueStart, valueEnd);
    }
}
