package org.iidrules;

/** One thing wrong with a rule set: the file, line and column (0 when unknown), and what is wrong. */
public record RuleProblem(String file, int line, int column, String message) {

    public String describe() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(message).toString();
    }
}
