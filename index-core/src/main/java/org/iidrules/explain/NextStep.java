package org.iidrules.explain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What would raise an indicator or row: the next level and the rules that grant it ({@link Kind#LEVEL}),
 * or the evidence it lacks for the level its fact already reaches ({@link Kind#EVIDENCE}, A13).
 *
 * @param level            the level it would have
 * @param pointsAdded      the points it would add: weight × the levels gained
 * @param rules            any one of these rules grants the level (for EVIDENCE, the rule already reached)
 * @param evidenceExpected for EVIDENCE, the evidence the catalogue asks for; otherwise null
 */
public record NextStep(Kind kind, int level, BigDecimal pointsAdded, List<RuleRef> rules, String evidenceExpected) {

    public NextStep {
        rules = List.copyOf(rules);
    }

    public enum Kind {
        /** A higher level, reached by a fact that meets one of {@code rules}. */
        LEVEL,
        /** The fact reaches {@code level} already; evidence is what is missing. */
        EVIDENCE
    }
}
