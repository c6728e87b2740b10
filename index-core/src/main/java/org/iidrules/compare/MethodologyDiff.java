package org.iidrules.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iidrules.RuleSet;
import org.iidrules.catalogue.IndicatorDefinition;
import org.iidrules.catalogue.LevelRule;
import org.iidrules.catalogue.Methodology;
import org.iidrules.catalogue.Methodology.Parameter;
import org.iidrules.result.RuleSetRef;

/**
 * What changed in the methodology from one rule set to another: formula parameters, the basic-service
 * requirement, predicate bands, eligibility, the catalogues and each SPD row and SID indicator (added,
 * removed, renamed, weight, level definitions, evidence), and the sources and assumptions.
 *
 * <p>Levels are compared by what they test, not by what their rules are called: a level changes when the
 * conditions of its rules (white space aside, in any order) differ. An indicator whose levels, name,
 * weight and evidence are all the same is not listed. The order of {@link #changes()} is fixed: by
 * {@link Section}, then SPD rows and SID indicators by number, levels from 0 up, and register ids in
 * natural order (A2 before A10), so the same two rule sets always give the same diff.
 *
 * <pre>{@code
 * MethodologyDiff diff = MethodologyDiff.between(RuleSets.builtIn().forYear(2022), RuleSets.builtIn().forYear(2026));
 * diff.changes().forEach(c -> System.out.println(c.subject() + ": " + c.before() + " -> " + c.after()));
 * }</pre>
 */
public record MethodologyDiff(RuleSetRef from, RuleSetRef to, List<Change> changes) {

    public MethodologyDiff {
        changes = List.copyOf(changes);
    }

    /** The parts of a methodology, in the order a diff lists them. */
    public enum Section { FORMULA, REQUIREMENT, BANDS, ELIGIBILITY, CATALOGUES, SPD, SID, ASSUMPTIONS, SOURCES }

    /** What kind of change: {@link #EVIDENCE_CHANGED} and {@link #BASIS_CHANGED} are minor (no score moves by them). */
    public enum Kind {
        /** A value changed: a parameter, a band's lower bound, a catalogue, a list, a rule, a register text. */
        CHANGED,
        ADDED,
        REMOVED,
        /** An indicator's or row's name. */
        RENAMED,
        WEIGHT_CHANGED,
        /** The conditions of one level's rules differ; both sides' rules are in the change. */
        LEVEL_CHANGED,
        /** The evidence an indicator expects is worded differently. */
        EVIDENCE_CHANGED,
        /** The same value rests on another source or other assumptions. */
        BASIS_CHANGED;

        /** True for changes that move no score: wording of evidence, what a value rests on. */
        public boolean minor() {
            return this == EVIDENCE_CHANGED || this == BASIS_CHANGED;
        }
    }

    /**
     * One change. {@code item} names the thing for programs ("minimumDivisor", "Sangat Inovatif", "33", "A9",
     * a rule's name); {@code subject} for people ("minimum divisor d", "SID 33 kemanfaatan"). {@code level} is
     * set for level changes only. {@code before} and {@code after} are the values (null on the side where the
     * thing does not exist); {@code basisBefore} and {@code basisAfter} what they rest on ("SIMONDA-IGA, A15",
     * "none"), where the thing has a basis. {@code rulesBefore} and {@code rulesAfter} are the rules on both
     * sides for level and eligibility-rule changes, empty otherwise.
     */
    public record Change(Section section, Kind kind, String item, String subject, Integer level, String before, String after,
                         String basisBefore, String basisAfter, List<RuleRef> rulesBefore, List<RuleRef> rulesAfter) {
        public Change {
            rulesBefore = List.copyOf(rulesBefore);
            rulesAfter = List.copyOf(rulesAfter);
        }
    }

    /** A rule as a change quotes it: name, file, the line it starts on, and its condition as written. */
    public record RuleRef(String rule, String file, int line, String condition) {
        static RuleRef of(LevelRule r) {
            return new RuleRef(r.rule(), r.file(), r.line(), r.condition());
        }

    }

    /** True when the two rule sets prescribe the same methodology. (Not a getter: JSON leaves it out.) */
    public boolean findsNoChange() {
        return changes.isEmpty();
    }

