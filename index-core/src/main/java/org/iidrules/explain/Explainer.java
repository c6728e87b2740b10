package org.iidrules.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iidrules.RuleSet;
import org.iidrules.catalogue.IndicatorDefinition;
import org.iidrules.catalogue.LevelRule;
import org.iidrules.catalogue.Methodology;
import org.iidrules.model.Evidence;
import org.iidrules.model.Evidenced;
import org.iidrules.model.Submission;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Provenance;
import org.iidrules.result.Result;
import org.iidrules.result.SpdRowResult;
import org.iidrules.result.Totals;

/**
 * Builds an {@link Explanation} from a result and the rule set that produced it: the result says what
 * was decided and by which rule; the rule set says where each rule is written, what it requires, what
 * the rules above it require, and the manifest's parameters.
 */
final class Explainer {

    private final Result result;
    private final RuleSet rules;
    private final Methodology methodology;
    /** Null when explaining a result alone: then no evidence is listed. */
    private final Submission submission;
    private final Map<String, IndicatorDefinition> spdRows = new HashMap<>();
    private final Map<String, IndicatorDefinition> sidIndicators = new HashMap<>();

    Explainer(Result result, RuleSet rules, Submission submission) {
        this.result = result;
        this.rules = rules;
        this.methodology = rules.methodology();
        this.submission = submission;
        checkSameRuleSet();
        checkExplained();
        for (IndicatorDefinition d : rules.catalogue()) {
            (d.aspect() == IndicatorDefinition.Aspect.SPD ? spdRows : sidIndicators).put(d.number(), d);
        }
    }

    /** A result is explained only by the rules that produced it: another year's rules would explain other points. */
    private void checkSameRuleSet() {
        if (!result.ruleSet().id().equals(rules.id()) || !result.ruleSet().digest().equals(rules.digest())) {
            throw new IllegalArgumentException("this result was produced by rule set " + result.ruleSet().id() + " (sha256 "
                    + result.ruleSet().digest() + ") and cannot be explained with " + rules.id() + " (sha256 " + rules.digest()
                    + "): explain it with the rule set that produced it");
        }
    }

    /**
     * A scores-only result keeps no facts and no notes, so an unreported indicator and one whose value
     * reaches no level could not be told apart: refuse it rather than explain it wrongly. An explained
     * result gives every row or indicator that no rule decided a note ("not reported", "reaches no level").
     */
    private void checkExplained() {
        boolean silent = result.spd().stream().anyMatch(r -> r.by() == null && r.note() == null)
                || result.innovations().stream().flatMap(i -> i.indicators().stream()).anyMatch(i -> i.by() == null && i.note() == null);
        if (silent) {
            throw new IllegalArgumentException("this result was scored without explanations (EvaluationOptions.SCORES_ONLY):"
                    + " evaluate the submission with EvaluationOptions.EXPLAINED to explain it");
        }
    }

    Explanation explain() {
        List<Point> spd = new ArrayList<>(result.spd().size());
        for (SpdRowResult row : result.spd()) {
            IndicatorDefinition def = definition(spdRows, row.row(), "SPD row");
            List<Evidence> evidence = submission == null ? null : evidenceOf(submission.spd().byKey(row.key()));
            spd.add(point(def, row.row(), row.key(), row.name(), row.fact(), evidence, row.level(), row.weight(),
                    row.points(), row.note(), row.by()));
        }
        List<InnovationExplanation> innovations = new ArrayList<>(result.innovations().size());
        for (int k = 0; k < result.innovations().size(); k++) {
            innovations.add(innovation(k, result.innovations().get(k)));
        }
        List<SourceRef> sources = methodology.sources().entrySet().stream()
                .map(e -> new SourceRef(e.getKey(), e.getValue()))
                .toList();
        return new Explanation(result.libraryVersion(), result.ruleSet(), result.assessmentYear(), result.region(),
                formula(), null, spd, innovations, sources, result.assumptions());
    }

    // ---- the formula -------------------------------------------------------------------------

    private Formula formula() {
        Totals t = result.totals();
        List<Formula.Band> bands = new ArrayList<>();
        List<Methodology.Band> declared = methodology.bands().value();
        for (int i = 0; i < declared.size(); i++) {
            BigDecimal below = i + 1 < declared.size() ? declared.get(i + 1).from() : null;
            bands.add(new Formula.Band(declared.get(i).name(), declared.get(i).from(), below));
        }
        Formula.Band reached = bands.get(0);
        for (Formula.Band b : bands) {
            if (result.index().compareTo(b.from()) >= 0) {
                reached = b;
            }
        }
        return new Formula(result.index(), result.predicate(), t.total(), t.maximum().total(), t.spd(), t.maximum().spd(),
                t.sidSum(), t.n(), t.minimumDivisor(), t.divisor(), t.sidAverage(), basis(methodology.minimumDivisor()),
                methodology.sjiPerInnovation().value(), methodology.sjiInnovationCap().value(), t.sji(),
                basis(methodology.sjiPerInnovation(), methodology.sjiInnovationCap()),
                result.requirement(), basis(methodology.whenUnmet()), reached, bands, basis(methodology.bands()));
    }

