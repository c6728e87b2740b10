package org.iidrules.catalogue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule set states beyond its catalogue, as its manifest and register write it: the formula's
 * parameters, the basic-service requirement, the mandatory indicators and rows, the predicate bands,
 * the rules that decide whether an innovation counts, and the text of every source and assumption the
 * year uses. Each parameter carries the source or assumptions it rests on.
 *
 * @param mandatoryIndicators null when the year names none (before 2026)
 * @param mandatorySpdRows    null when the year names none
 * @param bands               the predicate bands, each from its lower bound (inclusive), lowest first
 * @param eligibility         the rules that belong to no indicator or row (which innovations count), in
 *                            the order the rule set states them; their level is 0
 * @param sources             source key to text, in the order the manifest lists them
 * @param assumptions         assumption id to text, in the order the manifest lists them
 * @param spdCatalogue        the SPD catalogue the year uses, and the assumptions under which it uses it
 * @param sidCatalogue        the SID catalogue the year uses, likewise
 */
public record Methodology(
        Parameter<Integer> minimumDivisor,
        Parameter<BigDecimal> sjiPerInnovation,
        Parameter<Integer> sjiInnovationCap,
        Parameter<Integer> basicServicesNeeded,
        Parameter<String> whenUnmet,
        Parameter<List<String>> mandatoryIndicators,
        Parameter<List<String>> mandatorySpdRows,
        Parameter<List<Band>> bands,
        List<LevelRule> eligibility,
        Map<String, String> sources,
        Map<String, String> assumptions,
        CatalogueUse spdCatalogue,
        CatalogueUse sidCatalogue) {

    public Methodology {
        eligibility = List.copyOf(eligibility);
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        assumptions = Collections.unmodifiableMap(new LinkedHashMap<>(assumptions));
    }

    /** A value of the manifest and what it rests on: a source key, assumption ids, or both. */
    public record Parameter<T>(T value, String source, List<String> assumptions) {
        public Parameter {
            assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        }
    }

    /**
     * A catalogue a year uses: its id (e.g. {@code V2026}), title, confidence tag and the source it was
     * transcribed from, as its YAML states them, and the assumptions under which the year uses it (A2: 2022
     * borrows V2023), as the manifest states them.
     */
    public record CatalogueUse(String id, String title, String confidence, String source, List<String> assumptions) {
        public CatalogueUse {
            assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        }
    }

    /** A predicate band: its name and the index from which it applies (inclusive). */
    public record Band(String name, BigDecimal from) {
    }
}
