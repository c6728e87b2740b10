package org.iidrules.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.iidrules.EvaluationOptions;
import org.iidrules.IidException;
import org.iidrules.RuleSets;
import org.iidrules.examples.synthetic.SyntheticNation;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import org.iidrules.result.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iid nation}: scores many regions in one process, as a ministry run does: every submission in a
 * folder, or a deterministic synthetic nation. Prints a summary; {@code --out} writes each result.
 */
@Command(name = "nation", description = {
        "Scores every submission (*.json) in DIR, or without DIR a synthetic nation (550 regions x 70 innovations,",
        "seeded), and prints a summary. --write-submissions DIR writes the synthetic nation as JSON instead."})
final class NationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "A folder of submissions (default: the synthetic nation).")
    Path dir;

    @Option(names = "--regions", paramLabel = "N", description = "Synthetic nation: regions (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + SyntheticNation.DEFAULT_REGIONS)
    int regions;

    @Option(names = "--innovations", paramLabel = "M", description = "Synthetic nation: innovations per region (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + SyntheticNation.DEFAULT_INNOVATIONS)
    int innovations;

    @Option(names = "--seed", paramLabel = "S", description = "Synthetic nation: the seed (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + SyntheticNation.DEFAULT_SEED)
    long seed;

    @Mixin
    RuleChoice rules;

    @Option(names = "--scores-only", description = "Leave facts, notes and findings out of the results (same figures).")
    boolean scoresOnly;

    @Option(names = "--threads", paramLabel = "T", description = "Regions scored at once (default: the machine's cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write each result as JSON into this folder.")
    Path out;

    @Option(names = "--write-submissions", paramLabel = "DIR", description = "Write the synthetic nation's submissions as JSON into DIR, and score nothing.")
    Path writeSubmissions;

    /** One region's outcome, small enough to keep for the whole nation. */
    private record Line(String code, String name, BigDecimal index, String predicate, int innovations, int counting) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        SyntheticNation synthetic = dir == null ? new SyntheticNation(seed, regions, innovations,
                rules.chosen() ? rules.ruleSet(0).year() : SyntheticNation.DEFAULT_YEAR) : null;
        if (writeSubmissions != null) {
            if (synthetic == null) {
                throw new IidException("--write-submissions writes the synthetic nation: give no DIR");
            }
            Files.createDirectories(writeSubmissions);
            for (int k = 0; k < synthetic.regions(); k++) {
                Submission s = synthetic.region(k);
                Files.writeString(writeSubmissions.resolve("region-" + s.region().code() + ".json"), IidJson.write(s), StandardCharsets.UTF_8);
            }
            stdout.printf("wrote %d submissions to %s%n", synthetic.regions(), writeSubmissions);
            return 0;
        }
        List<Path> files = dir == null ? List.of() : files(dir);
        int count = synthetic != null ? synthetic.regions() : files.size();
        IntFunction<Submission> source = synthetic != null ? synthetic::region : k -> read(files.get(k));
        if (out != null) {
            Files.createDirectories(out);
        }
        EvaluationOptions options = scoresOnly ? EvaluationOptions.SCORES_ONLY : EvaluationOptions.EXPLAINED;
        int parallelism = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);

        long started = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        List<Line> lines;
        try {
            lines = pool.submit(() -> IntStream.range(0, count).parallel().mapToObj(k -> score(source.apply(k), options)).toList()).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report(stdout, synthetic, lines, seconds, parallelism);
        return 0;
    }

    private Line score(Submission submission, EvaluationOptions options) {
        Result r = rules.ruleSet(submission.year()).evaluate(submission, options);
        if (out != null) {
            try {
                Files.writeString(out.resolve("result-" + r.region().code() + ".json"), IidJson.write(r), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new Line(r.region().code(), r.region().name(), r.index(), r.predicate(), r.innovations().size(), r.totals().n());
    }

    /** A submission from a file; an invalid one stops the run, naming the file. */
    private static Submission read(Path file) {
        try {
            return IidJson.readSubmission(file);
        } catch (IidException e) {
            throw new IidException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IidException("No such folder: " + dir);
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            if (files.isEmpty()) {
                throw new IidException("No submissions (*.json) in " + dir);
            }
            return files;
        }
    }

    private void report(PrintWriter out, SyntheticNation synthetic, List<Line> lines, double seconds, int parallelism) {
        int innovationsScored = lines.stream().mapToInt(Line::innovations).sum();
        int counting = lines.stream().mapToInt(Line::counting).sum();
        out.printf("IID nation  %d regions (%s)%n", lines.size(), synthetic == null ? dir
                : "synthetic, seed " + synthetic.seed() + ", " + synthetic.innovationsPerRegion() + " innovations each, " + synthetic.year());
        out.printf("Scored      %d innovations (%d count) in %.2f s on %d thread%s%s%n", innovationsScored, counting, seconds,
                parallelism, parallelism == 1 ? "" : "s", scoresOnly ? ", scores only" : "");
        Map<String, Integer> predicates = new LinkedHashMap<>();
        for (String p : List.of("Sangat Inovatif", "Inovatif", "Kurang Inovatif", "Tidak Dapat Dinilai")) {
            predicates.put(p, 0);
        }
        lines.forEach(l -> predicates.merge(l.predicate(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        predicates.forEach((p, n) -> parts.add(p + " " + n));
        out.printf("Predicates  %s%n", String.join(" · ", parts));
        List<BigDecimal> sorted = lines.stream().map(Line::index).sorted().toList();
        BigDecimal mean = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(sorted.size()), 2, RoundingMode.HALF_UP);
        out.printf("Index       mean %s  median %s  min %s  max %s%n", mean, sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1));
        out.println("Highest");
        lines.stream().sorted(Comparator.comparing(Line::index).reversed().thenComparing(Line::code)).limit(5)
                .forEach(l -> out.printf("  %6s  %-15s %s (%s)%n", l.index().toPlainString(), l.predicate(), l.name(), l.code()));
        out.printf("Digest      sha256:%s (each region's code, index and predicate, in order)%n", digest(lines));
        out.flush();
    }

    private static String digest(List<Line> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Line l : lines) {
                sha.update((l.code() + " " + l.index().toPlainString() + " " + l.predicate() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
