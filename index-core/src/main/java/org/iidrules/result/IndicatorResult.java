package org.iidrules.result;

import java.math.BigDecimal;

/**
 * One SID indicator of one innovation: the fact read, the level reached, its weight and points, and
 * what decided it. {@code by} is null when no rule reached a level; {@code note} says why points are
 * 0 when they are.
 */
public record IndicatorResult(
        String indicator,
        String key,
        String name,
        String fact,
        int level,
        BigDecimal weight,
        BigDecimal points,
        String note,
        Provenance by) {
}
