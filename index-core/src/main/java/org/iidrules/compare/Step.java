package org.iidrules.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.iidrules.result.IndicatorResult;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Provenance;
import org.iidrules.result.Result;
import org.iidrules.result.SpdRowResult;
import org.iidrules.result.Totals;

/** What changed from one year's result to the next: the index, and every movement behind it. */
public record Step(int fromYear, int toYear, BigDecimal fromIndex, BigDecimal toIndex, BigDecimal indexChange,
                   String fromPredicate, String toPredicate, List<Movement> movements) {

    public Step {
        movements = List.copyOf(movements);
    }

    /**
     * One thing that moved. {@code points} is the change in points where the item has points (an SPD
     * row, an indicator, an innovation); {@code by} names the rules on each side where rules decided it.
     */
    public record Movement(String path, String what, String from, String to, BigDecimal points, String by) {
    }

    static Step between(Result a, Result b) {
        List<Movement> moves = new ArrayList<>();
        formula(a, b, moves);
        spd(a, b, moves);
        innovations(a, b, moves);
        return new Step(a.assessmentYear(), b.assessmentYear(), a.index(), b.index(), b.index().subtract(a.index()),
                a.predicate(), b.predicate(), moves);
    }

    private static void formula(Result a, Result b, List<Movement> moves) {
        Totals x = a.totals();
        Totals y = b.totals();
        term(moves, "minimum divisor d", x.minimumDivisor(), y.minimumDivisor());
        term(moves, "n (innovations that count)", x.n(), y.n());
        term(moves, "divisor MAX(d, n)", x.divisor(), y.divisor());
        term(moves, "SPD", x.spd(), y.spd());
        term(moves, "SID sum", x.sidSum(), y.sidSum());
        term(moves, "SID average", x.sidAverage(), y.sidAverage());
        term(moves, "SJI", x.sji(), y.sji());
        String reqA = requirement(a);
        String reqB = requirement(b);
        if (!reqA.equals(reqB)) {
            moves.add(new Movement("$.requirement", "basic services covered / needed", reqA, reqB, null, null));
        }
        if (!a.predicate().equals(b.predicate()) || a.index().compareTo(b.index()) != 0) {
            moves.add(new Movement("$.index", "index and predicate", a.index().toPlainString() + " " + a.predicate(),
                    b.index().toPlainString() + " " + b.predicate(), null, null));
        }
    }

    private static void spd(Result a, Result b, List<Movement> moves) {
        for (SpdRowResult x : a.spd()) {
            SpdRowResult y = b.spd().stream().filter(r -> r.row().equals(x.row())).findFirst().orElse(null);
            if (y == null) {
                moves.add(new Movement("$.spd." + x.key(), "SPD row " + x.row() + " " + x.name(), describe(x.level(), x.points()),
                        "not in this catalogue", x.points().negate(), by(x.by(), null)));
            } else if (x.points().compareTo(y.points()) != 0) {
                moves.add(new Movement("$.spd." + x.key(), "SPD row " + x.row() + " " + x.name(), describe(x.level(), x.points()),
                        describe(y.level(), y.points()), y.points().subtract(x.points()), by(x.by(), y.by())));
            }
        }
    }

    private static void innovations(Result a, Result b, List<Movement> moves) {
        for (int k = 0; k < a.innovations().size() && k < b.innovations().size(); k++) {
            InnovationResult x = a.innovations().get(k);
            InnovationResult y = b.innovations().get(k);
            String base = "$.innovations[" + k + "]";
            if (x.counts() != y.counts()) {
                moves.add(new Movement(base, "innovation " + x.id() + " counts",
                        x.counts() ? "counts" : "does not count: " + x.reason(),
                        y.counts() ? "counts" : "does not count: " + y.reason(),
                        (y.counts() ? y.points() : BigDecimal.ZERO).subtract(x.counts() ? x.points() : BigDecimal.ZERO),
                        by(x.excludedBy(), y.excludedBy())));
            }
            if (!x.counts() && !y.counts()) {
                continue; // its indicators move nothing: it counts in neither year
            }
            for (IndicatorResult i : x.indicators()) {
                IndicatorResult j = y.indicators().stream().filter(r -> r.indicator().equals(i.indicator())).findFirst().orElse(null);
                if (j != null && i.points().compareTo(j.points()) != 0) {
                    moves.add(new Movement(base + ".indicators." + i.key(),
                            "innovation " + x.id() + ", indicator " + i.indicator() + " " + i.key(),
                            describe(i.level(), i.points()) + (i.note() == null ? "" : " (" + i.note() + ")"),
                            describe(j.level(), j.points()) + (j.note() == null ? "" : " (" + j.note() + ")"),
                            j.points().subtract(i.points()), by(i.by(), j.by())));
                }
            }
        }
    }

    private static String requirement(Result r) {
        return r.requirement().coveredCount() + " covered, " + r.requirement().needed() + " needed: "
                + (r.requirement().met() ? "met" : "not met");
    }

    private static void term(List<Movement> moves, String what, Object x, Object y) {
        boolean same = x instanceof BigDecimal p && y instanceof BigDecimal q ? p.compareTo(q) == 0 : Objects.equals(x, y);
        if (!same) {
            moves.add(new Movement("$.totals", what, show(x), show(y), null, null));
        }
    }

    private static String show(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    private static String describe(int level, BigDecimal points) {
        return "L" + level + ", " + points.toPlainString() + (points.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
    }

    private static String by(Provenance x, Provenance y) {
        String left = x == null ? "no rule" : x.rule();
        String right = y == null ? "no rule" : y.rule();
        return left.equals(right) ? left : left + " -> " + right;
    }
}
