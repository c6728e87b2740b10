package org.iidrules.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.iidrules.IidException;
import org.iidrules.cases.CaseFiles;
import org.iidrules.cases.CaseReport;
import org.iidrules.cases.CaseRunner;
import org.iidrules.cases.JunitXml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iid test}: runs case files (YAML) and reports, case by case, what passed and what did not.
 * Exit codes: 0 every case passed, 4 some case failed, 1 some case file is malformed (or none found).
 */
@Command(name = "test",
        description = {"Runs test cases (YAML case files) and reports pass or fail for each case and each failed expectation.",
                "A folder is searched for *.yaml files in folders named 'cases'. A case in a year folder that has a "
                        + "manifest.yaml runs under that folder's own rules, compiled now; any other under the built-in "
                        + "rules of its year.",
                "Exit codes: 0 all passed, 4 some failed, 1 some case file is malformed."})
final class TestCommand implements Callable<Integer> {

    /** Some case's expectations do not hold. */
    static final int FAILED = 4;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FOLDER|FILE", description = "Case files, or folders holding them.")
    List<Path> paths;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results as JUnit XML to this file.")
    Path junitXml;

    @Option(names = "--built-in", description = "Run every case under the built-in rules of its year, even in a rule folder on disk.")
    boolean builtIn;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IidException("No such file or folder: " + path);
            }
            files.addAll(CaseFiles.find(path));
        }
        if (files.isEmpty()) {
            throw new IidException("No case files in " + paths + ": a case file is a .yaml file in a folder named 'cases'");
        }
        CaseRunner runner = builtIn ? CaseRunner.builtIn() : CaseRunner.preferringRuleFolders();
        List<CaseReport> reports = new ArrayList<>();
        for (Path file : files) {
            CaseReport report = runner.run(file);
            reports.add(report);
            out.print(report.describe());
            out.println();
            out.flush();
        }
        long passed = count(reports, CaseReport.Status.PASSED);
        long failed = count(reports, CaseReport.Status.FAILED);
        long errors = count(reports, CaseReport.Status.ERROR);
        out.printf("%d %s: %d passed, %d failed, %d could not run%n", reports.size(),
                reports.size() == 1 ? "case" : "cases", passed, failed, errors);
        if (junitXml != null) {
            JunitXml.write(reports, junitXml);
            out.println("JUnit XML written to " + junitXml);
        }
        out.flush();
        return errors > 0 ? Iid.INVALID_INPUT : failed > 0 ? FAILED : 0;
    }

    private static long count(List<CaseReport> reports, CaseReport.Status status) {
        return reports.stream().filter(r -> r.status() == status).count();
    }
}
