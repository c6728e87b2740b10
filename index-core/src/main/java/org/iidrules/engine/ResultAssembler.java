package org.iidrules.engine;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.iidrules.model.Evidenced;
import org.iidrules.model.Innovation;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;
import org.iidrules.result.AssumptionRef;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Provenance;
import org.iidrules.result.RegionRef;
import org.iidrules.result.Requirement;
import org.iidrules.result.Result;
import org.iidrules.result.RuleSetRef;
import org.iidrules.result.SpdRowResult;
import org.iidrules.result.Totals;

/**
 * Turns what the rules decided (the {@link Scoresheet}) into a {@link Result}: weights × levels,
 * evidence (A13), the year's mandatory indicators, the basic-service requirement and the formula,
 * all with the parameters of the year's manifest.
 */
final class ResultAssembler {

    private static final int SHOWN_SCALE = 4;
    private static final String A13 = "A13";

    private final CompiledRuleSet ruleSet;
    private final Manifest manifest;
    private final Submission submission;
    private final Scoresheet sheet;
    private final List<Finding> findings = new ArrayList<>();

    ResultAssembler(CompiledRuleSet ruleSet, Submission submission, Scoresheet sheet) {
        this.ruleSet = ruleSet;
        this.manifest = ruleSet.manifest;
        this.submission = submission;
        this.sheet = sheet;
    }

    Result assemble() {
        if (submission.year() != manifest.year()) {
            findings.add(new Finding(Kind.NOTE, "$.year", "the submission was prepared for " + submission.year()
                    + " and is scored here under the " + manifest.year() + " rules (" + manifest.id() + ")"));
        }
        List<SpdRowResult> spdRows = scoreSpd();
        List<InnovationResult> innovations = new ArrayList<>();
        for (int i = 0; i < submission.innovations().size(); i++) {
            innovations.add(scoreInnovation(i, submission.innovations().get(i)));
        }

        List<InnovationResult> counting = innovations.stream().filter(InnovationResult::counts).toList();
        Requirement requirement = requirement(innovations);

        BigDecimal spdTotal = sum(spdRows.stream().map(SpdRowResult::points).toList());
        BigDecimal sidSum = sum(counting.stream().map(InnovationResult::points).toList());
        int n = counting.size();
        int d = manifest.formula().minimumDivisor().value();
        int divisor = Math.max(d, n);
        BigDecimal factor = manifest.formula().sjiPerInnovation().value();
        int cap = manifest.formula().sjiInnovationCap().value();
        BigDecimal sji = requirement.met() ? factor.multiply(BigDecimal.valueOf(Math.min(n, cap))) : BigDecimal.ZERO;

        BigDecimal spdMax = ruleSet.spd.maximum();
        BigDecimal sidMax = ruleSet.sid.maximum();
        BigDecimal sjiMax = factor.multiply(BigDecimal.valueOf(cap));
        BigDecimal max = spdMax.add(sidMax).add(sjiMax);

        // TOTAL = SPD + sidSum / divisor + SJI. The index is computed from the exact terms and rounded
        // once (A10): (SPD + SJI) × divisor + sidSum, over divisor, × 100 / max.
        BigDecimal totalTimesDivisor = spdTotal.add(sji).multiply(BigDecimal.valueOf(divisor)).add(sidSum);
        BigDecimal index = totalTimesDivisor.multiply(BigDecimal.valueOf(100))
                .divide(max.multiply(BigDecimal.valueOf(divisor)), 2, RoundingMode.HALF_UP);
        BigDecimal sidAverage = sidSum.divide(BigDecimal.valueOf(divisor), SHOWN_SCALE, RoundingMode.HALF_UP);
        BigDecimal total = totalTimesDivisor.divide(BigDecimal.valueOf(divisor), SHOWN_SCALE, RoundingMode.HALF_UP);

        Totals totals = new Totals(spdTotal, sidSum, n, d, divisor, sidAverage, sji,
                sidAverage.add(sji), total, new Totals.Maximum(spdMax, sidMax, sjiMax, max));

        return new Result(
                LibraryVersion.get(),
                new RuleSetRef(manifest.id(), manifest.year(), manifest.version(), manifest.status(), ruleSet.digest()),
                manifest.year(),
                new RegionRef(submission.region().code(), submission.region().name(), submission.region().kind().name()),
                index,
                predicate(index),
                totals,
                requirement,
                spdRows,
                innovations,
                findings,
                assumptions());
    }

    // ---- SPD ---------------------------------------------------------------------------------

