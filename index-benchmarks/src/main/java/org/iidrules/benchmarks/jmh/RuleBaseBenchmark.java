package org.iidrules.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import org.iidrules.RuleSet;
import org.iidrules.engine.RuleFiles;
import org.iidrules.engine.RuleSetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building or loading a year's rule base, all of it: manifest, catalogues, the checks of every rule's
 * metadata, the digest and the smoke run. {@code precompiled}: from the executable model generated at
 * build time (what {@code RuleSets.builtIn()} does); {@code compiled}: the DRL compiled now by the
 * classic engine (what {@code RuleSets.fromFolder} does).
 *
 * <p>{@link #firstLoad} is the first load in a fresh JVM (what a command-line process pays), one shot per
 * fork; {@link #reload} is a warm reload (a server that reloads a year).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBaseBenchmark {

    @Param({"2022", "2026"})
    public int year;

    @Param({"precompiled", "compiled"})
    public String how;

    private RuleSet load() {
        return RuleSetLoader.load(RuleFiles.classpath(RuleBaseBenchmark.class.getClassLoader(), "iid"),
                year + "/manifest.yaml", how.equals("precompiled"));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(3)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public RuleSet firstLoad() {
        return load();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 3, time = 2)
    public RuleSet reload() {
        return load();
    }
}
