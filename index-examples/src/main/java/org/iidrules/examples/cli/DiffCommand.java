package org.iidrules.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.iidrules.IidException;
import org.iidrules.RuleSet;
import org.iidrules.compare.Comparison;
import org.iidrules.compare.MethodologyDiff;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iid diff A B}: what changed in the methodology from one rule set to another (built-in years or
 * rule folders), and with {@code --submission} how one submission's result moves between them.
 */
@Command(name = "diff", description = "Shows what changed in the methodology between two years or rule folders "
        + "(formula, requirement, bands, eligibility, catalogues indicator by indicator, assumptions and sources).")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The earlier rule set: a built-in year (2022) or a rule folder (my-rules/2026).")
    String from;

    @Parameters(index = "1", paramLabel = "B", description = "The later rule set: a built-in year or a rule folder.")
    String to;

    @Option(names = "--json", description = "Print the diff (and the comparison, with --submission) as JSON.")
    boolean json;

    @Option(names = "--submission", paramLabel = "FILE", description = "Also score this submission (JSON) under both and show how its result moves.")
    Path submission;

    @Option(names = "--findings", paramLabel = "N", defaultValue = "10",
            description = "With --submission: how many unrecognised facts to show per side (default: ${DEFAULT-VALUE}).")
    int findings;

    @Override
    public Integer call() {
        RuleSet a = RuleChoice.resolve(from);
        RuleSet b = RuleChoice.resolve(to);
        MethodologyDiff diff = MethodologyDiff.between(a, b);
        Comparison comparison = submission == null ? null : Comparison.of(read(submission), List.of(a, b));
        String text = json ? IidJson.write(new DiffOutput(diff, comparison))
                : new DiffReport(diff).render()
                + (comparison == null ? "" : "\n" + new ComparisonReport(comparison, findings).render());
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static Submission read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IidException("No such file: " + file + " (--submission takes a submission as JSON)");
        }
        return IidJson.readSubmission(file);
    }

    /** What --json prints: the diff, and the comparison when --submission is given. */
    public record DiffOutput(MethodologyDiff methodology, Comparison comparison) {
    }
}
