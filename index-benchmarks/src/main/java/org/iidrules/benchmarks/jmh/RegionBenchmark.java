package org.iidrules.benchmarks.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iidrules.EvaluationOptions;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.examples.synthetic.SyntheticNation;
import org.iidrules.model.Submission;
import org.iidrules.result.Result;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One region of 70 innovations scored warm through the public API, as an advisor re-scoring a region
 * does: {@code RuleSets.builtIn().forYear(2026).evaluate(submission, options)}. Each call takes the next
 * of 16 regions of the synthetic nation, so no single region's branches are learnt.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class RegionBenchmark {

    @Param({"true", "false"})
    public boolean explain;

    private RuleSet rules;
    private List<Submission> regions;
    private EvaluationOptions options;
    private int next;

    @Setup
    public void setUp() {
        rules = RuleSets.builtIn().forYear(2026);
        SyntheticNation nation = SyntheticNation.standard();
        regions = java.util.stream.IntStream.range(0, 16).mapToObj(k -> nation.region(k * 31)).toList();
        options = explain ? EvaluationOptions.EXPLAINED : EvaluationOptions.SCORES_ONLY;
    }

    @Benchmark
    public Result oneRegion() {
        Submission s = regions.get(next);
        next = (next + 1) & 15;
        return rules.evaluate(s, options);
    }
}
