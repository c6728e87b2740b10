package org.iidrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.iidrules.RuleSets;
import org.iidrules.result.Result;
import org.junit.jupiter.api.Test;

/** The README's embedding example, kept honest. */
class EmbeddingExampleTest {

    @Test
    void scoresTheSubmissionBuiltInCode() {
        Result result = RuleSets.builtIn().forYear(2022).evaluate(EmbeddingExample.kotaPontianak());
        // V2023: 16 regulasi Perkada -> L3, weight 3 -> 9; 17 sdm 12 staff -> L2 (11-30), weight 2 -> 4;
        // 33 kemanfaatan 350 persons -> L3 (>= 201), weight 3 -> 9. Innovation = 22; n = 1; divisor MAX(10, 1) = 10.
        // Requirement 2022: only Pendidikan covered, 1 of 2 needed -> unmet -> SJI = 0 (A6). SPD empty = 0.
        // TOTAL = 0 + 22 / 10 + 0 = 2.2; IID = 2.2 / 250 x 100 = 0.88 -> Kurang Inovatif (0.01 <= 0.88 < 35.00).
        assertThat(result.innovation("PTK-01").points()).isEqualByComparingTo("22");
        assertThat(result.requirement().met()).isFalse();
        assertThat(result.totals().sji()).isEqualByComparingTo("0");
        assertThat(result.index()).isEqualByComparingTo("0.88");
        assertThat(result.predicate()).isEqualTo("Kurang Inovatif");
    }
}
