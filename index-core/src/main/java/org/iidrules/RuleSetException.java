package org.iidrules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be loaded or run: every problem found, each naming file and line. */
public class RuleSetException extends IidException {
    private final List<RuleProblem> problems;

    public RuleSetException(String ruleSet, List<RuleProblem> problems) {
        super("Rule set " + ruleSet + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n  " + problems.stream().map(RuleProblem::describe).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
