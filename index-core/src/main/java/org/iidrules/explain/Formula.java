package org.iidrules.explain;

import java.math.BigDecimal;
import java.util.List;

import org.iidrules.result.Requirement;

/**
 * The formula with a result's own numbers: index = (SPD + SID sum / MAX(d, n) + SJI) / maximum × 100,
 * the requirement and what follows from it, and the predicate band the index falls in.
 *
 * @param sidAverage    SID sum / divisor, to 4 decimals (the index is computed from the exact value)
 * @param total         SPD + SID average + SJI, to 4 decimals
 * @param divisorBasis  what the minimum divisor d rests on
 * @param sjiBasis      what the SJI factor and cap rest on
 * @param unmetBasis    what "SJI = 0 when the requirement is not met" rests on
 * @param band          the band the index falls in
 * @param bands         every band of the year, lowest first
 * @param bandsBasis    what the bands rest on
 */
public record Formula(
        BigDecimal index,
        String predicate,
        BigDecimal total,
        BigDecimal maximum,
        BigDecimal spd,
        BigDecimal spdMaximum,
        BigDecimal sidSum,
        int n,
        int minimumDivisor,
        int divisor,
        BigDecimal sidAverage,
        Basis divisorBasis,
        BigDecimal sjiPerInnovation,
        int sjiCap,
        BigDecimal sji,
        Basis sjiBasis,
        Requirement requirement,
        Basis unmetBasis,
        Band band,
        List<Band> bands,
        Basis bandsBasis) {

    public Formula {
        bands = List.copyOf(bands);
    }

    /** A predicate band: from {@code from} (inclusive) to {@code below} (exclusive; null for the top band). */
    public record Band(String name, BigDecimal from, BigDecimal below) {
    }

    /** The source key and assumption ids a value rests on. */
    public record Basis(String source, List<String> assumptions) {
        public Basis {
            assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        }
    }
}
