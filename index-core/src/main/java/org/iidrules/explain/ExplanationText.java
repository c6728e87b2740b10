package org.iidrules.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.iidrules.Language;
import org.iidrules.model.Evidence;
import org.iidrules.model.Urusan;
import org.iidrules.result.AssumptionRef;
import org.iidrules.result.Requirement;

/**
 * An explanation as text: the formula, the SPD rows, then each innovation with one line per indicator and
 * its detail indented beneath, then the sources and assumptions. The sentences come from the language's
 * message bundle; rule names, conditions, facts, catalogue names, reasons and register texts are quoted
 * as their authors wrote them.
 */
final class ExplanationText {

    private static final String ROW = "    ";
    private static final String DETAIL = "        ";
    private static final String CONDITION = "          ";
    private static final long BASIC_SERVICES = EnumSet.allOf(Urusan.class).stream().filter(Urusan::isBasicService).count();

    private final Explanation e;
    private final Messages m;
    private final StringBuilder out = new StringBuilder(8192);

    ExplanationText(Explanation explanation, Language language) {
        this.e = explanation;
        this.m = new Messages(language);
    }

    String render() {
        line(m.get("title", e.assessmentYear(), e.region().name(), e.region().code(), e.region().kind()));
        line(m.get("ruleSet", e.ruleSet().id(), e.ruleSet().version(), e.ruleSet().status(), e.ruleSet().digest(),
                e.libraryVersion()));
        line("");
        formula();
        if (e.innovationShown() == null) {
            line("");
            line(m.get("spd.heading", plain(e.formula().spd()), plain(e.formula().spdMaximum())));
            for (Point row : e.spd()) {
                point(row);
            }
        }
        line("");
        long counting = e.innovations().stream().filter(InnovationExplanation::counts).count();
        line(e.innovationShown() == null
                ? m.get("innovations.heading", counting, e.innovations().size(), plain(e.formula().sidSum()))
                : m.get("innovations.narrowed", e.innovationShown()));
        for (InnovationExplanation innovation : e.innovations()) {
            innovation(innovation);
        }
        line("");
        line(m.get("sources.heading"));
        e.sources().forEach(s -> line("  " + s.key() + ": " + s.text()));
        line(m.get("assumptions.heading"));
        for (AssumptionRef a : e.assumptions()) {
            line("  " + a.id() + ": " + a.text());
        }
        return out.toString();
    }

    // ---- the formula -------------------------------------------------------------------------

    private void formula() {
        Formula f = e.formula();
        line(m.get("formula.heading"));
        line("  " + m.get("formula.index", plain(f.total()), plain(f.maximum()), plain(f.index())));
        line("  " + m.get("formula.total", plain(f.spd()), plain(f.sidAverage()), plain(f.sji()), plain(f.total())));
        line("  " + m.get("formula.average", plain(f.sidSum()), f.divisor(), plain(f.sidAverage())));
        line("  " + m.get("formula.divisor", f.minimumDivisor(), f.n(), f.divisor(), cite(f.divisorBasis())));
        Requirement r = f.requirement();
        int counted = Math.min(f.n(), f.sjiCap());
        BigDecimal wouldBe = f.sjiPerInnovation().multiply(BigDecimal.valueOf(counted));
        if (r.met()) {
            line("  " + m.get("formula.sji", plain(f.sjiPerInnovation()), f.sjiCap(), counted, plain(f.sji()), cite(f.sjiBasis())));
        } else {
            line("  " + m.get("formula.sji.zero", plain(f.sjiPerInnovation()), f.sjiCap(), counted, plain(wouldBe),
                    cite(f.unmetBasis())));
        }
        String covered = r.covered().isEmpty() ? m.get("none") : String.join(", ", r.covered());
        line("  " + m.get(r.met() ? "formula.requirement.met" : "formula.requirement.unmet", r.coveredCount(), BASIC_SERVICES,
                covered, r.needed(), cite(r.source(), r.assumptions())));
        Formula.Band band = f.band();
        line("  " + (band.below() == null
                ? m.get("formula.band.top", plain(f.index()), band.name(), plain(band.from()), cite(f.bandsBasis()))
                : m.get("formula.band", plain(f.index()), band.name(), plain(band.from()), plain(band.below()), cite(f.bandsBasis()))));
        line("  " + m.get("formula.bands", f.bands().stream()
                .map(b -> m.get("formula.bands.one", b.name(), plain(b.from())))
                .collect(Collectors.joining("; "))));
    }

