package org.iidrules.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * One innovation: whether it counts towards n and the SID sum (and if not, the reason and the rule
 * that decided it), its SID points and each indicator.
 */
public record InnovationResult(
        String id,
        String name,
        String mainUrusan,
        boolean counts,
        String reason,
        Provenance excludedBy,
        BigDecimal points,
        List<IndicatorResult> indicators) {

    public InnovationResult {
        indicators = List.copyOf(indicators);
    }

    /** The indicator result with this number (e.g. "17") or key (e.g. "sdm"). */
    public IndicatorResult indicator(String numberOrKey) {
        return indicators.stream()
                .filter(i -> i.indicator().equals(numberOrKey) || i.key().equals(numberOrKey))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator '" + numberOrKey + "'"));
    }
}
