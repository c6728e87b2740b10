package org.iidrules.result;

import java.math.BigDecimal;

/**
 * One SPD row: the fact read, the level reached, its weight and points, and what decided it.
 * {@code by} is null when no rule reached a level.
 */
public record SpdRowResult(
        String row,
        String key,
        String name,
        String fact,
        int level,
        BigDecimal weight,
        BigDecimal points,
        String note,
        Provenance by) {
}