    private List<SpdRowResult> scoreSpd() {
        Set<String> mandatory = Set.copyOf(listParam(manifest.eligibility().mandatorySpdRows()));
        List<SpdRowResult> rows = new ArrayList<>();
        for (Catalogue.Indicator row : ruleSet.spd.indicators()) {
            Evidenced fact = submission.spd().byKey(row.key());
            String path = "$.spd." + row.key();
            Scored s = score(ruleSet.spd, catalogueAssumptions(manifest.catalogues().spd()), row, fact,
                    sheet.spd.levels.get(row.no()), sheet.spd.rejected.get(row.no()),
                    path, "SPD row " + row.no() + " (" + row.name() + ")", true);
            if (s.level == 0 && mandatory.contains(row.no())) {
                findings.add(new Finding(Kind.MANDATORY_EMPTY, path, "SPD row " + row.no() + " (" + row.name()
                        + ") is mandatory in " + manifest.year() + " and scores 0: " + s.note
                        + cite(manifest.eligibility().mandatorySpdRows())));
            }
            rows.add(new SpdRowResult(row.no(), row.key(), row.name(), s.fact, s.level, row.weight(), s.points, s.note, s.by));
        }
        return rows;
    }

    // ---- SID ---------------------------------------------------------------------------------

    private InnovationResult scoreInnovation(int index, Innovation innovation) {
        Scoresheet.Marks marks = sheet.marksOf(innovation);
        String base = "$.innovations[" + index + "]";
        List<Scoresheet.Decision> exclusions = new ArrayList<>(marks.exclusions);
        // Rules fire in an order Drools chooses; reasons are listed in the order the rule files state them.
        exclusions.sort(Comparator.comparingInt(e -> e.rule().order()));
        // Indicator findings of an innovation the eligibility rules already set aside would only be
        // noise: its own NOT_COUNTED finding says why it does not count.
        boolean reportIndicators = exclusions.isEmpty();

        List<IndicatorResult> indicators = new ArrayList<>();
        List<String> emptyMandatory = new ArrayList<>();
        Set<String> mandatory = Set.copyOf(listParam(manifest.eligibility().mandatoryIndicators()));
        BigDecimal points = BigDecimal.ZERO;
        for (Catalogue.Indicator ind : ruleSet.sid.indicators()) {
            Evidenced fact = innovation.indicators().byKey(ind.key());
            Scored s = score(ruleSet.sid, catalogueAssumptions(manifest.catalogues().sid()), ind, fact,
                    marks.levels.get(ind.no()), marks.rejected.get(ind.no()),
                    base + ".indicators." + ind.key(), "innovation " + innovation.id() + ", indicator " + ind.no()
                            + " " + ind.key(), reportIndicators);
            if (s.level == 0 && mandatory.contains(ind.no())) {
                emptyMandatory.add(ind.no() + " " + ind.key() + " (" + s.note + ")");
            }
            points = points.add(s.points);
            indicators.add(new IndicatorResult(ind.no(), ind.key(), ind.name(), s.fact, s.level, ind.weight(), s.points,
                    s.note, s.by));
        }

        List<String> reasons = new ArrayList<>(exclusions.stream().map(Scoresheet.Decision::reason).toList());
        Provenance excludedBy = exclusions.isEmpty() ? null : provenance(exclusions.get(0).rule(), List.of());
        if (!emptyMandatory.isEmpty()) {
            Manifest.Param<List<String>> p = manifest.eligibility().mandatoryIndicators();
            reasons.add("mandatory indicators score 0: " + String.join("; ", emptyMandatory) + cite(p));
            if (excludedBy == null) {
                excludedBy = new Provenance("manifest: eligibility.mandatoryIndicators", p.source(),
                        LoaderSupport.split(p.assumption()));
            }
        }
        boolean counts = reasons.isEmpty();
        String reason = counts ? null : String.join("; ", reasons);
        if (!counts) {
            findings.add(new Finding(Kind.NOT_COUNTED, base, "innovation " + innovation.id() + " (" + innovation.name()
                    + ") does not count: " + reason));
        }
        return new InnovationResult(innovation.id(), innovation.name(),
                innovation.mainUrusan() == null ? null : innovation.mainUrusan().label(),
                counts, reason, excludedBy, points, indicators);
    }

    // ---- one indicator or row ----------------------------------------------------------------

    private record Scored(String fact, int level, BigDecimal points, String note, Provenance by) {
    }

