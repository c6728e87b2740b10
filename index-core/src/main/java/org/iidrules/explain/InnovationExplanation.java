package org.iidrules.explain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One innovation, explained: whether it counts (and if not, the reason and the rule), and each of its
 * indicators.
 *
 * @param position   its place in the submission, from 1
 * @param points     the sum of its indicators' points (in the SID sum only when it counts)
 * @param reason     why it does not count, in the rules' words; null when it counts
 * @param excludedBy the rule that excluded it; null when it counts
 */
public record InnovationExplanation(
        int position,
        String id,
        String name,
        String mainUrusan,
        boolean counts,
        BigDecimal points,
        String reason,
        RuleRef excludedBy,
        List<Point> indicators) {

    public InnovationExplanation {
        indicators = List.copyOf(indicators);
    }
}
