package org.iidrules.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.iidrules.IidException;
import org.iidrules.RuleSets;
import org.iidrules.audit.Audit;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iid audit}: scores a recorded result's submission again and proves it byte for byte, or lists what differs. */
@Command(name = "audit",
        description = {"Scores the submission of a recorded result again, under the rule set of the result's year, and either"
                + " proves the new result byte-identical (size and SHA-256) or lists every value that differs by its JSON path,"
                + " and whether the rule set (id, version, digest) or the library version differ from the recorded ones.",
                "Exit codes: 0 reproduced byte for byte; 5 not reproduced (values or bytes differ); 1 a file cannot be read"
                        + " or is not a result or a submission; 2 the result's year has no rule set; 3 a rule folder is broken."})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULT.json", description = "The recorded result, as `iid score --json` or `--out` wrote it.")
    Path result;

    @Option(names = "--submission", required = true, paramLabel = "FILE", description = "The submission (JSON) that was scored.")
    Path submission;

    @Option(names = "--rules", paramLabel = "FOLDER",
            description = "Score under this rule folder (a year's folder with its manifest.yaml, for the result's year) instead of the built-in rules of the result's year.")
    Path rules;

    @Option(names = "--json", description = "Print the audit as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(submission)) {
            throw new IidException("No such file: " + submission + " (--submission names the submission that was scored)");
        }
        Submission read = IidJson.readSubmission(submission);
        Audit audit = rules == null ? Audit.of(result, read, RuleSets.builtIn()) : Audit.of(result, read, RuleChoice.folder(rules));
        spec.commandLine().getOut().print(json ? IidJson.write(audit) : audit.describe());
        spec.commandLine().getOut().flush();
        return audit.reproduced() ? 0 : Iid.DIFFERS;
    }
}
