package org.iidrules.result;

import java.util.List;

/**
 * The basic-service requirement: how many of the six urusan wajib pelayanan dasar the counting
 * innovations cover as their main urusan, how many the year needs, and what follows.
 */
public record Requirement(
        List<String> covered,
        int coveredCount,
        int needed,
        boolean met,
        String consequence,
        String statement,
        String source,
        List<String> assumptions) {

    public Requirement {
        covered = List.copyOf(covered);
        assumptions = List.copyOf(assumptions);
    }
}