    /** Everything that changed from {@code a} to {@code b}. */
    public static MethodologyDiff between(RuleSet a, RuleSet b) {
        Builder diff = new Builder();
        Methodology x = a.methodology();
        Methodology y = b.methodology();
        diff.formula(x, y);
        diff.requirement(x, y);
        diff.bands(x.bands(), y.bands());
        diff.eligibility(x, y);
        diff.catalogue("spd", "SPD catalogue", x.spdCatalogue(), y.spdCatalogue());
        diff.catalogue("sid", "SID catalogue", x.sidCatalogue(), y.sidCatalogue());
        diff.indicators(Section.SPD, a.catalogue(), b.catalogue(), IndicatorDefinition.Aspect.SPD);
        diff.indicators(Section.SID, a.catalogue(), b.catalogue(), IndicatorDefinition.Aspect.SID);
        diff.register(Section.ASSUMPTIONS, "assumption", x.assumptions(), y.assumptions());
        diff.register(Section.SOURCES, "source", x.sources(), y.sources());
        return new MethodologyDiff(ref(a), ref(b), diff.changes);
    }

    private static RuleSetRef ref(RuleSet r) {
        return new RuleSetRef(r.id(), r.year(), r.version(), r.status(), r.digest());
    }

    /** Collects the changes section by section; each method adds its section's changes in their order. */
    private static final class Builder {
        private final List<Change> changes = new ArrayList<>();

        private void add(Section section, Kind kind, String item, String subject, Integer level, String before, String after,
                         String basisBefore, String basisAfter, List<RuleRef> rulesBefore, List<RuleRef> rulesAfter) {
            changes.add(new Change(section, kind, item, subject, level, before, after, basisBefore, basisAfter,
                    rulesBefore, rulesAfter));
        }

        private void value(Section section, Kind kind, String item, String subject, String before, String after) {
            add(section, kind, item, subject, null, before, after, null, null, List.of(), List.of());
        }

        void formula(Methodology x, Methodology y) {
            parameter(Section.FORMULA, "minimumDivisor", "minimum divisor d", x.minimumDivisor(), y.minimumDivisor());
            parameter(Section.FORMULA, "sjiPerInnovation", "SJI per innovation", x.sjiPerInnovation(), y.sjiPerInnovation());
            parameter(Section.FORMULA, "sjiInnovationCap", "SJI innovation cap", x.sjiInnovationCap(), y.sjiInnovationCap());
        }

        void requirement(Methodology x, Methodology y) {
            parameter(Section.REQUIREMENT, "basicServicesNeeded", "basic services needed (of 6)",
                    x.basicServicesNeeded(), y.basicServicesNeeded());
            parameter(Section.REQUIREMENT, "whenUnmet", "when the requirement is not met", x.whenUnmet(), y.whenUnmet());
        }

        /** A changed value carries both bases; the same value on another basis is a minor change. */
        private void parameter(Section section, String item, String subject, Parameter<?> x, Parameter<?> y) {
            String before = text(x.value());
            String after = text(y.value());
            if (!sameValue(x.value(), y.value())) {
                add(section, Kind.CHANGED, item, subject, null, before, after, basis(x), basis(y),
                        List.of(), List.of());
            } else if (!sameBasis(x, y)) {
                add(section, Kind.BASIS_CHANGED, item, subject, null, before, after, basis(x), basis(y),
                        List.of(), List.of());
            }
        }

        /** Bands by name, highest first, then bands the later side no longer has. */
        void bands(Parameter<List<Methodology.Band>> x, Parameter<List<Methodology.Band>> y) {
            Map<String, Methodology.Band> before = byKey(highestFirst(x.value()), Methodology.Band::name);
            Map<String, Methodology.Band> after = byKey(highestFirst(y.value()), Methodology.Band::name);
            String basisBefore = basis(x);
            String basisAfter = basis(y);
            int count = changes.size();
            for (Methodology.Band band : after.values()) {
                Methodology.Band old = before.get(band.name());
                if (old == null) {
                    add(Section.BANDS, Kind.ADDED, band.name(), "band " + band.name(), null, null, "from " + text(band.from()),
                            null, basisAfter, List.of(), List.of());
                } else if (old.from().compareTo(band.from()) != 0) {
                    add(Section.BANDS, Kind.CHANGED, band.name(), "lower bound of band " + band.name(), null, text(old.from()),
                            text(band.from()), basisBefore, basisAfter, List.of(), List.of());
                }
            }
            for (Methodology.Band band : before.values()) {
                if (!after.containsKey(band.name())) {
                    add(Section.BANDS, Kind.REMOVED, band.name(), "band " + band.name(), null, "from " + text(band.from()), null,
                            basisBefore, null, List.of(), List.of());
                }
            }
            if (changes.size() == count && !sameBasis(x, y)) {
                add(Section.BANDS, Kind.BASIS_CHANGED, "bands", "predicate bands", null, null, null, basisBefore, basisAfter,
                        List.of(), List.of());
            }
        }

