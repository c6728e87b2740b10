package org.iidrules.compare;

import java.util.ArrayList;
import java.util.List;

import org.iidrules.RuleSet;
import org.iidrules.model.Submission;
import org.iidrules.result.Result;

/**
 * One submission scored under several years, side by side: each year's result, and for each pair
 * of neighbouring years what moved the score (formula terms, SPD rows, innovations that start or stop
 * counting, indicators whose points change, and the rules behind them).
 */
public record Comparison(List<Result> results, List<Step> steps) {

    public Comparison {
        results = List.copyOf(results);
        steps = List.copyOf(steps);
    }

    /** Scores the submission under each rule set, in the order given, and explains each step. */
    public static Comparison of(Submission submission, List<RuleSet> ruleSets) {
        List<Result> results = new ArrayList<>();
        for (RuleSet rules : ruleSets) {
            results.add(rules.evaluate(submission));
        }
        List<Step> steps = new ArrayList<>();
        for (int k = 1; k < results.size(); k++) {
            steps.add(Step.between(results.get(k - 1), results.get(k)));
        }
        return new Comparison(results, steps);
    }
}