    private Scored score(Catalogue catalogue, List<String> catalogueAssumptions, Catalogue.Indicator ind, Evidenced fact, Scoresheet.Mark mark,
                         Scoresheet.Decision rejected, String path, String what, boolean report) {
        if (fact == null) {
            return new Scored(null, 0, BigDecimal.ZERO, "not reported", null);
        }
        String shown = describe(fact);
        if (rejected != null) {
            if (report) {
                findings.add(new Finding(Kind.REJECTED, path, what + " scores 0: " + rejected.reason()));
            }
            return new Scored(shown, 0, BigDecimal.ZERO, rejected.reason(), provenance(rejected.rule(), catalogueAssumptions));
        }
        if (mark == null) {
            String note = "reaches no level under catalogue " + catalogue.id() + " (" + shown + ")";
            if (report) {
                findings.add(new Finding(Kind.UNRECOGNISED_VALUE, path, what + " " + note + ": scores 0"));
            }
            return new Scored(shown, 0, BigDecimal.ZERO, note, null);
        }
        if (!fact.hasEvidence()) {
            String note = "reaches level " + mark.level() + " but has no evidence, so it scores 0 (A13)"
                    + (ind.evidence() == null ? "" : "; expected: " + ind.evidence());
            if (report) {
                findings.add(new Finding(Kind.MISSING_EVIDENCE, path + ".evidence", what + " " + note));
            }
            List<String> extra = new ArrayList<>(catalogueAssumptions);
            extra.add(A13);
            return new Scored(shown, 0, BigDecimal.ZERO, note, provenance(mark.rule(), extra));
        }
        return new Scored(shown, mark.level(), ind.weight().multiply(BigDecimal.valueOf(mark.level())), null,
                provenance(mark.rule(), catalogueAssumptions));
    }

    /** The assumption under which this year uses a catalogue (A1 for S2026 before 2026, A2 for V2023 in 2022...). */
    private static List<String> catalogueAssumptions(Manifest.CatalogueRef ref) {
        return ref == null ? List.of() : LoaderSupport.split(ref.assumption());
    }

    private static Provenance provenance(RuleInfo rule, List<String> extra) {
        List<String> assumptions = new ArrayList<>(rule.assumptions());
        for (String a : extra) {
            if (!assumptions.contains(a)) {
                assumptions.add(a);
            }
        }
        return new Provenance(rule.name(), rule.source(), assumptions);
    }

    // ---- requirement, predicate, assumptions -------------------------------------------------

    /** Results are in submission order, so result k belongs to innovation k. */
    private Requirement requirement(List<InnovationResult> results) {
        EnumSet<Urusan> covered = EnumSet.noneOf(Urusan.class);
        for (int k = 0; k < results.size(); k++) {
            Urusan main = submission.innovations().get(k).mainUrusan();
            if (results.get(k).counts() && main != null && main.isBasicService()) {
                covered.add(main);
            }
        }
        int basic = (int) EnumSet.allOf(Urusan.class).stream().filter(Urusan::isBasicService).count();
        Manifest.Param<Integer> needed = manifest.requirement().basicServicesNeeded();
        Manifest.Param<String> unmet = manifest.requirement().whenUnmet();
        boolean met = covered.size() >= needed.value();
        List<String> labels = covered.stream().map(Urusan::label).toList();
        String statement = "basic services covered: " + (labels.isEmpty() ? "none" : String.join(", ", labels))
                + " — " + needed.value() + " of " + basic + " needed, " + (met ? "met" : "not met");
        String consequence = met ? "none" : "SJI = 0" + cite(unmet);
        List<String> assumptions = new ArrayList<>(LoaderSupport.split(needed.assumption()));
        assumptions.addAll(LoaderSupport.split(unmet.assumption()));
        if (!met) {
            findings.add(new Finding(Kind.REQUIREMENT_UNMET, "$.innovations", statement + ": " + consequence));
        }
        return new Requirement(labels, covered.size(), needed.value(), met, consequence, statement, needed.source(),
                assumptions);
    }

    private String predicate(BigDecimal index) {
        return manifest.predicate().bands().stream()
                .sorted(Comparator.comparing(Manifest.Band::from).reversed())
                .filter(b -> index.compareTo(b.from()) >= 0)
                .map(Manifest.Band::name)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no predicate band covers " + index));
    }

    private List<AssumptionRef> assumptions() {
        return ruleSet.assumptions.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, String> e) -> number(e.getKey())).thenComparing(Map.Entry::getKey))
                .map(e -> new AssumptionRef(e.getKey(), e.getValue()))
                .toList();
    }

    private static int number(String id) {
        String digits = id.replaceAll("\\D", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static List<String> listParam(Manifest.Param<List<String>> param) {
        return param == null || param.value() == null ? List.of() : param.value();
    }

    private static String cite(Manifest.Param<?> param) {
        if (param == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (param.source() != null) {
            parts.add(param.source());
        }
        parts.addAll(LoaderSupport.split(param.assumption()));
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A fact's values without its evidence, e.g. {@code staff=12} or {@code received=10, resolved=8}. */
    static String describe(Evidenced fact) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            if (c.getName().equals("evidence")) {
                continue;
            }
            try {
                Object value = c.getAccessor().invoke(fact);
                if (value == null) {
                    continue;
                }
                parts.add(c.getName() + "=" + render(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + fact.getClass().getSimpleName(), e);
            }
        }
        return parts.isEmpty() ? "(no value)" : String.join(", ", parts);
    }

    private static String render(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(ResultAssembler::render).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
