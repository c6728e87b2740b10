package org.iidrules.audit;

/**
 * A difference in what produced the result rather than in the result: the rule set (id, version,
 * status, digest) or the library version recorded, against those that re-scored it.
 */
public record ProvenanceChange(Field field, String recorded, String now) {

    public enum Field {
        RULE_SET_ID, RULE_SET_VERSION, RULE_SET_STATUS, RULE_SET_DIGEST, LIBRARY_VERSION
    }

    /** The plain sentence an auditor reads. */
    public String describe() {
        return switch (field) {
            case RULE_SET_ID -> "the rule set is another one: recorded " + recorded + ", now " + now;
            case RULE_SET_VERSION -> "the rule set's version changed: recorded " + recorded + ", now " + now;
            case RULE_SET_STATUS -> "the rule set's status changed: recorded " + recorded + ", now " + now;
            case RULE_SET_DIGEST -> "the rule set's digest changed: recorded " + shortDigest(recorded) + ", now " + shortDigest(now)
                    + ": the rules are not the ones that produced this result";
            case LIBRARY_VERSION -> "the library version differs: recorded " + recorded + ", now " + now
                    + ": another version of the engine re-scored it";
        };
    }

    private static String shortDigest(String digest) {
        return digest != null && digest.length() > 12 ? digest.substring(0, 12) + "…" : digest;
    }
}
