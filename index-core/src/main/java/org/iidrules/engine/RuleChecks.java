package org.iidrules.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationProblem.Kind;

/**
 * The checks the loader and {@code validate} share, and the ones only {@code validate} makes, on what the
 * loader read: the manifest, the rules' metadata, the catalogues. Each problem names file and line.
 */
final class RuleChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleChecks() {
    }

    /** The manifest's required fields, its one allowed consequence, and the assumptions its parameters cite. */
    static List<ValidationProblem> manifest(Manifest m, String path, String text) {
        List<ValidationProblem> problems = new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>();
        if (m.id() == null) missing.put("id", "id");
        if (m.year() == 0) missing.put("year", "year");
        if (m.version() == null) missing.put("version", "version");
        if (m.status() == null) missing.put("status", "status");
        if (m.formula() == null || m.formula().minimumDivisor() == null || m.formula().sjiPerInnovation() == null
                || m.formula().sjiInnovationCap() == null) {
            missing.put("formula", "formula (minimumDivisor, sjiPerInnovation, sjiInnovationCap)");
        }
        if (m.requirement() == null || m.requirement().basicServicesNeeded() == null || m.requirement().whenUnmet() == null) {
            missing.put("requirement", "requirement (basicServicesNeeded, whenUnmet)");
        }
        if (m.predicate() == null || m.predicate().bands() == null || m.predicate().bands().isEmpty()) {
            missing.put("predicate", "predicate.bands");
        }
        missing.forEach((key, field) -> problems.add(Problems.error(Kind.MANIFEST, path, TextLines.lineOfKey(text, key), 0,
                "manifest.missing", field)));
        if (m.requirement() != null && m.requirement().whenUnmet() != null
                && !"SJI_ZERO".equals(m.requirement().whenUnmet().value())) {
            problems.add(Problems.error(Kind.MANIFEST, path, TextLines.lineOfFirst(text, "^\\s*whenUnmet\\s*:"), 0,
                    "manifest.whenUnmet", m.requirement().whenUnmet().value()));
        }
        if (m.predicate() != null && m.predicate().bands() != null && !m.predicate().bands().isEmpty()
                && m.predicate().bands().stream().noneMatch(b -> b.from() != null && b.from().signum() == 0)) {
            problems.add(Problems.error(Kind.PREDICATE_BANDS, path, TextLines.lineOfKey(text, "predicate"), 0, "predicate.noZero"));
        }
        int assumptionsLine = TextLines.lineOfKey(text, "assumptions");
        for (String assumption : assumptionsOf(m)) {
            if (!m.assumptions().contains(assumption)) {
                problems.add(Problems.error(Kind.REGISTER, path, assumptionsLine, 0, "manifest.unlistedAssumption", assumption));
            }
        }
        return problems;
    }

    private static List<String> assumptionsOf(Manifest m) {
        List<String> cited = new ArrayList<>();
        List<Manifest.Param<?>> params = new ArrayList<>();
        if (m.formula() != null) {
            params.addAll(Arrays.asList(m.formula().minimumDivisor(), m.formula().sjiPerInnovation(), m.formula().sjiInnovationCap()));
        }
        if (m.requirement() != null) {
            params.addAll(Arrays.asList(m.requirement().basicServicesNeeded(), m.requirement().whenUnmet()));
        }
        params.add(m.eligibility().mandatoryIndicators());
        params.add(m.eligibility().mandatorySpdRows());
        for (Manifest.Param<?> p : params) {
            if (p != null) {
                cited.addAll(LoaderSupport.split(p.assumption()));
            }
        }
        if (m.predicate() != null) {
            cited.addAll(LoaderSupport.split(m.predicate().assumption()));
        }
        if (m.catalogues() != null) {
            for (Manifest.CatalogueRef c : Arrays.asList(m.catalogues().spd(), m.catalogues().sid())) {
                if (c != null) {
                    cited.addAll(LoaderSupport.split(c.assumption()));
                }
            }
        }
        return cited;
    }

    /**
     * One rule's metadata: a level of 1, 2 or 3 when it has one; a source or an assumption; only sources
     * and assumptions the manifest lists; an indicator or row its catalogue has.
     */
    static List<ValidationProblem> metadata(RuleInfo rule, String rawLevel, Manifest manifest, Set<String> sources,
                                            Set<String> assumptions, Catalogue spd, Catalogue sid) {
        List<ValidationProblem> problems = new ArrayList<>();
        String file = rule.file();
        int line = rule.line();
        if (rawLevel != null && (rule.level() < 1 || rule.level() > 3)) {
            problems.add(Problems.error(Kind.SOURCE, file, line, 0, "rule.badLevel", rule.name(), rawLevel));
        }
        if (rule.source() == null && rule.assumptions().isEmpty()) {
            problems.add(Problems.error(Kind.SOURCE, file, line, 0, "rule.noSource", rule.name()));
        }
        if (rule.source() != null && !sources.contains(rule.source())) {
            problems.add(Problems.error(Kind.SOURCE, file, line, 0, "rule.unlistedSource", rule.name(), rule.source(), manifest.id()));
        }
        for (String a : rule.assumptions()) {
            if (!assumptions.contains(a)) {
                problems.add(Problems.error(Kind.SOURCE, file, line, 0, "rule.unlistedAssumption", rule.name(), a, manifest.id()));
            }
        }
        if (rule.indicator() != null && sid.indicator(rule.indicator()) == null) {
            problems.add(Problems.error(Kind.SOURCE, file, line, 0, "rule.unknownIndicator", rule.name(), rule.indicator(), sid.id()));
        }
        if (rule.row() != null && spd.indicator(rule.row()) == null) {
            problems.add(Problems.error(Kind.SOURCE, file, line, 0, "rule.unknownRow", rule.name(), rule.row(), spd.id()));
        }
        return problems;
    }

    /**
     * Two rules with one name in one package: Drools would let the second replace the first. Reported at the
     * second, naming the first's file and line.
     */
    static List<ValidationProblem> duplicateRuleNames(Collection<DrlFile> files) {
        List<ValidationProblem> problems = new ArrayList<>();
        Map<String, String> first = new HashMap<>();
        for (DrlFile f : files) {
            for (DrlFile.Rule rule : f.rules()) {
                String where = f.path() + ":" + rule.line();
                String earlier = first.putIfAbsent(f.pkg() + "/" + rule.name(), where);
                if (earlier != null) {
                    problems.add(Problems.error(Kind.DUPLICATE_RULE, f.path(), rule.line(), 0, "rule.duplicate", rule.name(), earlier));
                }
            }
        }
        return problems;
    }

    /** Catalogue entries no rule gives a level: they could never score. */
    static List<ValidationProblem> unscored(Collection<RuleInfo> rules, Catalogue catalogue, String path, String text) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (Catalogue.Indicator i : catalogue.indicators()) {
            if (levelsOf(rules, catalogue, i).isEmpty()) {
                problems.add(Problems.error(Kind.MISSING_LEVEL, path, TextLines.lineOfIndicator(text, i.no()), 0,
                        isSpd(catalogue) ? "level.noneRow" : "level.none", i.no(), i.key()));
            }
        }
        return problems;
    }

    /** Catalogue entries with some levels but not all three: e.g. rules for levels 1 and 3, none for 2. */
    static List<ValidationProblem> missingLevels(Collection<RuleInfo> rules, Catalogue catalogue, String path, String text) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (Catalogue.Indicator i : catalogue.indicators()) {
            Set<Integer> levels = levelsOf(rules, catalogue, i);
            if (levels.isEmpty()) {
                continue;
            }
            for (int level = 1; level <= 3; level++) {
                if (!levels.contains(level)) {
                    problems.add(Problems.error(Kind.MISSING_LEVEL, path, TextLines.lineOfIndicator(text, i.no()), 0,
                            isSpd(catalogue) ? "level.missingRow" : "level.missing", i.no(), i.key(), level,
                            levels.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")));
                }
            }
        }
        return problems;
    }

    private static Set<Integer> levelsOf(Collection<RuleInfo> rules, Catalogue catalogue, Catalogue.Indicator i) {
        Set<Integer> levels = new TreeSet<>();
        for (RuleInfo r : rules) {
            String no = isSpd(catalogue) ? r.row() : r.indicator();
            if (i.no().equals(no) && r.level() >= 1 && r.level() <= 3) {
                levels.add(r.level());
            }
        }
        return levels;
    }

    static boolean isSpd(Catalogue catalogue) {
        return "SPD".equalsIgnoreCase(catalogue.aspect());
    }

    /**
     * The predicate bands cover 0 to 100 exactly once: listed from the highest {@code from} down (the
     * order the manifests use and the assembler reads), no {@code from} twice, the lowest at 0.00, none
     * above 100 or below 0. (A missing 0.00 band is the loader's error already.)
     */
    static List<ValidationProblem> predicateBands(Manifest m, String path, String text) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (m.predicate() == null || m.predicate().bands() == null) {
            return problems;
        }
        List<Manifest.Band> bands = m.predicate().bands();
        Map<BigDecimal, String> seen = new HashMap<>();
        BigDecimal previous = null;
        for (Manifest.Band band : bands) {
            int line = TextLines.lineOfFirst(text, "\\{\\s*name:\\s*" + java.util.regex.Pattern.quote(String.valueOf(band.name())) + "\\s*,");
            if (band.from() == null) {
                problems.add(Problems.error(Kind.PREDICATE_BANDS, path, line, 0, "predicate.noFrom", band.name()));
                continue;
            }
            String name = band.name();
            String twin = seen.entrySet().stream().filter(e -> e.getKey().compareTo(band.from()) == 0).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (twin != null) {
                problems.add(Problems.error(Kind.PREDICATE_BANDS, path, line, 0, "predicate.duplicate", name, band.from().toPlainString(), twin));
            }
            seen.put(band.from(), name);
            if (band.from().compareTo(HUNDRED) > 0 || band.from().signum() < 0) {
                problems.add(Problems.error(Kind.PREDICATE_BANDS, path, line, 0, "predicate.outOfRange", name, band.from().toPlainString()));
            }
            if (previous != null && twin == null && band.from().compareTo(previous) > 0) {
                problems.add(Problems.error(Kind.PREDICATE_BANDS, path, line, 0, "predicate.order", name, band.from().toPlainString(),
                        previous.toPlainString()));
            }
            previous = band.from();
        }
        return problems;
    }

    /**
     * A catalogue's indicators are unique by number and by key; and a catalogue that has the id of a
     * built-in one has its weights: the same id must mean the same catalogue.
     */
    static List<ValidationProblem> catalogue(Catalogue catalogue, String path, String text, Map<String, Catalogue> builtIn) {
        List<ValidationProblem> problems = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        int index = 0;
        for (Catalogue.Indicator i : catalogue.indicators()) {
            int line = nthLineOfIndicator(text, index++);
            Integer twin = numbers.putIfAbsent(i.no(), line);
            if (twin != null) {
                problems.add(Problems.error(Kind.CATALOGUE, path, line, 0, "catalogue.duplicateNumber", i.no(), twin));
            }
            String twinKey = i.key() == null ? null : keys.putIfAbsent(i.key(), i.no());
            if (twinKey != null) {
                problems.add(Problems.error(Kind.CATALOGUE, path, line, 0, "catalogue.duplicateKey", i.key(), i.no(), twinKey));
            }
        }
        Catalogue original = builtIn.get(catalogue.id());
        if (original != null) {
            index = 0;
            for (Catalogue.Indicator i : catalogue.indicators()) {
                int line = nthLineOfIndicator(text, index++);
                Catalogue.Indicator same = original.indicator(i.no());
                if (same != null && i.weight() != null && same.weight() != null && i.weight().compareTo(same.weight()) != 0) {
                    problems.add(Problems.error(Kind.CATALOGUE, path, line, 0, "catalogue.weight", catalogue.id(), i.no(), i.key(),
                            i.weight().toPlainString(), same.weight().toPlainString()));
                }
            }
        }
        return problems;
    }

    /** The line of the n-th (0-based) {@code - {no: ...}} entry of a catalogue's indicators, or 0. */
    private static int nthLineOfIndicator(String text, int n) {
        if (text == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*-\\s*\\{?\\s*no\\s*:", java.util.regex.Pattern.MULTILINE).matcher(text);
        int i = 0;
        while (m.find()) {
            if (i++ == n) {
                return TextLines.lineOf(text, m.start());
            }
        }
        return 0;
    }
}
