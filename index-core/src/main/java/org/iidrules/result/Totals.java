package org.iidrules.result;

import java.math.BigDecimal;

/**
 * The terms of the formula. {@code sidAverage} and {@code total} are shown to 4 decimals; the index
 * itself is computed from the exact terms and rounded once, half-up to 2 decimals (A10).
 *
 * @param spd        Σ SPD row points
 * @param sidSum     Σ SID points over the innovations that count
 * @param n          innovations that count
 * @param divisor    MAX(d, n), d being the year's minimum divisor
 * @param sidAverage sidSum / divisor
 * @param sji        skor jumlah inovasi: MIN(n, cap) × factor, or 0 when the requirement says so
 * @param sid        sidAverage + sji
 * @param total      spd + sid
 * @param maximum    the most each term can reach under this rule set
 */
public record Totals(
        BigDecimal spd,
        BigDecimal sidSum,
        int n,
        int minimumDivisor,
        int divisor,
        BigDecimal sidAverage,
        BigDecimal sji,
        BigDecimal sid,
        BigDecimal total,
        Maximum maximum) {

    /** The ceiling of each term: SPD 63, SID per innovation 111, SJI 76, total 250 in every year so far. */
    public record Maximum(BigDecimal spd, BigDecimal sidPerInnovation, BigDecimal sji, BigDecimal total) {
    }
}