        private static List<Methodology.Band> highestFirst(List<Methodology.Band> bands) {
            return bands.stream().sorted(Comparator.comparing(Methodology.Band::from).reversed()).toList();
        }

        void eligibility(Methodology x, Methodology y) {
            list("mandatoryIndicators", "mandatory SID indicators", x.mandatoryIndicators(), y.mandatoryIndicators());
            list("mandatorySpdRows", "mandatory SPD rows", x.mandatorySpdRows(), y.mandatorySpdRows());
            eligibilityRules(x.eligibility(), y.eligibility());
        }

        /** A list compared as a set: its order says nothing. A year that names none has an empty one. */
        private void list(String item, String subject, Parameter<List<String>> x, Parameter<List<String>> y) {
            TreeSet<String> before = new TreeSet<>(NATURAL);
            TreeSet<String> after = new TreeSet<>(NATURAL);
            if (x != null && x.value() != null) {
                before.addAll(x.value());
            }
            if (y != null && y.value() != null) {
                after.addAll(y.value());
            }
            Kind kind = before.equals(after) ? (sameBasis(x, y) ? null : Kind.BASIS_CHANGED)
                    : before.isEmpty() ? Kind.ADDED : after.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
            if (kind != null) {
                add(Section.ELIGIBILITY, kind, item, subject, null, before.isEmpty() ? null : String.join(", ", before),
                        after.isEmpty() ? null : String.join(", ", after), basis(x), basis(y), List.of(), List.of());
            }
        }

        /**
         * Eligibility rules are paired first by condition (the same test under another name is no change),
         * then by name without its year or catalogue prefix ("2026: ..." and "2027: ..." are the same rule);
         * what remains was added or removed.
         */
        private void eligibilityRules(List<LevelRule> x, List<LevelRule> y) {
            List<LevelRule> before = new ArrayList<>(x);
            List<LevelRule> after = new ArrayList<>();
            for (LevelRule rule : y) {
                LevelRule same = before.stream()
                        .filter(r -> comparable(r.condition()).equals(comparable(rule.condition()))).findFirst().orElse(null);
                if (same == null) {
                    after.add(rule);
                } else {
                    before.remove(same);
                    if (!sameBasis(same, rule)) {
                        add(Section.ELIGIBILITY, Kind.BASIS_CHANGED, rule.rule(), "eligibility rule \"" + rule.rule() + "\"", null,
                                null, null, basis(same), basis(rule), List.of(RuleRef.of(same)), List.of(RuleRef.of(rule)));
                    }
                }
            }
            for (LevelRule rule : after) {
                LevelRule old = before.stream()
                        .filter(r -> unprefixed(r.rule()).equals(unprefixed(rule.rule()))).findFirst().orElse(null);
                if (old == null) {
                    add(Section.ELIGIBILITY, Kind.ADDED, rule.rule(), "eligibility rule \"" + rule.rule() + "\"", null, null,
                            rule.condition(), null, basis(rule), List.of(), List.of(RuleRef.of(rule)));
                } else {
                    before.remove(old);
                    add(Section.ELIGIBILITY, Kind.CHANGED, rule.rule(), "eligibility rule \"" + rule.rule() + "\"", null,
                            old.condition(), rule.condition(), basis(old), basis(rule),
                            List.of(RuleRef.of(old)), List.of(RuleRef.of(rule)));
                }
            }
            for (LevelRule rule : before) {
                add(Section.ELIGIBILITY, Kind.REMOVED, rule.rule(), "eligibility rule \"" + rule.rule() + "\"", null,
                        rule.condition(), null, basis(rule), null, List.of(RuleRef.of(rule)), List.of());
            }
        }

