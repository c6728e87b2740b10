package org.iidrules.explain;

import java.util.List;

import org.iidrules.EvaluationOptions;
import org.iidrules.Language;
import org.iidrules.RuleSet;
import org.iidrules.model.Submission;
import org.iidrules.result.AssumptionRef;
import org.iidrules.result.RegionRef;
import org.iidrules.result.Result;
import org.iidrules.result.RuleSetRef;

/**
 * A result explained, in result order: the formula with its numbers, every SPD row and every
 * innovation's indicators with the rule, fact, evidence, source and assumptions behind its points and
 * what its next level needs, every innovation that does not count and why, the sources and
 * assumptions, and the rule set and library that produced it. Immutable; the same result and rule set
 * give an equal explanation and byte-identical text and JSON.
 *
 * <pre>{@code
 * Explanation e = Explanation.of(submission, RuleSets.builtIn().forYear(2022));
 * System.out.print(e.text(Language.ID));
 * String json = IidJson.write(e);
 * }</pre>
 *
 * @param innovationShown null for a whole result; the id of the one innovation it was
 *                        {@linkplain #narrowedTo(String) narrowed to} otherwise (its SPD rows left out)
 * @param sources         every source the year uses, with its text, in the manifest's order
 * @param assumptions     every assumption the result uses, with its text
 */
public record Explanation(
        String libraryVersion,
        RuleSetRef ruleSet,
        int assessmentYear,
        RegionRef region,
        Formula formula,
        String innovationShown,
        List<Point> spd,
        List<InnovationExplanation> innovations,
        List<SourceRef> sources,
        List<AssumptionRef> assumptions) {

    public Explanation {
        spd = List.copyOf(spd);
        innovations = List.copyOf(innovations);
        sources = List.copyOf(sources);
        assumptions = List.copyOf(assumptions);
    }

    /**
     * Explains a result that {@code rules} produced with every explanation
     * ({@link EvaluationOptions#EXPLAINED}). A result does not carry evidence, so the points say
     * whether evidence was missing but do not list it: {@link #of(Submission, RuleSet)} does.
     *
     * @throws IllegalArgumentException when the result was produced by another rule set (its id or
     *                                  digest differs), cites a rule the rule set does not have, or was
     *                                  scored {@link EvaluationOptions#SCORES_ONLY}
     */
    public static Explanation of(Result result, RuleSet rules) {
        return new Explainer(result, rules, null).explain();
    }

    /** Scores the submission under {@code rules} and explains the result, with each point's evidence. */
    public static Explanation of(Submission submission, RuleSet rules) {
        return new Explainer(rules.evaluate(submission, EvaluationOptions.EXPLAINED), rules, submission).explain();
    }

    /**
     * This explanation for one innovation only, named by its id ("KB-03") or its place in the
     * submission from 1 ("3"); the formula stays, the SPD rows are left out.
     *
     * @throws IllegalArgumentException when no innovation has that id or place, naming those there are
     */
    public Explanation narrowedTo(String idOrPosition) {
        InnovationExplanation found = innovation(idOrPosition);
        return new Explanation(libraryVersion, ruleSet, assessmentYear, region, formula, found.id(), List.of(),
                List.of(found), sources, assumptions);
    }

    /** The innovation with this id, or else at this place in the submission (from 1). */
    public InnovationExplanation innovation(String idOrPosition) {
        String wanted = idOrPosition == null ? "" : idOrPosition.trim();
        for (InnovationExplanation i : innovations) {
            if (i.id().equals(wanted)) {
                return i;
            }
        }
        if (wanted.matches("\\d{1,9}")) {
            int position = Integer.parseInt(wanted);
            for (InnovationExplanation i : innovations) {
                if (i.position() == position) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException(Explainer.noSuchInnovation(wanted, innovations));
    }

    /** The explanation as text a person reads, in English or Indonesian. */
    public String text(Language language) {
        return new ExplanationText(this, language).render();
    }
}
