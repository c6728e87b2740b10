package org.iidrules.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.iidrules.EvaluationOptions;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.benchmarks.floor.PlainJava2026;
import org.iidrules.examples.synthetic.SyntheticNation;
import org.iidrules.model.Submission;

/**
 * The national run's ratios measured so that a busy machine disturbs them least: the floor, the rule
 * set with explanations and without take turns, round after round, in one JVM, and each run is timed
 * both on the wall clock and in CPU time of the measuring thread (which other processes on the
 * machine do not inflate). Medians over the measured rounds.
 *
 * <p>{@code java -cp ... org.iidrules.benchmarks.Interleaved [rounds]}: prints one line per variant,
 * tab-separated, for run.sh.
 */
public final class Interleaved {

    private Interleaved() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int warmup = Math.max(3, rounds / 3);
        RuleSet rules = RuleSets.builtIn().forYear(2026);
        PlainJava2026 floor = new PlainJava2026(rules.catalogue());
        List<Submission> nation = SyntheticNation.standard().all();
        long[] sink = new long[1];
        Map<String, Consumer<Submission>> variants = new LinkedHashMap<>();
        variants.put("floor", s -> sink[0] += floor.score(s).n());
        variants.put("rules, explained", s -> sink[0] += rules.evaluate(s, EvaluationOptions.EXPLAINED).totals().n());
        variants.put("rules, scores only", s -> sink[0] += rules.evaluate(s, EvaluationOptions.SCORES_ONLY).totals().n());

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<double[]>> times = new LinkedHashMap<>();
        variants.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int round = 0; round < warmup + rounds; round++) {
            for (Map.Entry<String, Consumer<Submission>> v : variants.entrySet()) {
                System.gc();
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                nation.forEach(v.getValue());
                double[] t = {(System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6};
                if (round >= warmup) {
                    times.get(v.getKey()).add(t);
                }
            }
        }
        double floorCpu = median(times.get("floor"), 1);
        double floorWall = median(times.get("floor"), 0);
        double scoresCpu = median(times.get("rules, scores only"), 1);
        System.out.println("variant\twall ms (median)\tcpu ms (median)\tx floor (cpu)\tx floor (wall)\tx scores only (cpu)");
        for (Map.Entry<String, List<double[]>> e : times.entrySet()) {
            double wall = median(e.getValue(), 0);
            double cpu = median(e.getValue(), 1);
            System.out.printf("%s\t%.0f\t%.0f\t%.1f\t%.1f\t%.2f%n", e.getKey(), wall, cpu, cpu / floorCpu, wall / floorWall, cpu / scoresCpu);
        }
        System.out.printf("# %d regions, %d rounds after %d warm-up rounds; checksum %d%n", nation.size(), rounds, warmup, sink[0]);
    }

    private static double median(List<double[]> values, int column) {
        double[] v = values.stream().mapToDouble(t -> t[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
