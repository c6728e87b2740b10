package org.iidrules.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.iidrules.result.Finding;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;
import org.iidrules.result.Totals;

/** A result as a short report a person reads in a terminal. */
final class TextReport {

    private final Result result;
    private final int maxFindings;
    private final StringBuilder out = new StringBuilder();

    TextReport(Result result, int maxFindings) {
        this.result = result;
        this.maxFindings = maxFindings;
    }

    String render() {
        Totals t = result.totals();
        line("IID %d  %s (%s, %s)", result.assessmentYear(), result.region().name(), result.region().code(),
                result.region().kind());
        line("Rule set   %s %s (%s), sha256 %s; library %s", result.ruleSet().id(), result.ruleSet().version(),
                result.ruleSet().status(), result.ruleSet().digest().substring(0, 16), result.libraryVersion());
        line("");
        line("Index      %s   %s", result.index().toPlainString(), result.predicate());
        line("SPD        %s of %s", two(t.spd()), two(t.maximum().spd()));
        line("SID        %s = %s / %d + SJI %s", two(t.sid()), t.sidSum().toPlainString(), t.divisor(), two(t.sji()));
        line("           n = %d innovations count; divisor = MAX(%d, n) = %d; SJI at most %s",
                t.n(), t.minimumDivisor(), t.divisor(), two(t.maximum().sji()));
        line("Total      %s of %s   (index = total / %s x 100)", two(t.total()), two(t.maximum().total()),
                two(t.maximum().total()));
        line("Requirement %s%s", result.requirement().statement(),
                result.requirement().met() ? "" : " -> " + result.requirement().consequence());
        line("");
        long counting = result.innovations().stream().filter(InnovationResult::counts).count();
        line("Innovations (%d of %d count)", counting, result.innovations().size());
        for (InnovationResult i : result.innovations()) {
            line("  %-8s %6s  %s%s", i.id(), i.counts() ? two(i.points()) : "-", i.name(),
                    i.counts() ? "" : "  [not counted: " + i.reason() + "]");
        }
        List<Finding> findings = result.findings();
        line("");
        line("Findings (%d%s)", findings.size(), findings.size() > maxFindings ? ", first " + maxFindings + " shown" : "");
        findings.stream().limit(maxFindings).forEach(f -> line("  - %s", f.message()));
        line("");
        line("Assumptions used: %s", String.join(", ", result.assumptions().stream().map(a -> a.id()).toList()));
        return out.toString();
    }

    private static String two(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private void line(String format, Object... args) {
        out.append(String.format(format, args)).append('\n');
    }
}
