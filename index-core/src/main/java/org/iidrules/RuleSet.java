package org.iidrules;

import java.util.List;

import org.iidrules.catalogue.IndicatorDefinition;
import org.iidrules.catalogue.Methodology;
import org.iidrules.model.Submission;
import org.iidrules.result.Result;

/**
 * One methodology year, compiled and ready: immutable and safe to share between threads.
 * Obtain one from {@link RuleSets}.
 */
public interface RuleSet {

    /** The rule set's id, e.g. {@code iid-2022}. */
    String id();

    /** The assessment year it scores. */
    int year();

    /** The rule set's own version (not the library's). */
    String version();

    /** How the rule set was made: "reconstructed", "transcribed", "announced", "draft". */
    String status();

    /** SHA-256 over every file the year uses (manifest, catalogues, rules), as lowercase hex. */
    String digest();

    /**
     * The rule set's catalogue, read from the rule set itself: every SPD row, then every SID indicator,
     * each with its weight and the rules that decide its level (in the order the rule files state them).
     */
    List<IndicatorDefinition> catalogue();

    /**
     * What the year's manifest and register state beyond the catalogue: formula parameters, requirement,
     * predicate bands, eligibility rules, and the text of the sources and assumptions the year uses.
     */
    Methodology methodology();

    /**
     * Scores a submission under this year's rules, whatever year the submission was prepared for,
     * with every explanation ({@link EvaluationOptions#EXPLAINED}).
     *
     * @throws InvalidSubmissionException when the submission breaks the model's constraints
     */
    default Result evaluate(Submission submission) {
        return evaluate(submission, EvaluationOptions.EXPLAINED);
    }

    /**
     * Scores a submission as {@link #evaluate(Submission)} does, explaining as much as {@code options} say:
     * {@link EvaluationOptions#SCORES_ONLY} gives the same figures without facts, notes and findings.
     *
     * @throws InvalidSubmissionException when the submission breaks the model's constraints
     */
    Result evaluate(Submission submission, EvaluationOptions options);
}
