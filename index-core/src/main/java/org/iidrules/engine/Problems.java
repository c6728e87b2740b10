package org.iidrules.engine;

import java.util.List;

import org.iidrules.Language;
import org.iidrules.RuleProblem;
import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationProblem.Kind;
import org.iidrules.validation.ValidationProblem.Severity;

/**
 * Makes the problems the loader and {@code validate} share. The loader refuses a rule set on any error
 * and reports it in English ({@link #toRuleProblems}); {@code validate} keeps them all, in either language.
 */
final class Problems {
    private Problems() {
    }

    static ValidationProblem error(Kind kind, String file, int line, int column, String key, Object... args) {
        return of(Severity.ERROR, kind, file, line, column, key, args);
    }

    static ValidationProblem warning(Kind kind, String file, int line, int column, String key, Object... args) {
        return of(Severity.WARNING, kind, file, line, column, key, args);
    }

    static ValidationProblem note(Kind kind, String file, int line, int column, String key, Object... args) {
        return of(Severity.NOTE, kind, file, line, column, key, args);
    }

    private static ValidationProblem of(Severity severity, Kind kind, String file, int line, int column, String key,
                                        Object... args) {
        return new ValidationProblem(kind, severity, file, line, column, key,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    static boolean anyError(List<ValidationProblem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The errors as the loader reports them: in English, in the order found. */
    static List<RuleProblem> toRuleProblems(List<ValidationProblem> problems) {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR)
                .map(p -> new RuleProblem(p.file(), p.line(), p.column(), p.message(Language.EN))).toList();
    }
}