    // ---- innovations -------------------------------------------------------------------------

    private void innovation(InnovationExplanation i) {
        String urusan = i.mainUrusan() == null ? "" : " (" + i.mainUrusan() + ")";
        if (i.counts()) {
            line("  " + m.get("innovation.counts", i.position(), i.id(), i.name(), urusan, points(i.points())));
            i.indicators().forEach(this::point);
            return;
        }
        line("  " + m.get("innovation.notCounted", i.position(), i.id(), i.name(), urusan));
        line(DETAIL + m.get("why", i.reason()));
        if (i.excludedBy() != null) {
            rule(i.excludedBy());
        }
        line(DETAIL + m.get("innovation.notCounted.indicators"));
    }

    // ---- one row or indicator ----------------------------------------------------------------

    private void point(Point p) {
        String head = ROW + p.number() + " " + p.key() + "  " + p.name() + ": ";
        line(head + switch (p.status()) {
            case SCORED -> m.get("point.scored", p.level(), p.topLevel(), plain(p.weight()), points(p.points()));
            case NOT_REPORTED -> m.get("point.notReported");
            case NO_LEVEL -> m.get("point.noLevel");
            case MISSING_EVIDENCE -> m.get("point.missingEvidence", p.next().level(), p.topLevel());
            case REJECTED -> m.get("point.rejected");
        });
        if (p.rule() != null) {
            rule(p.rule());
        }
        if (p.fact() != null) {
            line(DETAIL + m.get("fact", p.fact()) + (p.evidence() == null ? "" : "; " + m.get("evidence", evidence(p.evidence()))));
        }
        if (p.status() == Point.Status.REJECTED) {
            line(DETAIL + m.get("why", p.note()));
        }
        NextStep next = p.next();
        if (next == null) {
            return;
        }
        if (next.kind() == NextStep.Kind.EVIDENCE) {
            String expected = next.evidenceExpected() == null ? m.get("evidence.generic") : "\"" + next.evidenceExpected() + "\"";
            line(DETAIL + m.get("next.evidence", expected, plain(p.weight()), next.level(), points(next.pointsAdded())));
            return;
        }
        line(DETAIL + m.get(next.rules().size() == 1 ? "next.level" : "next.level.anyOf", next.level(), plain(p.weight()),
                next.level() - p.level(), points(next.pointsAdded())));
        for (RuleRef r : next.rules()) {
            line(CONDITION + m.get("rule", r.name(), place(r), cite(r.source(), r.assumptions())));
            if (r.condition() != null) {
                line(CONDITION + "  " + m.get("when", r.condition()));
            }
        }
    }

    private void rule(RuleRef r) {
        line(DETAIL + m.get("rule", r.name(), place(r), cite(r.source(), r.assumptions())));
        if (r.condition() != null) {
            line(CONDITION + m.get("when", r.condition()));
        }
    }

    private String place(RuleRef r) {
        return r.file() == null ? m.get("rule.manifest") : r.file() + ":" + r.line();
    }

    // ---- small pieces ------------------------------------------------------------------------

    private String cite(Formula.Basis basis) {
        return cite(basis.source(), basis.assumptions());
    }

    /** " (source SEED22; assumptions A6)", or "" when there is nothing to cite. */
    private String cite(String source, List<String> assumptions) {
        List<String> parts = new ArrayList<>(2);
        if (source != null) {
            parts.add(m.get("cite.source", source));
        }
        if (!assumptions.isEmpty()) {
            parts.add(m.get("cite.assumptions", String.join(", ", assumptions)));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private String evidence(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return m.get("none");
        }
        return evidence.stream()
                .map(ev -> java.util.stream.Stream.of(ev.kind(), ev.reference(), ev.date())
                        .filter(java.util.Objects::nonNull).map(String::valueOf).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(", "));
    }

    private String points(BigDecimal value) {
        return m.get(value.compareTo(BigDecimal.ONE) == 0 ? "points.one" : "points", plain(value));
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
