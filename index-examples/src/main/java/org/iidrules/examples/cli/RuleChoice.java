package org.iidrules.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.iidrules.IidException;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where a command's rules come from: a built-in year ({@code --year 2026}) or a rule folder on disk
 * ({@code --rules my-rules/2028}, a year's folder holding manifest.yaml, compiled now). A folder takes
 * the place of the built-in rules of its year, so a policy officer can edit a copy and use it at once.
 */
final class RuleChoice {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--year", paramLabel = "YEAR", description = "The methodology year (a built-in rule set).")
    Integer year;

    @Option(names = "--rules", paramLabel = "FOLDER",
            description = "A rule folder on disk (a year's folder with its manifest.yaml), compiled now; it replaces the built-in rules of its year.")
    Path folder;

    private RuleSet fromFolder;
    private RuleSets registry;

    /** The built-in years, with the folder's rule set in its year's place when --rules is given. */
    RuleSets registry() {
        if (registry == null) {
            if (folder != null) {
                fromFolder = folder(folder);
                registry = RuleSets.builtIn().with(fromFolder);
            } else {
                registry = RuleSets.builtIn();
            }
        }
        return registry;
    }

    /** The rule set --year or --rules names, or else the built-in one for {@code defaultYear}. */
    RuleSet ruleSet(int defaultYear) {
        if (folder != null && year != null) {
            throw usage("Give --year or --rules, not both: a rule folder scores under the year its manifest names");
        }
        registry();
        return fromFolder != null ? fromFolder : registry.forYear(year == null ? defaultYear : year);
    }

    /** The rule set --year or --rules names; one of them is required. */
    RuleSet ruleSet() {
        if (year == null && folder == null) {
            throw usage("Name the rules: --year YEAR for a built-in year, or --rules FOLDER for a rule folder on disk");
        }
        return ruleSet(0);
    }

    /** True when --year or --rules names the rules. */
    boolean chosen() {
        return year != null || folder != null;
    }

    private RuntimeException usage(String message) {
        return command == null ? new IidException(message) : new ParameterException(command.commandLine(), message);
    }

    /**
     * A built-in year ("2026") or a rule folder on disk ("my-rules/2028"); four digits always mean a
     * built-in year (write ./2026 for a folder named 2026).
     */
    static RuleSet resolve(String yearOrFolder) {
        if (yearOrFolder.matches("\\d{4}")) {
            return RuleSets.builtIn().forYear(Integer.parseInt(yearOrFolder));
        }
        return folder(Path.of(yearOrFolder));
    }

    /** The rule set of a year's folder on disk, compiled now. */
    static RuleSet folder(Path path) {
        if (!Files.isDirectory(path)) {
            throw new IidException("No such rule folder: " + path + " (a rule folder is a year's folder holding manifest.yaml)");
        }
        return RuleSets.fromFolder(path);
    }
}
