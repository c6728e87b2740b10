package org.iidrules.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.iidrules.InvalidSubmissionException;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.UnknownYearException;
import org.iidrules.result.Result;

/**
 * Runs case files: scores each case's submission under the rule set of the case's year and compares
 * the result with every expectation. A malformed case is reported, never skipped: it ends in
 * {@link CaseReport.Status#ERROR} with the file, line and field of the problem.
 *
 * <pre>{@code
 * CaseReport report = CaseRunner.builtIn().run(Path.of("iid/2022/cases/full-region.yaml"));
 * if (!report.passed()) System.out.print(report.describe());
 * }</pre>
 *
 * <p>A broken rule folder is not a case's problem: {@link org.iidrules.RuleSetException} propagates.
 */
public final class CaseRunner {

    private final Function<CaseFile, RuleSet> rules;

    private CaseRunner(Function<CaseFile, RuleSet> rules) {
        this.rules = rules;
    }

    /** Every case under the built-in rule set of its year. */
    public static CaseRunner builtIn() {
        return new CaseRunner(c -> RuleSets.builtIn().forYear(c.year()));
    }

    /** Every case under the given rule set; a case written for another year is an error. */
    public static CaseRunner with(RuleSet ruleSet) {
        return new CaseRunner(c -> ruleSet);
    }

    /**
     * A case in a year folder on disk ({@code <folder>/cases/x.yaml}, the folder holding a
     * {@code manifest.yaml}) runs under that folder's own rules, compiled at run time, so an edited
     * copy of a year is tested as edited; any other case under the built-in rule set of its year.
     */
    public static CaseRunner preferringRuleFolders() {
        Map<Path, RuleSet> compiled = new ConcurrentHashMap<>();
        return new CaseRunner(c -> {
            Path folder = ruleFolderOf(c.file());
            return folder == null ? RuleSets.builtIn().forYear(c.year()) : compiled.computeIfAbsent(folder, RuleSets::fromFolder);
        });
    }

    /** The year folder whose rules a case file sits beside: its own folder or, for a {@code cases} folder, the parent. */
    static Path ruleFolderOf(Path caseFile) {
        Path dir = caseFile.toAbsolutePath().normalize().getParent();
        if (dir == null) {
            return null;
        }
        if (Files.isRegularFile(dir.resolve("manifest.yaml"))) {
            return dir;
        }
        Path parent = dir.getParent();
        if (dir.getFileName() != null && dir.getFileName().toString().equals("cases")
                && parent != null && Files.isRegularFile(parent.resolve("manifest.yaml"))) {
            return parent;
        }
        return null;
    }

    /** Runs every file, in order. */
    public List<CaseReport> run(List<Path> files) {
        return files.stream().map(this::run).toList();
    }

    /** Reads and runs one case file; a malformed one gives an ERROR report. */
    public CaseReport run(Path file) {
        long start = System.nanoTime();
        CaseFile c;
        try {
            c = CaseFiles.read(file);
        } catch (CaseFileException e) {
            return new CaseReport(file, file.getFileName().toString(), 0, null, CaseReport.Status.ERROR, List.of(),
                    e.getMessage(), since(start));
        }
        return run(c, start);
    }

    /** Runs a case already read. */
    public CaseReport run(CaseFile c) {
        return run(c, System.nanoTime());
    }

    private CaseReport run(CaseFile c, long start) {
        RuleSet ruleSet;
        try {
            ruleSet = rules.apply(c);
        } catch (UnknownYearException e) {
            return error(c, null, at(c, c.yearLine(), "year") + e.getMessage(), start);
        }
        if (ruleSet.year() != c.year()) {
            return error(c, ruleSet.toString(), at(c, c.yearLine(), "year") + "the case is for " + c.year()
                    + ", but the rule set " + ruleSet.id() + " is for " + ruleSet.year(), start);
        }
        Result result;
        try {
            result = ruleSet.evaluate(c.submission());
        } catch (InvalidSubmissionException e) {
            return error(c, ruleSet.toString(), c.file() + ": submission: " + e.getMessage(), start);
        }
        List<ExpectationResult> results = c.expectations().stream().map(x -> x.check(result)).toList();
        CaseReport.Status status = CaseReport.Status.PASSED;
        for (ExpectationResult r : results) {
            if (r.status() == CaseReport.Status.ERROR) {
                status = CaseReport.Status.ERROR;
            } else if (r.status() == CaseReport.Status.FAILED && status == CaseReport.Status.PASSED) {
                status = CaseReport.Status.FAILED;
            }
        }
        return new CaseReport(c.file(), c.name(), c.year(), ruleSet.toString(), status, results, null, since(start));
    }

    private static String at(CaseFile c, int line, String field) {
        return c.file() + ", line " + line + ": " + field + ": ";
    }

    private static CaseReport error(CaseFile c, String rules, String message, long start) {
        return new CaseReport(c.file(), c.name(), c.year(), rules, CaseReport.Status.ERROR, List.of(), message, since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