    /** The sources and assumptions of one or more parameters, each named once, in order. */
    private static Formula.Basis basis(Methodology.Parameter<?>... parameters) {
        String source = null;
        List<String> assumptions = new ArrayList<>();
        for (Methodology.Parameter<?> p : parameters) {
            if (source == null) {
                source = p.source();
            }
            for (String a : p.assumptions()) {
                if (!assumptions.contains(a)) {
                    assumptions.add(a);
                }
            }
        }
        return new Formula.Basis(source, assumptions);
    }

    // ---- innovations -------------------------------------------------------------------------

    private InnovationExplanation innovation(int k, InnovationResult innovation) {
        List<Point> indicators = new ArrayList<>(innovation.indicators().size());
        for (IndicatorResult ind : innovation.indicators()) {
            IndicatorDefinition def = definition(sidIndicators, ind.indicator(), "SID indicator");
            List<Evidence> evidence = submission == null ? null
                    : evidenceOf(submission.innovations().get(k).indicators().byKey(ind.key()));
            indicators.add(point(def, ind.indicator(), ind.key(), ind.name(), ind.fact(), evidence, ind.level(),
                    ind.weight(), ind.points(), ind.note(), ind.by()));
        }
        RuleRef excludedBy = innovation.excludedBy() == null ? null : eligibilityRule(innovation.excludedBy());
        return new InnovationExplanation(k + 1, innovation.id(), innovation.name(), innovation.mainUrusan(),
                innovation.counts(), innovation.points(), innovation.reason(), excludedBy, indicators);
    }

    /** An eligibility rule of a rule file, or a decision of the manifest (mandatory indicators), which has no file. */
    private RuleRef eligibilityRule(Provenance by) {
        for (LevelRule rule : methodology.eligibility()) {
            if (rule.rule().equals(by.rule())) {
                return ref(rule, by.assumptions());
            }
        }
        return new RuleRef(by.rule(), 0, null, 0, null, by.source(), by.assumptions());
    }

    static String noSuchInnovation(String wanted, List<InnovationExplanation> innovations) {
        if (innovations.isEmpty()) {
            return "no innovation '" + wanted + "': this result has no innovations";
        }
        return "no innovation '" + wanted + "' in this result: give an innovation's id (from "
                + innovations.get(0).id() + " to " + innovations.get(innovations.size() - 1).id()
                + ") or its place in the submission (1 to " + innovations.size() + ")";
    }

    // ---- one row or indicator ----------------------------------------------------------------

    private Point point(IndicatorDefinition def, String number, String key, String name, String fact, List<Evidence> evidence,
                        int level, BigDecimal weight, BigDecimal points, String note, Provenance by) {
        int top = def.rules().stream().mapToInt(LevelRule::level).max().orElse(0);
        if (by == null) {
            Point.Status status = fact == null ? Point.Status.NOT_REPORTED : Point.Status.NO_LEVEL;
            return new Point(number, key, name, status, fact, evidence, level, top, weight, points, null, note,
                    levelAbove(def, 0, weight));
        }
        LevelRule decided = def.rules().stream().filter(r -> r.rule().equals(by.rule())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the result cites rule '" + by.rule() + "' for "
                        + what(def) + ", which rule set " + rules.id() + " does not have"));
        RuleRef rule = ref(decided, by.assumptions());
        if (decided.level() == 0) {
            return new Point(number, key, name, Point.Status.REJECTED, fact, evidence, level, top, weight, points, rule, note, null);
        }
        if (level == 0) {
            NextStep evidenceStep = new NextStep(NextStep.Kind.EVIDENCE, decided.level(),
                    weight.multiply(BigDecimal.valueOf(decided.level())), List.of(rule), def.evidence());
            return new Point(number, key, name, Point.Status.MISSING_EVIDENCE, fact, evidence, level, top, weight, points,
                    rule, note, evidenceStep);
        }
        return new Point(number, key, name, Point.Status.SCORED, fact, evidence, level, top, weight, points, rule, note,
                levelAbove(def, level, weight));
    }

    /** The lowest level above {@code current} that a rule grants, with every rule that grants it; null at the top. */
    private static NextStep levelAbove(IndicatorDefinition def, int current, BigDecimal weight) {
        int next = def.rules().stream().mapToInt(LevelRule::level).filter(l -> l > current).min().orElse(-1);
        if (next < 0) {
            return null;
        }
        List<RuleRef> granting = def.rules().stream()
                .filter(r -> r.level() == next)
                .map(r -> ref(r, r.assumptions()))
                .toList();
        return new NextStep(NextStep.Kind.LEVEL, next, weight.multiply(BigDecimal.valueOf(next - current)), granting, null);
    }

    private static RuleRef ref(LevelRule rule, List<String> assumptions) {
        return new RuleRef(rule.rule(), rule.level(), rule.file(), rule.line(), rule.condition(), rule.source(), assumptions);
    }

    private IndicatorDefinition definition(Map<String, IndicatorDefinition> catalogue, String number, String what) {
        IndicatorDefinition def = catalogue.get(number);
        if (def == null) {
            throw new IllegalArgumentException("the result has " + what + " " + number + ", which rule set " + rules.id()
                    + " does not define");
        }
        return def;
    }

    private static String what(IndicatorDefinition def) {
        return (def.aspect() == IndicatorDefinition.Aspect.SPD ? "SPD row " : "SID indicator ") + def.number() + " " + def.key();
    }

    private static List<Evidence> evidenceOf(Evidenced fact) {
        return fact == null || fact.evidence() == null ? List.of() : fact.evidence();
    }
}
