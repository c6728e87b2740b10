package org.iidrules.catalogue;

import java.util.List;

/**
 * A rule that decides an indicator's level: the level it grants (0 for a rule that rejects the fact,
 * such as a video over 5 minutes), its name, file and the line it starts on, its source and
 * assumptions, and its condition: the rule's {@code when} part as written, comments removed and white
 * space collapsed (what a reader, a diff or an explanation quotes).
 */
public record LevelRule(int level, String rule, String file, int line, String source, List<String> assumptions,
                        String condition) {
    public LevelRule {
        assumptions = List.copyOf(assumptions);
    }
}
