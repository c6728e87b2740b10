package org.iidrules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.iidrules.IidException;
import org.iidrules.folders.LockCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code iid lock}: checks the built-in rule sets against index-rules/rulesets.lock, or records them. */
@Command(name = "lock",
        description = {"Checks each built-in year's rule files against the lock file (index-rules/rulesets.lock): a year that"
                + " is not a draft must be as recorded, or have a new version named in CHANGELOG.md (`iid-2022 1.0.1`) and be"
                + " recorded again with --write. Run it from the repository's root. `mvn verify` makes the same check.",
                "Exit codes: 0 every year matches (or, with --write, recorded); 5 some year differs (with --write: refused, nothing written)."})
final class LockCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--write", description = "Record the built-in years in the lock file; refused while a released year changed without a new version or a CHANGELOG line.")
    boolean write;

    @Option(names = "--rules-tree", paramLabel = "DIR", defaultValue = "index-rules/src/main/resources/iid",
            description = "The rule tree holding rulesets.yaml (default: ${DEFAULT-VALUE}).")
    Path tree;

    @Option(names = "--lock", paramLabel = "FILE", defaultValue = "index-rules/rulesets.lock", description = "The lock file (default: ${DEFAULT-VALUE}).")
    Path lock;

    @Option(names = "--changelog", paramLabel = "FILE", defaultValue = "CHANGELOG.md", description = "The changelog (default: ${DEFAULT-VALUE}).")
    Path changelog;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(tree.resolve("rulesets.yaml"))) {
            throw new IidException("No rule tree at " + tree.toAbsolutePath() + " (no rulesets.yaml there): run `iid lock` from the"
                    + " repository's root, or name the tree with --rules-tree");
        }
        LockCheck check = new LockCheck(tree, lock, changelog);
        LockCheck.Report report = write ? check.record() : check.run();
        PrintWriter out = spec.commandLine().getOut();
        if (!report.describe().isEmpty()) {
            out.println(report.describe());
        }
        if (report.passed()) {
            out.println(write ? "Recorded " + report.current().ruleSets().size() + " rule sets in " + lock + "."
                    : "Every built-in rule set matches " + lock + ".");
            return 0;
        }
        if (write) {
            out.println("Nothing was written to " + lock + ".");
        }
        return Iid.DIFFERS;
    }
}
