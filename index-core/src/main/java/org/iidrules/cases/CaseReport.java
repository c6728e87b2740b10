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
     * A readable block: a first line with the outcome, the name, the file and the rules; then one line
     * per expectation that did not pass, or the reason the case could not run.
     */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-6s %s%n", status, name));
        s.append("       ").append(file);
        if (rules != null) {
            s.append("  (").append(rules).append(')');
        }
        s.append(System.lineSeparator());
        if (error != null) {
            s.append("       ").append(error).append(System.lineSeparator());
        }
        List<ExpectationResult> problems = problems();
        for (ExpectationResult r : problems) {
            s.append("       ").append(r.describe()).append(System.lineSeparator());
        }
        if (!results.isEmpty()) {
            s.append("       ").append(results.size() - problems.size()).append(" of ").append(results.size())
                    .append(" expectations passed").append(System.lineSeparator());
        }
        return s.toString();
    }
}
