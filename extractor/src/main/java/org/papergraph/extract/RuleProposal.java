package org.papergraph.extract;

import org.papergraph.model.EntityType;

/**
 * A span the rule extractor proposes as an entity, as the learned recognizer reads it.
 *
 * @param start       offset in the abstract
 * @param end         end offset in the abstract
 * @param type        the type the rule gives it, or null where no rule types it
 * @param source      which kind of rule found it
 * @param probability the statistical stage's probability that it names an entity (1 where it does not judge)
 * @param kept        the statistical stage keeps it
 * @param proposed    the rule says the paper introduces it
 * @param linked      it is linked to a vocabulary concept
 */
public record RuleProposal(int start, int end, EntityType type, Source source, double probability, boolean kept,
                           boolean proposed, boolean linked) {
    /** The rule families, from the least to the most trusted. */
    public enum Source {
        HEAD_NOUN, PATTERN, LEXICON, ACRONYM, PROPOSAL;

        static Source of(int priority) {
            return switch (priority) {
                case Candidate.HEAD_NOUN -> HEAD_NOUN;
                case Candidate.PATTERN -> PATTERN;
                case Candidate.LEXICON -> LEXICON;
                case Candidate.ACRONYM -> ACRONYM;
                case Candidate.PROPOSAL -> PROPOSAL;
                default -> throw new IllegalArgumentException("unknown candidate priority " + priority);
            };
        }
    }
}
