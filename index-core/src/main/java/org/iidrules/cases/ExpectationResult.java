package org.iidrules.cases;

/**
 * How one expectation fared: {@code PASSED}, {@code FAILED} (the result holds another value,
 * {@code actual}), or {@code ERROR} (the case names something the result does not have, such as an
 * unknown innovation id; {@code message} says what).
 */
public record ExpectationResult(String field, int line, String expected, String actual, CaseReport.Status status,
                                String message) {

    public boolean passed() {
        return status == CaseReport.Status.PASSED;
    }

    /** One line a rule author can act on, e.g. {@code line 14  expect.divisor: expected 12, got 10}. */
    public String describe() {
        String where = "line " + line + "  " + field + ": ";
        return switch (status) {
            case PASSED -> where + expected;
            case FAILED -> where + "expected " + expected + ", got " + actual;
            case ERROR -> where + message;
        };
    }
}
