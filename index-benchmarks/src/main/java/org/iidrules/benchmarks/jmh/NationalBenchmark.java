package org.iidrules.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iidrules.EvaluationOptions;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.benchmarks.floor.PlainJava2026;
import org.iidrules.examples.synthetic.SyntheticNation;
import org.iidrules.model.Submission;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The national run: every region of the synthetic nation (550 × 70 innovations, made before the
 * measurement and held in memory) scored under 2026 through the public API, with and without
 * explanations, and the same run on the plain-Java floor, in the same JMH run so the ratios compare
 * like with like. Each result is consumed and dropped, as a run that writes each region out would.
 * The fork has a 256 MB heap: the nation itself takes about half of it.
 *
 * <p>{@code *Parallel} spread the regions over the machine's cores (a RuleSet is thread-safe).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 4)
@Measurement(iterations = 6)
public class NationalBenchmark {

    private RuleSet rules;
    private PlainJava2026 floor;
    private List<Submission> nation;

    @Setup(Level.Trial)
    public void setUp() {
        rules = RuleSets.builtIn().forYear(2026);
        floor = new PlainJava2026(rules.catalogue());
        nation = SyntheticNation.standard().all();
    }

    @TearDown(Level.Trial)
    public void reportPeakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        // run.sh reads this line from the log.
        System.out.printf("%nIID-PEAK-HEAP %d MB of %d MB%n", peak >> 20, max >> 20);
    }

    @Benchmark
    public void rulesExplained(Blackhole bh) {
        for (Submission s : nation) {
            bh.consume(rules.evaluate(s, EvaluationOptions.EXPLAINED));
        }
    }

    @Benchmark
    public void rulesScoresOnly(Blackhole bh) {
        for (Submission s : nation) {
            bh.consume(rules.evaluate(s, EvaluationOptions.SCORES_ONLY));
        }
    }

    @Benchmark
    public void floor(Blackhole bh) {
        for (Submission s : nation) {
            bh.consume(floor.score(s));
        }
    }

    @Benchmark
    public long rulesExplainedParallel() {
        // A Blackhole is for one thread: fold each result into a sum the benchmark returns instead.
        return nation.parallelStream().mapToLong(s -> rules.evaluate(s, EvaluationOptions.EXPLAINED).index().unscaledValue().longValue()).sum();
    }

    @Benchmark
    public long floorParallel() {
        return nation.parallelStream().mapToLong(s -> floor.score(s).index().unscaledValue().longValue()).sum();
    }
}
