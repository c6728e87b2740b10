package org.iidrules.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.iidrules.Language;
import org.iidrules.explain.Explanation;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code iid explain}: scores a submission and explains every point (rule, fact, evidence, source,
 * assumptions) and what the next level of each indicator needs, in English or Indonesian.
 */
@Command(name = "explain",
        description = {"Explains every point of a submission's result and what each indicator's next level needs (en or id).",
                "The formula with its numbers; for each point the rule, fact, evidence, source and assumptions; why an innovation does not count."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    ScoreCommand.Input input;

    @Mixin
    RuleChoice rules;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The language of the explanation: en (English, the default) or id (Bahasa Indonesia).")
    Language language;

    @Option(names = "--json", description = "Print the explanation as JSON instead of text.")
    boolean json;

    @Option(names = "--innovation", paramLabel = "ID|N",
            description = "Explain only this innovation: its id (e.g. KB-03) or its place in the submission, from 1.")
    String innovation;

    @Override
    public Integer call() throws IOException {
        Submission submission = input.read();
        Explanation explanation = Explanation.of(submission, rules.ruleSet(submission.year()));
        if (innovation != null) {
            try {
                explanation = explanation.narrowedTo(innovation);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--innovation: " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? IidJson.write(explanation) : explanation.text(language));
        out.flush();
        return 0;
    }
}
