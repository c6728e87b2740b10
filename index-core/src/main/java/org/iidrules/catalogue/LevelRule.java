package org.iidrules.catalogue;

import java.util.List;

/**
 * A rule that decides an indicator's level: the level it grants (0 for a rule that rejects the fact,
 * such as a video over 5 minutes), its name and file, its source and assumptions.
 */
public record LevelRule(int level, String rule, String file, String source, List<String> assumptions) {
    public LevelRule {
        assumptions = List.copyOf(assumptions);
    }
}