        void catalogue(String item, String subject, Methodology.CatalogueUse x, Methodology.CatalogueUse y) {
            boolean sameId = x.id().equals(y.id());
            boolean sameText = Objects.equals(x.title(), y.title()) && Objects.equals(x.confidence(), y.confidence())
                    && Objects.equals(x.source(), y.source());
            if (!sameId) {
                add(Section.CATALOGUES, Kind.CHANGED, item, subject, null, x.id(), y.id(), basis(x), basis(y),
                        List.of(), List.of());
            } else if (!sameText) {
                add(Section.CATALOGUES, Kind.CHANGED, item, subject, null, describe(x), describe(y),
                        basis(x), basis(y), List.of(), List.of());
            } else if (!x.assumptions().equals(y.assumptions())) {
                add(Section.CATALOGUES, Kind.BASIS_CHANGED, item, subject, null, x.id(), y.id(),
                        basis(x), basis(y), List.of(), List.of());
            }
        }

        private static String describe(Methodology.CatalogueUse c) {
            return c.id() + ": " + c.title() + " [confidence " + c.confidence() + ", source " + c.source() + "]";
        }

        /** Rows or indicators by number, in natural order (2a after 2, 10a after 9). */
        void indicators(Section section, List<IndicatorDefinition> a, List<IndicatorDefinition> b,
                        IndicatorDefinition.Aspect aspect) {
            Map<String, IndicatorDefinition> before = byKey(a.stream().filter(d -> d.aspect() == aspect).toList(),
                    IndicatorDefinition::number);
            Map<String, IndicatorDefinition> after = byKey(b.stream().filter(d -> d.aspect() == aspect).toList(),
                    IndicatorDefinition::number);
            TreeSet<String> numbers = new TreeSet<>(NATURAL);
            numbers.addAll(before.keySet());
            numbers.addAll(after.keySet());
            for (String number : numbers) {
                indicator(section, number, before.get(number), after.get(number));
            }
        }

        private void indicator(Section section, String number, IndicatorDefinition x, IndicatorDefinition y) {
            String subject = section + " " + number + " " + (y != null ? y.key() : x.key());
            if (x == null || y == null) {
                IndicatorDefinition d = x == null ? y : x;
                String value = d.name() + ", weight " + text(d.weight());
                List<RuleRef> rules = d.rules().stream().map(RuleRef::of).toList();
                add(section, x == null ? Kind.ADDED : Kind.REMOVED, number, subject, null, x == null ? null : value,
                        y == null ? null : value, null, null, x == null ? List.of() : rules, y == null ? List.of() : rules);
                return;
            }
            if (!x.name().equals(y.name())) {
                value(section, Kind.RENAMED, number, subject, x.name(), y.name());
            }
            if (!x.key().equals(y.key())) {
                value(section, Kind.CHANGED, number, subject + " (fact key)", x.key(), y.key());
            }
            if (x.weight().compareTo(y.weight()) != 0) {
                value(section, Kind.WEIGHT_CHANGED, number, subject, text(x.weight()), text(y.weight()));
            }
            TreeSet<Integer> levels = new TreeSet<>();
            x.rules().forEach(r -> levels.add(r.level()));
            y.rules().forEach(r -> levels.add(r.level()));
            for (int level : levels) {
                level(section, number, subject, level, x.rules().stream().filter(r -> r.level() == level).toList(),
                        y.rules().stream().filter(r -> r.level() == level).toList());
            }
            if (!Objects.equals(x.evidence(), y.evidence())) {
                value(section, Kind.EVIDENCE_CHANGED, number, subject, x.evidence(), y.evidence());
            }
        }

        /**
         * A level changes when its rules test something else: their conditions, compared without white space
         * and in any order, differ. Rule names and sources are labels and say nothing of the test; a level
         * that tests the same thing on other assumptions is a minor change.
         */
        private void level(Section section, String number, String subject, int level, List<LevelRule> x, List<LevelRule> y) {
            List<String> before = x.stream().map(r -> comparable(r.condition())).sorted().toList();
            List<String> after = y.stream().map(r -> comparable(r.condition())).sorted().toList();
            TreeSet<String> assumptionsBefore = new TreeSet<>(NATURAL);
            x.forEach(r -> assumptionsBefore.addAll(r.assumptions()));
            TreeSet<String> assumptionsAfter = new TreeSet<>(NATURAL);
            y.forEach(r -> assumptionsAfter.addAll(r.assumptions()));
            Kind kind = !before.equals(after) ? Kind.LEVEL_CHANGED
                    : !assumptionsBefore.equals(assumptionsAfter) ? Kind.BASIS_CHANGED : null;
            if (kind == null) {
                return;
            }
            add(section, kind, number, subject, level, rulesSummary(x), rulesSummary(y),
                    assumptionsBefore.isEmpty() ? "none" : String.join(", ", assumptionsBefore),
                    assumptionsAfter.isEmpty() ? "none" : String.join(", ", assumptionsAfter),
                    x.stream().map(RuleRef::of).toList(), y.stream().map(RuleRef::of).toList());
        }

