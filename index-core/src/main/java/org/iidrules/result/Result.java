package org.iidrules.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of scoring one submission under one year's rule set: the index and its predicate,
 * every term of the formula, every point with the rule and source behind it, every innovation that
 * does not count and why, findings, and the provenance an auditor needs to reproduce it.
 */
public record Result(
        String libraryVersion,
        RuleSetRef ruleSet,
        int assessmentYear,
        RegionRef region,
        BigDecimal index,
        String predicate,
        Totals totals,
        Requirement requirement,
        List<SpdRowResult> spd,
        List<InnovationResult> innovations,
        List<Finding> findings,
        List<AssumptionRef> assumptions) {

    public Result {
        spd = List.copyOf(spd);
        innovations = List.copyOf(innovations);
        findings = List.copyOf(findings);
        assumptions = List.copyOf(assumptions);
    }

    /** The innovation result with this id, if any. */
    public InnovationResult innovation(String id) {
        return innovations.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no innovation '" + id + "' in this result"));
    }

    /** The SPD row result with this number (e.g. "5a"). */
    public SpdRowResult spdRow(String row) {
        return spd.stream().filter(r -> r.row().equals(row)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no SPD row '" + row + "' in this result"));
    }
}
