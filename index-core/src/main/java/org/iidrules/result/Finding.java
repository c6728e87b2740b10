package org.iidrules.result;

/**
 * Something an assessor should look at: valid input that scores less than it might, or that a rule
 * set could not use. {@code path} is the JSON path of the fact concerned.
 */
public record Finding(Kind kind, String path, String message) {

    public enum Kind {
        /** An indicator or row reached a level but has no evidence: it scores 0 (A13). */
        MISSING_EVIDENCE,
        /** A value this rule set's catalogue does not recognise, or that falls in no band: it scores 0. */
        UNRECOGNISED_VALUE,
        /** A rule rejected the fact (for example a video over 5 minutes): it scores 0. */
        REJECTED,
        /** A mandatory indicator or row is empty or scores 0. */
        MANDATORY_EMPTY,
        /** An innovation does not count towards n and the SID sum. */
        NOT_COUNTED,
        /** The basic-service requirement is not met. */
        REQUIREMENT_UNMET,
        /** Anything else worth knowing (for example a submission prepared for another year). */
        NOTE
    }
}
