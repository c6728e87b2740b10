package org.iidrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.iidrules.EvaluationOptions;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;
import org.iidrules.result.SpdRowResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EvaluationOptions#SCORES_ONLY} leaves the explanations out and nothing else: the index,
 * predicate, totals, requirement, every level, weight and point and the rule behind each are those of
 * the explained result.
 */
class ScoresOnlyTest {

    private static final Path SAMPLE = Path.of("../index-examples/src/main/resources/samples/kalbar-2022.json");

    @ParameterizedTest
    @ValueSource(ints = {2022, 2026})
    void sameFiguresAndRulesWithoutTheExplanations(int year) {
        RuleSet rules = RuleSets.builtIn().forYear(year);
        Submission sample = IidJson.readSubmission(SAMPLE);

        Result explained = rules.evaluate(sample);
        Result scores = rules.evaluate(sample, EvaluationOptions.SCORES_ONLY);

        assertThat(scores.index()).isEqualTo(explained.index());
        assertThat(scores.predicate()).isEqualTo(explained.predicate());
        assertThat(scores.totals()).isEqualTo(explained.totals());
        assertThat(scores.requirement()).isEqualTo(explained.requirement());
        assertThat(scores.ruleSet()).isEqualTo(explained.ruleSet());
        assertThat(scores.assumptions()).isEqualTo(explained.assumptions());
        assertThat(explained.findings()).isNotEmpty();
        assertThat(scores.findings()).isEmpty();
        for (int r = 0; r < explained.spd().size(); r++) {
            SpdRowResult e = explained.spd().get(r);
            SpdRowResult s = scores.spd().get(r);
            assertThat(s).isEqualTo(new SpdRowResult(e.row(), e.key(), e.name(), null, e.level(), e.weight(), e.points(), null, e.by()));
        }
        for (int j = 0; j < explained.innovations().size(); j++) {
            InnovationResult e = explained.innovations().get(j);
            InnovationResult s = scores.innovations().get(j);
            assertThat(s.counts()).isEqualTo(e.counts());
            assertThat(s.points()).isEqualTo(e.points());
            assertThat(s.excludedBy()).isEqualTo(e.excludedBy());
            assertThat(s.reason()).isNull();
            for (int k = 0; k < e.indicators().size(); k++) {
                IndicatorResult ei = e.indicators().get(k);
                assertThat(s.indicators().get(k)).isEqualTo(new IndicatorResult(ei.indicator(), ei.key(), ei.name(), null,
                        ei.level(), ei.weight(), ei.points(), null, ei.by()));
            }
        }
    }

    @Test
    void theDefaultExplains() {
        RuleSet rules = RuleSets.builtIn().forYear(2022);
        Submission sample = IidJson.readSubmission(SAMPLE);

        assertThat(IidJson.write(rules.evaluate(sample, EvaluationOptions.EXPLAINED))).isEqualTo(IidJson.write(rules.evaluate(sample)));
    }
}
