package org.iidrules.explain;

import java.util.List;

/**
 * A rule as an explanation cites it: its name and level, where it is written (file and the line it
 * starts on), its condition as written, and the source and assumptions it rests on. {@code file} is
 * null, {@code line} 0 and {@code condition} null for a decision the manifest makes rather than a rule
 * file (an innovation whose mandatory indicators score 0).
 */
public record RuleRef(String name, int level, String file, int line, String condition, String source,
                      List<String> assumptions) {
    public RuleRef {
        assumptions = List.copyOf(assumptions);
    }
}
