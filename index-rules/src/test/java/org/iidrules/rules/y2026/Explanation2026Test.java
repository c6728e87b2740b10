package org.iidrules.rules.y2026;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.iidrules.Language;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.explain.Explanation;
import org.iidrules.explain.Formula;
import org.iidrules.explain.InnovationExplanation;
import org.iidrules.explain.RuleRef;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Under 2026 (manifest: divisor 12, SJI 0.38 x MIN(n, 200), 5 of 6 basic services, bands 65.01 / 40.01 /
 * 0.01, mandatory indicators 16, 17, 32, 33, 35 under A15), two innovations of main urusan Lainnya:
 * <pre>
 * M  the five mandatory indicators at level 1 (V2026 weights 3, 2, 2, 3, 4): 3 + 2 + 2 + 3 + 4 = 14, counts
 * E  the same without a video: 35 scores 0, so E does not count (A15), a decision of the manifest
 * SPD not reported: 0.  sidSum 14, n = 1, divisor = MAX(12, 1) = 12, SID average 14 / 12 = 1.1667
 * basic services covered 0 of 6, 5 needed: not met, SJI = 0 (met it would be 0.38 x 1 = 0.38)
 * total = 0 + 1.1667 + 0;  IID = (14 / 12) / 250 x 100 = 0.4667 -> 0.47, Kurang Inovatif (0.01 up to 40.01)
 * </pre>
 */
class Explanation2026Test {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2026);
    private static Explanation explanation;

    @BeforeAll
    static void explain() {
        InnovationBuilder withoutVideo = InnovationBuilder.innovation("E", 2026);
        for (String key : V2026Levels.MANDATORY) {
            if (!key.equals("video")) {
                V2026Levels.set(withoutVideo, key, 1);
            }
        }
        explanation = Explanation.of(SubmissionBuilder.submission(2026)
                .innovation(V2026Levels.minimal("M"))
                .innovation(withoutVideo)
                .build(), RULES);
    }

    @Test
    void theFormulaUsesThe2026Parameters() {
        Formula f = explanation.formula();
        assertThat(f.sidSum()).isEqualByComparingTo("14");
        assertThat(f.minimumDivisor()).isEqualTo(12);
        assertThat(f.divisor()).isEqualTo(12);
        assertThat(f.sji()).isEqualByComparingTo("0");
        assertThat(f.index()).isEqualByComparingTo("0.47");
        assertThat(f.band()).isEqualTo(new Formula.Band("Kurang Inovatif", new BigDecimal("0.01"), new BigDecimal("40.01")));
        assertThat(f.divisorBasis().source()).isEqualTo("SIMONDA-IGA");
        assertThat(explanation.text(Language.EN))
                .contains("Divisor = MAX(d, n) = MAX(12, 1) = 12: d = 12 is this year's minimum divisor (source SIMONDA-IGA)")
                .contains("SJI = 0 because the basic-service requirement is not met (source SIMONDA-IGA); met, it would be"
                        + " 0.38 x MIN(n, 200) = 0.38 x 1 = 0.38")
                .contains("cover 0 of the 6 basic services (none); 5 are needed (source SIMONDA-IGA): not met, so SJI = 0");
    }

    @Test
    void anInnovationLeftOutByTheMandatoryIndicatorsCitesTheManifest() {
        InnovationExplanation e = explanation.innovation("E");
        assertThat(e.counts()).isFalse();
        assertThat(e.reason()).isEqualTo("mandatory indicators score 0: 35 video (not reported) (SIMONDA-IGA, A15)");
        RuleRef by = e.excludedBy();
        assertThat(by.name()).isEqualTo("manifest: eligibility.mandatoryIndicators");
        assertThat(by.file()).isNull();
        assertThat(by.condition()).isNull();
        assertThat(by.source()).isEqualTo("SIMONDA-IGA");
        assertThat(by.assumptions()).containsExactly("A15");
        assertThat(explanation.text(Language.EN))
                .contains("rule \"manifest: eligibility.mandatoryIndicators\" at the year's manifest (source SIMONDA-IGA; assumptions A15)");
        assertThat(explanation.text(Language.ID))
                .contains("aturan \"manifest: eligibility.mandatoryIndicators\" di manifest tahun ini (sumber SIMONDA-IGA; asumsi A15)");
    }

    @Test
    void aCountedInnovationsPointsAreItsMandatoryIndicators() {
        // M: 16 regulasi at level 1 of 3, 3 x 1 = 3; its level 2 adds 3 x 1 = 3
        InnovationExplanation m = explanation.innovation("M");
        assertThat(m.points()).isEqualByComparingTo("14");
        var regulasi = m.indicators().get(0);
        assertThat(regulasi.number()).isEqualTo("16");
        assertThat(regulasi.level()).isEqualTo(1);
        assertThat(regulasi.points()).isEqualByComparingTo("3");
        assertThat(regulasi.rule().file()).isEqualTo("catalogues/sid-v2026.drl");
        assertThat(regulasi.next().level()).isEqualTo(2);
        assertThat(regulasi.next().pointsAdded()).isEqualByComparingTo("3");

        // 33 kemanfaatan has six alternative bases (a)..(f) in sid-v2026.drl, each with its own level-2 rule:
        // any one of them raises it; weight 3 (sid-v2026.yaml) x 1 = 3
        var kemanfaatan = m.indicators().stream().filter(p -> p.number().equals("33")).findFirst().orElseThrow();
        assertThat(kemanfaatan.level()).isEqualTo(1);
        assertThat(kemanfaatan.next().rules()).hasSize(6).extracting(RuleRef::name)
                .contains("V2026 33 kemanfaatan (a) L2: 201 beneficiaries or more", "V2026 33 kemanfaatan (f) L2: 2 periods of positive trend");
        assertThat(kemanfaatan.next().pointsAdded()).isEqualByComparingTo("3");
        assertThat(explanation.text(Language.EN)).contains("next: level 2 would add 3 x 1 = 3 points; it needs any one of these rules:");
    }
}
