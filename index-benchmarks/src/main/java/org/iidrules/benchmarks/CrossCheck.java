package org.iidrules.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.iidrules.EvaluationOptions;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.benchmarks.floor.PlainJava2026;
import org.iidrules.examples.synthetic.SyntheticNation;
import org.iidrules.model.Submission;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;

/**
 * Proves the comparison honest: the 2026 rule set and the plain-Java floor give the same index,
 * predicate, totals, requirement, and level and points of every SPD row and SID indicator, on every
 * region of a synthetic nation, with and without explanations.
 *
 * <p>{@code java -cp ... org.iidrules.benchmarks.CrossCheck [regions]} checks the nation (550 regions
 * unless told) and exits 1 on any difference; run.sh runs it before it measures anything.
 */
public final class CrossCheck {

    /** What a cross-check found. */
    public record Report(int regions, int innovations, int counting, int differences, List<String> examples) {
        public String summary() {
            return regions + " regions, " + innovations + " innovations (" + counting + " count): "
                    + (differences == 0 ? "rule set and plain-Java floor identical" : differences + " differences");
        }
    }

    private CrossCheck() {
    }

    public static Report run(SyntheticNation nation, RuleSet rules) {
        PlainJava2026 floor = new PlainJava2026(rules.catalogue());
        int innovations = 0;
        int counting = 0;
        int differences = 0;
        List<String> examples = new ArrayList<>();
        for (int k = 0; k < nation.regions(); k++) {
            Submission s = nation.region(k);
            PlainJava2026.Score expected = floor.score(s);
            for (EvaluationOptions options : List.of(EvaluationOptions.EXPLAINED, EvaluationOptions.SCORES_ONLY)) {
                List<String> found = differences(expected, rules.evaluate(s, options));
                differences += found.size();
                for (String d : found) {
                    if (examples.size() < 20) {
                        examples.add("region " + k + " (" + (options.explain() ? "explained" : "scores only") + "): " + d);
                    }
                }
            }
            innovations += s.innovations().size();
            counting += expected.n();
        }
        return new Report(nation.regions(), innovations, counting, differences, examples);
    }

    /** Every figure on which a result and the floor disagree. */
    public static List<String> differences(PlainJava2026.Score floor, Result result) {
        List<String> d = new ArrayList<>();
        same(d, "index", floor.index().compareTo(result.index()) == 0, floor.index(), result.index());
        same(d, "index scale", floor.index().scale() == result.index().scale(), floor.index().scale(), result.index().scale());
        same(d, "predicate", floor.predicate().equals(result.predicate()), floor.predicate(), result.predicate());
        same(d, "SPD", floor.spd().compareTo(result.totals().spd()) == 0, floor.spd(), result.totals().spd());
        same(d, "SID sum", floor.sidSum().compareTo(result.totals().sidSum()) == 0, floor.sidSum(), result.totals().sidSum());
        same(d, "n", floor.n() == result.totals().n(), floor.n(), result.totals().n());
        same(d, "divisor", floor.divisor() == result.totals().divisor(), floor.divisor(), result.totals().divisor());
        same(d, "SJI", floor.sji().compareTo(result.totals().sji()) == 0, floor.sji(), result.totals().sji());
        same(d, "requirement met", floor.requirementMet() == result.requirement().met(), floor.requirementMet(),
                result.requirement().met());
        for (int r = 0; r < floor.spdLevels().length; r++) {
            same(d, "SPD row " + result.spd().get(r).row() + " level", floor.spdLevels()[r] == result.spd().get(r).level(),
                    floor.spdLevels()[r], result.spd().get(r).level());
        }
        same(d, "innovations", floor.innovations().size() == result.innovations().size(), floor.innovations().size(),
                result.innovations().size());
        for (int j = 0; j < Math.min(floor.innovations().size(), result.innovations().size()); j++) {
            PlainJava2026.InnovationScore f = floor.innovations().get(j);
            InnovationResult i = result.innovations().get(j);
            same(d, i.id() + " counts", f.counts() == i.counts(), f.counts(), i.counts());
            same(d, i.id() + " points", f.points().compareTo(i.points()) == 0, f.points(), i.points());
            for (int k = 0; k < PlainJava2026.SID_INDICATORS; k++) {
                IndicatorResult ind = i.indicators().get(k);
                same(d, i.id() + " indicator " + ind.indicator() + " level", f.levels()[k] == ind.level(), f.levels()[k], ind.level());
            }
        }
        return d;
    }

    private static void same(List<String> differences, String what, boolean same, Object floor, Object rules) {
        if (!same) {
            differences.add(what + ": floor " + floor + ", rule set " + rules);
        }
    }

    public static void main(String[] args) {
        int regions = args.length > 0 ? Integer.parseInt(args[0]) : SyntheticNation.DEFAULT_REGIONS;
        SyntheticNation nation = new SyntheticNation(SyntheticNation.DEFAULT_SEED, regions, SyntheticNation.DEFAULT_INNOVATIONS,
                SyntheticNation.DEFAULT_YEAR);
        Report report = run(nation, RuleSets.builtIn().forYear(2026));
        System.out.println("cross-check: " + report.summary());
        report.examples().forEach(e -> System.out.println("  " + e));
        System.exit(report.differences() == 0 ? 0 : 1);
    }
}
