package org.iidrules.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.iidrules.compare.Comparison;
import org.iidrules.compare.Step;
import org.iidrules.result.Finding;
import org.iidrules.result.Result;
import org.iidrules.result.Totals;

/** A comparison across years as a table and, for each step, what moved the score. */
final class ComparisonReport {

    private final Comparison comparison;
    private final int maxFindings;
    private final StringBuilder out = new StringBuilder();

    ComparisonReport(Comparison comparison, int maxFindings) {
        this.comparison = comparison;
        this.maxFindings = maxFindings;
    }

    String render() {
        Result first = comparison.results().get(0);
        line("%s (%s, %s) under %d methodology years", first.region().name(), first.region().code(),
                first.region().kind(), comparison.results().size());
        line("");
        line("%-5s %-9s %-13s %7s  %-16s %7s %8s %4s %7s %6s  %s", "year", "rule set", "status", "index", "predicate",
                "SPD", "SID avg", "n", "divisor", "SJI", "basic services");
        for (Result r : comparison.results()) {
            Totals t = r.totals();
            line("%-5d %-9s %-13s %7s  %-16s %7s %8s %4d %7d %6s  %d covered, %d needed: %s", r.assessmentYear(), r.ruleSet().id(),
                    r.ruleSet().status(), r.index().toPlainString(), r.predicate(), two(t.spd()), two(t.sidAverage()),
                    t.n(), t.divisor(), two(t.sji()), r.requirement().coveredCount(), r.requirement().needed(),
                    r.requirement().met() ? "met" : "not met");
        }
        for (Step step : comparison.steps()) {
            line("");
            line("%d -> %d: index %s -> %s (%s%s)%s", step.fromYear(), step.toYear(), step.fromIndex().toPlainString(),
                    step.toIndex().toPlainString(), step.indexChange().signum() >= 0 ? "+" : "",
                    step.indexChange().toPlainString(),
                    step.fromPredicate().equals(step.toPredicate()) ? "" : ", " + step.fromPredicate() + " -> " + step.toPredicate());
            if (step.movements().isEmpty()) {
                line("  nothing moved");
            }
            for (Step.Movement m : step.movements()) {
                line("  - %s: %s -> %s%s%s", m.what(), m.from(), m.to(),
                        m.points() == null ? "" : " (" + (m.points().signum() >= 0 ? "+" : "") + m.points().toPlainString() + ")",
                        m.by() == null ? "" : "  [" + m.by() + "]");
            }
        }
        for (Result r : comparison.results()) {
            long unrecognised = r.findings().stream().filter(f -> f.kind() == Finding.Kind.UNRECOGNISED_VALUE).count();
            if (unrecognised > 0) {
                line("");
                line("%d: %d facts the %s catalogues do not recognise or place in a band", r.assessmentYear(), unrecognised,
                        r.ruleSet().id());
                r.findings().stream().filter(f -> f.kind() == Finding.Kind.UNRECOGNISED_VALUE).limit(maxFindings)
                        .forEach(f -> line("  - %s", f.message()));
            }
        }
        return out.toString();
    }

    private static String two(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private void line(String format, Object... args) {
        out.append(String.format(format, args)).append('\n');
    }
}
