package org.iidrules.methodology;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a year's methodology prescribes beyond its catalogue, as its manifest and rule files state it:
 * the catalogues it uses, the formula's parameters, the basic-service requirement, the predicate bands,
 * the eligibility conditions, and the sources and assumptions it rests on (with their texts from the
 * register). Every parameter carries its {@link Basis}. The indicators themselves, with weights and
 * level rules, are {@link org.iidrules.RuleSet#catalogue()}.
 *
 * <p>Immutable; lists keep the order the manifest or the rule files give.
 */
public record Methodology(
        String title,
        CatalogueUse spdCatalogue,
        CatalogueUse sidCatalogue,
        Formula formula,
        Requirement requirement,
        Predicate predicate,
        Eligibility eligibility,
        List<RegisterEntry> sources,
        List<RegisterEntry> assumptions) {

    public Methodology {
        sources = List.copyOf(sources);
        assumptions = List.copyOf(assumptions);
    }

    /**
     * What a value rests on: a source key (null when none is named) and assumption ids (empty when none).
     * Texts are in {@link #sources()} and {@link #assumptions()}.
     */
    public record Basis(String source, List<String> assumptions) {
        public static final Basis NONE = new Basis(null, List.of());

        public Basis {
            assumptions = List.copyOf(assumptions);
        }

        /** True when neither a source nor an assumption is named. (Not a getter: JSON leaves it out.) */
        public boolean namesNothing() {
            return source == null && assumptions.isEmpty();
        }
    }

    /** A value of the methodology and what it rests on. */
    public record Parameter<T>(T value, Basis basis) {
    }

    /**
     * A catalogue the year uses: its id (e.g. {@code V2026}), title, confidence tag, the source it was
     * transcribed from, and the basis on which this year uses it (an assumption when the year borrows it).
     */
    public record CatalogueUse(String id, String title, String confidence, String source, Basis basis) {
    }

    /** SID = sidSum / MAX(minimumDivisor, n) + SJI, SJI = sjiPerInnovation × MIN(n, sjiInnovationCap). */
    public record Formula(Parameter<Integer> minimumDivisor, Parameter<BigDecimal> sjiPerInnovation,
                          Parameter<Integer> sjiInnovationCap) {
    }

    /**
     * The basic-service requirement: how many of the six basic-service urusan the counting innovations
     * must cover, and what happens when they do not ({@code SJI_ZERO}).
     */
    public record Requirement(Parameter<Integer> basicServicesNeeded, Parameter<String> whenUnmet) {
    }

    /** The predicate bands, highest first as the manifest lists them, and what they rest on. */
    public record Predicate(List<Band> bands, Basis basis) {
        public Predicate {
            bands = List.copyOf(bands);
        }
    }

    /** A predicate band: the index from which it applies (inclusive). */
    public record Band(String name, BigDecimal from) {
    }

    /**
     * Which innovations and rows are held to more than their scores: the SID indicators that must all
     * score for an innovation to count, the SPD rows a region must fill (an empty value with no basis when
     * the year has none), and the rules that decide whether an innovation counts (stage, window, rancang
     * bangun...): every rule that names no indicator and no row, in rule-file order.
     */
    public record Eligibility(Parameter<List<String>> mandatoryIndicators, Parameter<List<String>> mandatorySpdRows,
                              List<EligibilityRule> rules) {
        public Eligibility {
            rules = List.copyOf(rules);
        }
    }

    /**
     * A rule that decides whether an innovation counts: its name, file and the line it starts on, what it
     * rests on, and its condition (its {@code when} part as written, comments removed, white space collapsed).
     */
    public record EligibilityRule(String rule, String file, int line, Basis basis, String condition) {
    }

    /** A source or an assumption the year uses: its id and its text, from the register. */
    public record RegisterEntry(String id, String text) {
    }
}
