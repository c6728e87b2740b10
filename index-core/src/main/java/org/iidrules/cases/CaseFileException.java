package org.iidrules.cases;

import java.nio.file.Path;

import org.iidrules.IidException;

/**
 * A case file that cannot be used as written: not well-formed, an unknown or missing field, a value
 * of the wrong kind, an invalid submission, or no expectations at all. Names the file, the line and
 * column (1-based; 0 when unknown) and the field (a dotted path such as
 * {@code expect.innovations.KB-01.points}; empty for the whole file).
 */
public class CaseFileException extends IidException {
    private final transient Path file;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    public CaseFileException(Path file, int line, int column, String field, String problem) {
        super(format(file, line, column, field, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field == null ? "" : field;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String field() {
        return field;
    }

    /** The problem alone, without file, line and field. */
    public String problem() {
        return problem;
    }

    private static String format(Path file, int line, int column, String field, String problem) {
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            s.append(", line ").append(line);
            if (column > 0) {
                s.append(", column ").append(column);
            }
        }
        s.append(": ");
        if (field != null && !field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(problem).toString();
    }
}
