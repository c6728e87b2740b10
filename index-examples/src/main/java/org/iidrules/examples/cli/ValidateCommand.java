package org.iidrules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.iidrules.IidException;
import org.iidrules.Language;
import org.iidrules.RuleSets;
import org.iidrules.cases.CaseReport;
import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iid validate FOLDER}: checks a rule folder and runs its test cases. Exit codes: 0 valid and every
 * case passed, 3 not valid (whatever the cases did: an invalid folder must be fixed first), 4 valid but
 * some case failed or could not run.
 */
@Command(name = "validate",
        description = {"Checks a rule folder (a year's folder holding manifest.yaml) and reports every problem with its file, "
                + "line and column: files that cannot be read or compiled, rules without a source, duplicate rule names, "
                + "missing levels, bands with gaps or overlaps, predicate bands, catalogue weights, and constructs a rule "
                + "file must not use. Then runs the folder's test cases (cases/*.yaml) under its own rules.",
                "Exit codes: 0 valid and all cases passed, 3 not valid, 4 valid but some case failed."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", description = "The rule folder: a year's folder holding manifest.yaml.")
    Path folder;

    @Option(names = "--lang", paramLabel = "en|id", defaultValue = "en",
            description = "The language of the report: en (English, the default) or id (Bahasa Indonesia).")
    Language language;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new IidException("No such rule folder: " + folder + " (a rule folder is a year's folder holding manifest.yaml)");
        }
        ValidationReport report = RuleSets.validate(folder);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(report.toJson(language));
        } else {
            for (ValidationProblem problem : report.problems()) {
                out.println(problem.describe(language));
            }
            out.println(report.summary(language));
            out.println();
            for (CaseReport c : report.cases()) {
                out.print(c.describe());
                out.println();
            }
            out.println(report.casesSummary(language));
        }
        out.flush();
        if (!report.valid()) {
            return Iid.RULE_SET;
        }
        return report.casesPassed() ? 0 : TestCommand.FAILED;
    }
}
