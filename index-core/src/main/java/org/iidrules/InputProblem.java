package org.iidrules;

/**
 * One thing wrong with a submission: where (a JSON path such as
 * {@code $.innovations[2].indicators.pengaduan.resolved}, and the line and column in the JSON text
 * when it came from one), the value found, and what was expected.
 */
public record InputProblem(String path, String value, String expected, int line, int column) {

    public InputProblem(String path, String value, String expected) {
        this(path, value, expected, 0, 0);
    }

    /** One line a person can act on. */
    public String describe() {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return path + where + ": found " + value + "; expected " + expected;
    }
}
