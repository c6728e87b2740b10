package org.iidrules.cases;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How one case fared: {@code PASSED} when every expectation holds, {@code FAILED} when one or more
 * do not, {@code ERROR} when the case cannot be run as written (a malformed file, an unknown year, an
 * expectation naming something the result does not have).
 *
 * @param file    the case file
 * @param name    the case's name, or the file name when the file could not be read
 * @param year    the case's year, 0 when the file could not be read
 * @param rules   the rule set that scored it (id, version, digest, how it was compiled), or null
 * @param status  the outcome
 * @param results every expectation's outcome, in the order written (empty when the case could not run)
 * @param error   why the case could not run, naming file, line and field; null unless status is ERROR
 *                for the whole case
 * @param time    how long reading and running the case took
 */
public record CaseReport(
        Path file,
        String name,
        int year,
        String rules,
        Status status,
        List<ExpectationResult> results,
        String error,
        Duration time) {

    public enum Status {
        PASSED, FAILED, ERROR
    }

    public CaseReport {
        results = List.copyOf(results);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    /** The expectations that did not pass (failed or in error). */
    public List<ExpectationResult> problems() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /**
     * A readable block: the outcome and the name; the file, the rules and how many expectations
     * passed; then one line per expectation that did not pass, or the reason the case could not run.
     * <pre>
     * FAILED  2026 · divisor MAX(12, n)
     *         iid/2026/cases/divisor.yaml  ·  iid-2026 1.0.0 (...)  ·  12 of 14 expectations passed
     *         line 14  expect.divisor: expected 12, got 10
     * </pre>
     */
    public String describe() {
        String nl = System.lineSeparator();
        String indent = "        ";
        StringBuilder s = new StringBuilder(String.format("%-7s %s", status, name)).append(nl);
        s.append(indent).append(file);
        if (rules != null) {
            s.append("  ·  ").append(rules);
        }
        List<ExpectationResult> problems = problems();
        if (!results.isEmpty()) {
            s.append("  ·  ").append(results.size() - problems.size()).append(" of ").append(results.size())
                    .append(" expectations passed");
        }
        s.append(nl);
        if (error != null) {
            s.append(indent).append(error).append(nl);
        }
        for (ExpectationResult r : problems) {
            s.append(indent).append(r.describe()).append(nl);
        }
        return s.toString();
    }
}
