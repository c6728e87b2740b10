package org.iidrules.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.iidrules.methodology.Methodology;
import org.iidrules.methodology.Methodology.Basis;
import org.iidrules.methodology.Methodology.Parameter;

/**
 * Turns what the loader read (manifest, catalogues, rule metadata, register texts) into the public
 * {@link Methodology}, so that a diff or any other tool can read a year without the engine's types.
 */
final class MethodologyReader {

    private MethodologyReader() {
    }

    static Methodology describe(Manifest manifest, Catalogue spd, Catalogue sid, Collection<RuleInfo> rules,
                                Map<String, String> sources, Map<String, String> assumptions) {
        Manifest.Formula f = manifest.formula();
        Manifest.RequirementSpec r = manifest.requirement();
        Manifest.Eligibility e = manifest.eligibility();
        // An eligibility rule belongs to no indicator and no row; rule-file order, as the year states them.
        List<Methodology.EligibilityRule> eligibilityRules = rules.stream()
                .filter(rule -> rule.indicator() == null && rule.row() == null)
                .sorted(Comparator.comparingInt(RuleInfo::order))
                .map(rule -> new Methodology.EligibilityRule(rule.name(), rule.file(), rule.line(),
                        new Basis(rule.source(), rule.assumptions()), rule.condition()))
                .toList();
        return new Methodology(
                manifest.title(),
                catalogue(spd, manifest.catalogues().spd()),
                catalogue(sid, manifest.catalogues().sid()),
                new Methodology.Formula(parameter(f.minimumDivisor()), parameter(f.sjiPerInnovation()),
                        parameter(f.sjiInnovationCap())),
                new Methodology.Requirement(parameter(r.basicServicesNeeded()), parameter(r.whenUnmet())),
                new Methodology.Predicate(manifest.predicate().bands().stream()
                        .map(b -> new Methodology.Band(b.name(), b.from())).toList(),
                        basis(manifest.predicate().source(), manifest.predicate().assumption())),
                new Methodology.Eligibility(list(e.mandatoryIndicators()), list(e.mandatorySpdRows()), eligibilityRules),
                entries(sources),
                entries(assumptions));
    }

    private static Methodology.CatalogueUse catalogue(Catalogue catalogue, Manifest.CatalogueRef ref) {
        return new Methodology.CatalogueUse(catalogue.id(), catalogue.title(), catalogue.confidence(), catalogue.source(),
                basis(null, ref.assumption()));
    }

    private static <T> Parameter<T> parameter(Manifest.Param<T> p) {
        return new Parameter<>(p.value(), basis(p.source(), p.assumption()));
    }

    /** A list the manifest may leave out (2022 has no mandatory indicators): then empty, resting on nothing. */
    private static Parameter<List<String>> list(Manifest.Param<List<String>> p) {
        if (p == null) {
            return new Parameter<>(List.of(), Basis.NONE);
        }
        return new Parameter<>(p.value() == null ? List.of() : List.copyOf(p.value()), basis(p.source(), p.assumption()));
    }

    private static Basis basis(String source, String assumption) {
        return new Basis(source, LoaderSupport.split(assumption));
    }

    private static List<Methodology.RegisterEntry> entries(Map<String, String> texts) {
        return texts.entrySet().stream().map(t -> new Methodology.RegisterEntry(t.getKey(), t.getValue())).toList();
    }
}
