package org.iidrules.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final CompiledRuleSet ruleSet;
    private final Manifest manifest;
    private final Constants constants;
    private final Submission submission;
    private final Scoresheet sheet;
    /** Whether to render facts, notes, reasons and findings (EvaluationOptions.explain). */
    private final boolean explain;
    private final List<Finding> findings = new ArrayList<>();

    ResultAssembler(CompiledRuleSet ruleSet, Submission submission, Scoresheet sheet, boolean explain) {
        this.ruleSet = ruleSet;
        this.manifest = ruleSet.manifest;
        this.constants = ruleSet.constants;
        this.submission = submission;
        this.sheet = sheet;
        this.explain = explain;
    }

    /** What every evaluation of a rule set reads from its manifest and catalogues: worked out once. */
    static final class Constants {
        final Set<String> mandatorySpdRows;
        final Set<String> mandatoryIndicators;
        final String mandatorySpdRowsCited;
        final String mandatoryIndicatorsCited;
        /** What an innovation cites when a mandatory indicator scores 0 and no eligibility rule excluded it. */
        final Provenance mandatoryIndicatorsProvenance;
        final List<Manifest.Band> bandsHighestFirst;
        final List<AssumptionRef> assumptions;
        final int basicServices;
        final BigDecimal spdMaximum;
        final BigDecimal sidMaximum;
        /** Points by catalogue slot and level (1..3): weight × level. */
        final BigDecimal[][] spdPoints;
        final BigDecimal[][] sidPoints;

        Constants(Manifest manifest, Catalogue spd, Catalogue sid, Map<String, String> assumptionTexts) {
            spdPoints = pointsTable(spd);
            sidPoints = pointsTable(sid);
            spdMaximum = spd.maximum();
            sidMaximum = sid.maximum();
            mandatorySpdRows = Set.copyOf(listParam(manifest.eligibility().mandatorySpdRows()));
            mandatoryIndicators = Set.copyOf(listParam(manifest.eligibility().mandatoryIndicators()));
            mandatorySpdRowsCited = cite(manifest.eligibility().mandatorySpdRows());
            mandatoryIndicatorsCited = cite(manifest.eligibility().mandatoryIndicators());
            Manifest.Param<List<String>> p = manifest.eligibility().mandatoryIndicators();
            mandatoryIndicatorsProvenance = p == null ? null
                    : new Provenance("manifest: eligibility.mandatoryIndicators", p.source(), LoaderSupport.split(p.assumption()));
            bandsHighestFirst = manifest.predicate().bands().stream()
                    .sorted(Comparator.comparing(Manifest.Band::from).reversed())
                    .toList();
            assumptions = assumptionTexts.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, String> e) -> number(e.getKey())).thenComparing(Map.Entry::getKey))
                    .map(e -> new AssumptionRef(e.getKey(), e.getValue()))
                    .toList();
            basicServices = (int) EnumSet.allOf(Urusan.class).stream().filter(Urusan::isBasicService).count();
        }
    }

    private static BigDecimal[][] pointsTable(Catalogue catalogue) {
        BigDecimal[][] table = new BigDecimal[catalogue.indicators().size()][4];
        for (int slot = 0; slot < table.length; slot++) {
            for (int level = 1; level <= 3; level++) {
                table[slot][level] = catalogue.indicators().get(slot).weight().multiply(BigDecimal.valueOf(level));
            }
        }
        return table;
    }

    Result assemble() {
        if (submission.year() != manifest.year() && explain) {
            findings.add(new Finding(Kind.NOTE, "$.year", "the submission was prepared for " + submission.year()
                    + " and is scored here under the " + manifest.year() + " rules (" + manifest.id() + ")"));
        }
        List<SpdRowResult> spdRows = scoreSpd();
        List<InnovationResult> innovations = new ArrayList<>(submission.innovations().size());
        for (int i = 0; i < submission.innovations().size(); i++) {
            innovations.add(scoreInnovation(i, submission.innovations().get(i)));
        }

        Requirement requirement = requirement(innovations);

        BigDecimal spdTotal = BigDecimal.ZERO;
        for (SpdRowResult row : spdRows) {
            spdTotal = spdTotal.add(row.points());
        }
        BigDecimal sidSum = BigDecimal.ZERO;
        int n = 0;
        for (InnovationResult innovation : innovations) {
            if (innovation.counts()) {
                sidSum = sidSum.add(innovation.points());
                n++;
            }
        }
        int d = manifest.formula().minimumDivisor().value();
        int divisor = Math.max(d, n);
        BigDecimal factor = manifest.formula().sjiPerInnovation().value();
        int cap = manifest.formula().sjiInnovationCap().value();
        BigDecimal sji = requirement.met() ? factor.multiply(BigDecimal.valueOf(Math.min(n, cap))) : BigDecimal.ZERO;

        BigDecimal spdMax = constants.spdMaximum;
        BigDecimal sidMax = constants.sidMaximum;
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
                constants.assumptions);
    }

    // ---- SPD ---------------------------------------------------------------------------------

    private List<SpdRowResult> scoreSpd() {
        List<Catalogue.Indicator> catalogue = ruleSet.spd.indicators();
        List<SpdRowResult> rows = new ArrayList<>(catalogue.size());
        for (int slot = 0; slot < catalogue.size(); slot++) {
            Catalogue.Indicator row = catalogue.get(slot);
            Evidenced fact = submission.spd().byKey(row.key());
            Scored s = score(ruleSet.spd, row, constants.spdPoints[slot], fact, sheet.spd.levels[slot], sheet.spd.rejected[slot], null, -1, true);
            if (explain && s.level == 0 && constants.mandatorySpdRows.contains(row.no())) {
                findings.add(new Finding(Kind.MANDATORY_EMPTY, "$.spd." + row.key(), "SPD row " + row.no() + " (" + row.name()
                        + ") is mandatory in " + manifest.year() + " and scores 0: " + s.note
                        + constants.mandatorySpdRowsCited));
            }
            rows.add(new SpdRowResult(row.no(), row.key(), row.name(), s.fact, s.level, row.weight(), s.points, s.note, s.by));
        }
        return rows;
    }

    // ---- SID ---------------------------------------------------------------------------------

    private InnovationResult scoreInnovation(int index, Innovation innovation) {
        Scoresheet.Marks marks = sheet.marksOf(innovation);
        List<Scoresheet.Decision> exclusions = marks.exclusions;
        if (exclusions.size() > 1) {
            // Rules fire in an order Drools chooses; reasons are listed in the order the rule files state them.
            exclusions = new ArrayList<>(exclusions);
            exclusions.sort(Comparator.comparingInt(e -> e.rule().order()));
        }
        // Indicator findings of an innovation the eligibility rules already set aside would only be
        // noise: its own NOT_COUNTED finding says why it does not count.
        boolean reportIndicators = exclusions.isEmpty();

        List<Catalogue.Indicator> catalogue = ruleSet.sid.indicators();
        List<IndicatorResult> indicators = new ArrayList<>(catalogue.size());
        List<String> emptyMandatory = explain ? new ArrayList<>() : null;
        boolean anyMandatoryEmpty = false;
        BigDecimal points = BigDecimal.ZERO;
        for (int slot = 0; slot < catalogue.size(); slot++) {
            Catalogue.Indicator ind = catalogue.get(slot);
            Evidenced fact = innovation.indicators().byKey(ind.key());
            Scored s = score(ruleSet.sid, ind, constants.sidPoints[slot], fact, marks.levels[slot], marks.rejected[slot], innovation, index,
                    reportIndicators);
            if (s.level == 0 && constants.mandatoryIndicators.contains(ind.no())) {
                anyMandatoryEmpty = true;
                if (explain) {
                    emptyMandatory.add(ind.no() + " " + ind.key() + " (" + s.note + ")");
                }
            }
            points = points.add(s.points);
            indicators.add(new IndicatorResult(ind.no(), ind.key(), ind.name(), s.fact, s.level, ind.weight(), s.points,
                    s.note, s.by));
        }

        Provenance excludedBy = exclusions.isEmpty() ? null : exclusions.get(0).rule().bare;
        if (anyMandatoryEmpty && excludedBy == null) {
            excludedBy = constants.mandatoryIndicatorsProvenance;
        }
        boolean counts = exclusions.isEmpty() && !anyMandatoryEmpty;
        String reason = null;
        if (!counts && explain) {
            List<String> reasons = new ArrayList<>(exclusions.size() + 1);
            for (Scoresheet.Decision e : exclusions) {
                reasons.add(e.reason());
            }
            if (anyMandatoryEmpty) {
                reasons.add("mandatory indicators score 0: " + String.join("; ", emptyMandatory) + constants.mandatoryIndicatorsCited);
            }
            reason = String.join("; ", reasons);
            findings.add(new Finding(Kind.NOT_COUNTED, "$.innovations[" + index + "]", "innovation " + innovation.id() + " ("
                    + innovation.name() + ") does not count: " + reason));
        }
        return new InnovationResult(innovation.id(), innovation.name(),
                innovation.mainUrusan() == null ? null : innovation.mainUrusan().label(),
                counts, reason, excludedBy, points, indicators);
    }

    // ---- one indicator or row ----------------------------------------------------------------

    private record Scored(String fact, int level, BigDecimal points, String note, Provenance by) {
    }

    private static final Scored NOT_REPORTED = new Scored(null, 0, BigDecimal.ZERO, "not reported", null);
    private static final Scored NOT_REPORTED_QUIETLY = new Scored(null, 0, BigDecimal.ZERO, null, null);

    /**
     * One SPD row ({@code innovation} null) or one indicator of the innovation at {@code index}. Facts,
     * notes and findings are rendered only when the evaluation explains.
     */
    private Scored score(Catalogue catalogue, Catalogue.Indicator ind, BigDecimal[] pointsByLevel, Evidenced fact, Scoresheet.Mark mark,
                         Scoresheet.Decision rejected, Innovation innovation, int index, boolean report) {
        if (fact == null) {
            return explain ? NOT_REPORTED : NOT_REPORTED_QUIETLY;
        }
        if (!explain) {
            if (rejected != null) {
                return new Scored(null, 0, BigDecimal.ZERO, null, rejected.rule().cited);
            }
            if (mark == null) {
                return new Scored(null, 0, BigDecimal.ZERO, null, null);
            }
            if (!fact.hasEvidence()) {
                return new Scored(null, 0, BigDecimal.ZERO, null, mark.rule().citedWithoutEvidence);
            }
            return new Scored(null, mark.level(), points(pointsByLevel, ind, mark.level()), null, mark.rule().cited);
        }
        String shown = FactText.describe(fact);
        if (rejected != null) {
            if (report) {
                findings.add(new Finding(Kind.REJECTED, path(innovation, index, ind), what(innovation, ind) + " scores 0: " + rejected.reason()));
            }
            return new Scored(shown, 0, BigDecimal.ZERO, rejected.reason(), rejected.rule().cited);
        }
        if (mark == null) {
            String note = "reaches no level under catalogue " + catalogue.id() + " (" + shown + ")";
            if (report) {
                findings.add(new Finding(Kind.UNRECOGNISED_VALUE, path(innovation, index, ind), what(innovation, ind) + " " + note + ": scores 0"));
            }
            return new Scored(shown, 0, BigDecimal.ZERO, note, null);
        }
        if (!fact.hasEvidence()) {
            String note = "reaches level " + mark.level() + " but has no evidence, so it scores 0 (A13)"
                    + (ind.evidence() == null ? "" : "; expected: " + ind.evidence());
            if (report) {
                findings.add(new Finding(Kind.MISSING_EVIDENCE, path(innovation, index, ind) + ".evidence", what(innovation, ind) + " " + note));
            }
            return new Scored(shown, 0, BigDecimal.ZERO, note, mark.rule().citedWithoutEvidence);
        }
        return new Scored(shown, mark.level(), points(pointsByLevel, ind, mark.level()), null, mark.rule().cited);
    }

    /** weight × level, from the table made once per rule set (levels are 1 to 3; the loader checks). */
    private static BigDecimal points(BigDecimal[] byLevel, Catalogue.Indicator ind, int level) {
        return level < byLevel.length ? byLevel[level] : ind.weight().multiply(BigDecimal.valueOf(level));
    }

    /** The JSON path of an SPD row ({@code innovation} null) or of an innovation's indicator. */
    private static String path(Innovation innovation, int index, Catalogue.Indicator ind) {
        return innovation == null ? "$.spd." + ind.key() : "$.innovations[" + index + "].indicators." + ind.key();
    }

    /** How a finding names an SPD row or an innovation's indicator. */
    private static String what(Innovation innovation, Catalogue.Indicator ind) {
        return innovation == null ? "SPD row " + ind.no() + " (" + ind.name() + ")"
                : "innovation " + innovation.id() + ", indicator " + ind.no() + " " + ind.key();
    }

    /** The assumption under which this year uses a catalogue (A1 for S2026 before 2026, A2 for V2023 in 2022...). */
    static List<String> catalogueAssumptions(Manifest.CatalogueRef ref) {
        return ref == null ? List.of() : LoaderSupport.split(ref.assumption());
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
        int basic = constants.basicServices;
        Manifest.Param<Integer> needed = manifest.requirement().basicServicesNeeded();
        Manifest.Param<String> unmet = manifest.requirement().whenUnmet();
        boolean met = covered.size() >= needed.value();
        List<String> labels = covered.stream().map(Urusan::label).toList();
        String statement = "basic services covered: " + (labels.isEmpty() ? "none" : String.join(", ", labels))
                + " — " + needed.value() + " of " + basic + " needed, " + (met ? "met" : "not met");
        String consequence = met ? "none" : "SJI = 0" + cite(unmet);
        List<String> assumptions = new ArrayList<>(LoaderSupport.split(needed.assumption()));
        assumptions.addAll(LoaderSupport.split(unmet.assumption()));
        if (!met && explain) {
            findings.add(new Finding(Kind.REQUIREMENT_UNMET, "$.innovations", statement + ": " + consequence));
        }
        return new Requirement(labels, covered.size(), needed.value(), met, consequence, statement, needed.source(),
                assumptions);
    }

    private String predicate(BigDecimal index) {
        for (Manifest.Band band : constants.bandsHighestFirst) {
            if (index.compareTo(band.from()) >= 0) {
                return band.name();
            }
        }
        throw new IllegalStateException("no predicate band covers " + index);
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
}
