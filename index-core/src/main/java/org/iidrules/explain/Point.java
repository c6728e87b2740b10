package org.iidrules.explain;

import java.math.BigDecimal;
import java.util.List;

import org.iidrules.model.Evidence;

/**
 * One SPD row or one SID indicator of an innovation, explained: the points it scored and why, and what
 * would raise it.
 *
 * @param number   the row or indicator number ("5a", "17")
 * @param fact     the fact read, as the result shows it; null when it was not reported
 * @param evidence the evidence attached in the submission; null when the explanation was made from a
 *                 result alone (a result does not carry evidence)
 * @param level    the level scored (0 when it scores nothing)
 * @param topLevel the highest level the rule set grants this row or indicator
 * @param points   weight × level
 * @param rule     the rule that decided it: the level reached, the rejection, or the level reached
 *                 without evidence; null when no rule reached a level
 * @param note     why it scores 0, as the result says it (the rule's own words for a rejection); null
 *                 when it scores
 * @param next     what would raise it; null at the top level, and for a rejected fact (the note says why)
 */
public record Point(
        String number,
        String key,
        String name,
        Status status,
        String fact,
        List<Evidence> evidence,
        int level,
        int topLevel,
        BigDecimal weight,
        BigDecimal points,
        RuleRef rule,
        String note,
        NextStep next) {

    public Point {
        evidence = evidence == null ? null : List.copyOf(evidence);
    }

    /** How a row or indicator came to its points. */
    public enum Status {
        /** A rule reached a level and the fact has evidence. */
        SCORED,
        /** The submission does not fill it. */
        NOT_REPORTED,
        /** The fact reaches no level under this year's rules (a value the catalogue does not list). */
        NO_LEVEL,
        /** The fact reaches a level but has no evidence, so it scores 0 (A13). */
        MISSING_EVIDENCE,
        /** A rule rejected the fact (for example a video over 5 minutes). */
        REJECTED
    }
}
