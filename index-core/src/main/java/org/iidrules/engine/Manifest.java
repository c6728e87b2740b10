package org.iidrules.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A year's manifest ({@code manifest.yaml}): identity, the files the year uses, every formula
 * parameter with the source or assumption it rests on, and the ids of the sources and assumptions
 * the year uses (their text lives once, in the register). Paths are relative to the manifest's folder.
 */
public record Manifest(
        String id,
        int year,
        String version,
        String status,
        String title,
        Catalogues catalogues,
        List<String> rules,
        Formula formula,
        RequirementSpec requirement,
        Eligibility eligibility,
        Predicate predicate,
        String register,
        List<String> sources,
        List<String> assumptions) {

    public Manifest {
        rules = rules == null ? List.of() : List.copyOf(rules);
        eligibility = eligibility == null ? new Eligibility(null, null) : eligibility;
        sources = sources == null ? List.of() : List.copyOf(sources);
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    }

    public record Catalogues(CatalogueRef spd, CatalogueRef sid) {
    }

    /** A catalogue the year uses, and the assumption (if any) under which this year uses it. */
    public record CatalogueRef(String file, String assumption) {
    }

    /** A parameter and what it rests on. */
    public record Param<T>(T value, String source, String assumption) {
    }

    public record Formula(Param<Integer> minimumDivisor, Param<BigDecimal> sjiPerInnovation,
                          Param<Integer> sjiInnovationCap) {
    }

    public record RequirementSpec(Param<Integer> basicServicesNeeded, Param<String> whenUnmet) {
    }

    public record Eligibility(Param<List<String>> mandatoryIndicators, Param<List<String>> mandatorySpdRows) {
    }

    public record Predicate(String source, String assumption, List<Band> bands) {
    }

    /** A predicate band: the IID from which it applies (inclusive). */
    public record Band(String name, BigDecimal from) {
    }
}
