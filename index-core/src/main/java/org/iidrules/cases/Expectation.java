package org.iidrules.cases;

import org.iidrules.result.Result;

/**
 * One expected value of a case: which field of the result it reads (a dotted path as written in the
 * case file, e.g. {@code expect.innovations.KB-01.indicators.regulasi.level}), the line it is written
 * on, and what is expected, as a person would read it ("48.90", "27.0833 ± 0.0001", "contains
 * \"UJI_COBA\"").
 */
public final class Expectation {

    /** Reads the actual value from a result and compares it. */
    @FunctionalInterface
    interface Check {
        Outcome apply(Result result) throws Missing;
    }

    /** The actual value as shown, and whether it meets the expectation. */
    record Outcome(boolean passed, String actual) {
    }

    /** The thing the expectation reads is not in the result (an unknown innovation, indicator or row). */
    static final class Missing extends Exception {
        Missing(String message) {
            super(message, null, false, false);
        }
    }

    private final String field;
    private final int line;
    private final String expected;
    private final Check check;

    Expectation(String field, int line, String expected, Check check) {
        this.field = field;
        this.line = line;
        this.expected = expected;
        this.check = check;
    }

    public String field() {
        return field;
    }

    public int line() {
        return line;
    }

    public String expected() {
        return expected;
    }

    /** Compares this expectation with a result. */
    public ExpectationResult check(Result result) {
        try {
            Outcome o = check.apply(result);
            return new ExpectationResult(field, line, expected, o.actual(),
                    o.passed() ? CaseReport.Status.PASSED : CaseReport.Status.FAILED, null);
        } catch (Missing e) {
            return new ExpectationResult(field, line, expected, null, CaseReport.Status.ERROR, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "line " + line + " " + field + ": " + expected;
    }
}