        private static String rulesSummary(List<LevelRule> rules) {
            return rules.isEmpty() ? null : rules.size() == 1 ? "1 rule" : rules.size() + " rules";
        }

        /** Register entries by id in natural order (A2 before A10): added, removed, or with another text. */
        void register(Section section, String what, Map<String, String> a, Map<String, String> b) {
            Map<String, String> before = new TreeMap<>(NATURAL);
            before.putAll(a);
            Map<String, String> after = new TreeMap<>(NATURAL);
            after.putAll(b);
            TreeSet<String> ids = new TreeSet<>(NATURAL);
            ids.addAll(before.keySet());
            ids.addAll(after.keySet());
            for (String id : ids) {
                String x = before.get(id);
                String y = after.get(id);
                Kind kind = x == null ? Kind.ADDED : y == null ? Kind.REMOVED : x.equals(y) ? null : Kind.CHANGED;
                if (kind != null) {
                    value(section, kind, id, what + " " + id, x, y);
                }
            }
        }
    }

    // ---- text helpers ---------------------------------------------------------------------------------

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NUMBERED = Pattern.compile("(\\D*)(\\d*)(.*)");
    /** "2026: ", "V2023 ", "S2026 ": the year or catalogue a rule's name starts with. */
    private static final Pattern PREFIX = Pattern.compile("^(?:[A-Z]*\\d{4}:?\\s+)");

    /**
     * A condition as a comparison sees it: white space kept only between two word characters, so that
     * {@code a >= 1} and {@code a>=1}, or a condition split over two lines, compare equal.
     */
    static String comparable(String condition) {
        String collapsed = SPACE.matcher(condition == null ? "" : condition.trim()).replaceAll(" ");
        StringBuilder out = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (c == ' ' && !(i > 0 && word(collapsed.charAt(i - 1)) && i + 1 < collapsed.length()
                    && word(collapsed.charAt(i + 1)))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** A rule's name without the year or catalogue it starts with. */
    static String unprefixed(String rule) {
        return PREFIX.matcher(rule).replaceFirst("");
    }

    /** Natural order of numbers and ids: 2 < 2a < 2b < 10, A2 < A10. */
    static final Comparator<String> NATURAL = (p, q) -> {
        Matcher m = NUMBERED.matcher(p);
        Matcher n = NUMBERED.matcher(q);
        m.matches();
        n.matches();
        int c = m.group(1).compareTo(n.group(1));
        if (c != 0) {
            return c;
        }
        c = Long.compare(m.group(2).isEmpty() ? -1 : Long.parseLong(m.group(2)), n.group(2).isEmpty() ? -1 : Long.parseLong(n.group(2)));
        c = c != 0 ? c : m.group(3).compareTo(n.group(3));
        return c != 0 ? c : p.compareTo(q); // A02 and A2 are two ids
    };

    private static boolean sameValue(Object x, Object y) {
        if (x instanceof BigDecimal p && y instanceof BigDecimal q) {
            return p.compareTo(q) == 0;
        }
        return Objects.equals(x, y);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        // As the rule set writes it: a band's 35.00 stays 35.00.
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    /** "SIMONDA-IGA, A15"; "none" when nothing is named (or the year does not state the value at all). */
    private static String basis(Parameter<?> p) {
        return p == null ? "none" : basis(p.source(), p.assumptions());
    }

    private static String basis(LevelRule rule) {
        return basis(rule.source(), rule.assumptions());
    }

    /** A catalogue rests on the assumptions under which the year uses it; its own source is part of its description. */
    private static String basis(Methodology.CatalogueUse c) {
        return basis(null, c.assumptions());
    }

    private static String basis(String source, List<String> assumptions) {
        List<String> parts = new ArrayList<>();
        if (source != null) {
            parts.add(source);
        }
        parts.addAll(assumptions);
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static boolean sameBasis(Parameter<?> x, Parameter<?> y) {
        return basis(x).equals(basis(y));
    }

    private static boolean sameBasis(LevelRule x, LevelRule y) {
        return basis(x).equals(basis(y));
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(key.apply(i), i));
        return map;
    }
}
