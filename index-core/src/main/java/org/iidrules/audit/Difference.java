package org.iidrules.audit;

/**
 * One value that differs between the recorded result and the result of re-scoring: its JSON path
 * ({@code $.innovations[3].indicators[5].points}), and each side as JSON text ({@code 6}, {@code
 * "Inovatif"}, {@code {...}}), null on the side where it is absent.
 */
public record Difference(String path, Change change, String recorded, String now) {

    public enum Change {
        /** In the new result only. */
        ADDED,
        /** In the recorded result only. */
        REMOVED,
        /** In both, with another value (numbers compared as written: 48.9 is not 48.90). */
        CHANGED
    }

    /** "changed $.index: recorded 48.90, now 47.10". */
    public String describe() {
        return switch (change) {
            case ADDED -> "added   " + path + ": now " + now;
            case REMOVED -> "removed " + path + ": recorded " + recorded;
            case CHANGED -> "changed " + path + ": recorded " + recorded + ", now " + now;
        };
    }
}
