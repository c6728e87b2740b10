package org.iidrules;

/**
 * How much a {@link org.iidrules.result.Result result} explains. Both settings give the same index, predicate, totals,
 * requirement, and level, points and deciding rule of every SPD row and SID indicator.
 *
 * <ul>
 *   <li>{@link #EXPLAINED} (the default of {@link RuleSet#evaluate(org.iidrules.model.Submission)}):
 *       also each fact as read, the note saying why a value scores 0, why an innovation does not
 *       count, and the findings.</li>
 *   <li>{@link #SCORES_ONLY}: leaves those out ({@code fact}, {@code note} and {@code reason} are
 *       null, {@code findings} is empty), for runs that only need the figures, such as re-scoring a
 *       region many times or a national ranking.</li>
 * </ul>
 *
 * @param explain whether to render facts, notes, reasons and findings
 * @see org.iidrules.result.Result
 */
public record EvaluationOptions(boolean explain) {

    /** Every figure, with each fact as read, notes, reasons and findings. */
    public static final EvaluationOptions EXPLAINED = new EvaluationOptions(true);

    /** Every figure and the rule behind it, without facts, notes, reasons and findings. */
    public static final EvaluationOptions SCORES_ONLY = new EvaluationOptions(false);
}
