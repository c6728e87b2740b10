package org.iidrules.validation;

import java.util.Comparator;
import java.util.List;

import org.iidrules.Language;

/**
 * One thing {@code validate} found in a rule folder: what kind of problem, how serious, where (file,
 * line and column, 0 when unknown; files relative to the folder's parent, as the manifest names them),
 * and a sentence in English or Indonesian ({@link #message(Language)}).
 *
 * <p>The sentence is kept as a message key and its arguments, so one problem reads in either
 * language; names written in the rule files (rule names, Drools' own text) are quoted as written.
 */
public record ValidationProblem(Kind kind, Severity severity, String file, int line, int column, String key,
                                List<String> args) {

    /** How serious a problem is. */
    public enum Severity {
        /** The folder is invalid: it would be refused, or it would score wrongly. */
        ERROR,
        /** Probably a mistake; the folder still loads. */
        WARNING,
        /** For information: something that was not checked, and why. */
        NOTE
    }

    /** What a problem is about; one per check. */
    public enum Kind {
        /** A YAML file (manifest, catalogue, register) that cannot be read. */
        YAML,
        /** A manifest field missing or wrong, a file it names missing. */
        MANIFEST,
        /** A source or assumption the register or the manifest does not list. */
        REGISTER,
        /** Drools could not compile a rule file. */
        COMPILE,
        /** A rule that failed when first run on a small submission. */
        RUNTIME,
        /** A rule's metadata: no source, an unlisted source or assumption, a wrong level or indicator. */
        SOURCE,
        /** Two rules with the same name in one rule package. */
        DUPLICATE_RULE,
        /** An indicator or row with a level that no rule gives. */
        MISSING_LEVEL,
        /** Values between two levels' bands that reach no level. */
        BAND_GAP,
        /** A level that a higher level hides, wholly or in part. */
        BAND_OVERLAP,
        /** Bands whose levels do not rise (or fall) in the order of the values. */
        BAND_ORDER,
        /** An indicator whose rules the band check cannot read. */
        BANDS_NOT_CHECKED,
        /** Predicate bands that do not cover 0–100 exactly once. */
        PREDICATE_BANDS,
        /** A catalogue's indicators: a number or key twice, a weight other than the built-in catalogue's. */
        CATALOGUE,
        /** A construct a rule file must not use. */
        FORBIDDEN
    }

    /** File, then line, then column, then the rest: the order problems are printed in. */
    public static final Comparator<ValidationProblem> ORDER = Comparator.comparing(ValidationProblem::file)
            .thenComparingInt(ValidationProblem::line)
            .thenComparingInt(ValidationProblem::column)
            .thenComparing(ValidationProblem::severity)
            .thenComparing(ValidationProblem::kind)
            .thenComparing(ValidationProblem::key)
            .thenComparing(p -> String.join("\u0000", p.args()));

    public ValidationProblem {
        file = file == null ? "" : file;
        args = List.copyOf(args);
    }

    /** The problem as a sentence in the given language. */
    public String message(Language language) {
        return Messages.format(language, key, args);
    }

    /** {@code file:line:column: ERROR: sentence}, line and column left out when unknown. */
    public String describe(Language language) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(severity).append(": ").append(message(language)).toString();
    }
}
