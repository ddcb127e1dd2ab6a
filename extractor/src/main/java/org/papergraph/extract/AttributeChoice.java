package org.papergraph.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * One decision of a result's attribute: the role, the number, each candidate mention as an option with the
 * features {@link AttributeChooser} reads, and which option the rules chose (-1: none). Recorded for
 * training; immutable.
 */
public record AttributeChoice(ResultRole role, BigDecimal value, int valueStart, List<Option> options, int ruleChoice) {
    /** A candidate mention: its surface form and canonical name, and its features for this number. */
    public record Option(String text, String canonical, List<String> features) {
    }
}
