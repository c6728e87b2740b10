package org.iidrules;

import java.util.List;
import java.util.stream.Collectors;

/** A submission that cannot be scored as given: every problem found, each naming its JSON path. */
public class InvalidSubmissionException extends IidException {
    private final List<InputProblem> problems;

    public InvalidSubmissionException(List<InputProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidSubmissionException(InputProblem problem, Throwable cause) {
        super(message(List.of(problem)), cause);
        this.problems = List.of(problem);
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static String message(List<InputProblem> problems) {
        String head = problems.size() == 1 ? "Invalid submission: " : "Invalid submission (" + problems.size() + " problems):\n  ";
        return head + problems.stream().map(InputProblem::describe).collect(Collectors.joining("\n  "));
    }
}
