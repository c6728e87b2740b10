package org.iidrules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.iidrules.RuleSets;
import org.iidrules.examples.synthetic.SyntheticNation;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java floor and the 2026 rule set agree on a smaller seeded nation (run.sh checks all 550
 * regions before it measures). A difference names the region, the figure and both values.
 */
class CrossCheckTest {

    @Test
    void floorAndRuleSetAgreeOnThirtyRegions() {
        SyntheticNation nation = new SyntheticNation(SyntheticNation.DEFAULT_SEED, 30, 70, 2026);

        CrossCheck.Report report = CrossCheck.run(nation, RuleSets.builtIn().forYear(2026));

        assertThat(report.examples()).isEmpty();
        assertThat(report.differences()).isZero();
        assertThat(report.innovations()).isEqualTo(30 * 70);
        // The nation is varied enough to exercise both sides of eligibility.
        assertThat(report.counting()).isBetween(report.innovations() / 3, report.innovations() - 1);
    }

    @Test
    void anotherSeedAndSmallRegionsAgreeToo() {
        SyntheticNation nation = new SyntheticNation(42, 40, 9, 2026);

        CrossCheck.Report report = CrossCheck.run(nation, RuleSets.builtIn().forYear(2026));

        assertThat(report.examples()).isEmpty();
        assertThat(report.differences()).isZero();
    }
}
