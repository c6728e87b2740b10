package org.iidrules.model;

import java.util.List;

/**
 * What a pemda submits for one assessment: the region, the year it is prepared for, its SPD facts
 * and its innovations. Any year's rule set can score it: the facts carry calendar years and the
 * rules place them relative to the year being assessed.
 */
public record Submission(int year, Region region, SpdFacts spd, List<Innovation> innovations) {
    public Submission {
        spd = spd == null ? SpdFacts.NONE : spd;
        innovations = Facts.list(innovations);
    }
}
