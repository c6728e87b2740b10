package org.iidrules.rules.y2022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.SpdFacts.AuditOpinion;
import org.iidrules.result.Result;
import org.iidrules.rules.support.SpdFactsMaker;
import org.iidrules.rules.support.SubmissionBuilder;
import org.iidrules.rules.support.YearLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 2022 predicate bands (A5): >= 60.01 Sangat Inovatif, >= 35.00 Inovatif, >= 0.01 Kurang
 * Inovatif, 0.00 Tidak Dapat Dinilai, applied to the IID rounded half-up to 2 decimals (A10).
 *
 * <p>Which IIDs are reachable: IID = 0.4 x TOTAL, TOTAL = SPD + sidSum / divisor + SJI. SPD moves in
 * steps of 0.25 (weights 1, 0.75, 1.5, 2), so SPD alone moves the IID in steps of 0.1 and reaches at
 * most 63 x 0.4 = 25.20: it can reach neither 35 nor 60, nor 0.01. With n >= 10 counting innovations
 * (divisor n, SJI 0.38n when met): IID x 100 = 40 SPD + 40 sidSum / n + 15.2 n. For n = 40:
 * IID = 0.4 SPD + sidSum / 100 + 6.08, so each SID point moves the IID by exactly 0.01 and every edge
 * is reachable exactly. For n = 80: IID = 0.4 SPD + sidSum / 200 + 12.16, which gives the exact
 * halfway values x.xx5 on which half-up rounding decides.
 */
class Bands2022Test {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2022);
    private static final SpdFacts SPD_63 = SpdFactsMaker.allAtLevel3().build();

    // ---- 60.00 / 60.01 ---------------------------------------------------------------------

    @Test
    void exactly6000IsInovatif() {
        // SPD 63, n 40 (met): TOTAL = 63 + 2872 / 40 + 0.38 x 40 = 63 + 71.8 + 15.2 = 150.0
        // IID = 150 / 250 x 100 = 60.00 < 60.01 -> Inovatif
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SPD_63, 40, 2872, true));
        assertThat(r.totals().spd()).isEqualByComparingTo("63");
        assertThat(r.totals().sidSum()).isEqualByComparingTo("2872");
        assertThat(r.totals().divisor()).isEqualTo(40);
        assertThat(r.totals().sji()).isEqualByComparingTo("15.2");
        assertThat(r.totals().total()).isEqualByComparingTo("150");
        assertThat(r.index()).isEqualByComparingTo("60.00");
        assertThat(r.predicate()).isEqualTo("Inovatif");
    }

    @Test
    void exactly6001IsSangatInovatif() {
        // TOTAL = 63 + 2873 / 40 + 15.2 = 63 + 71.825 + 15.2 = 150.025; IID = 150.025 x 0.4 = 60.01 exactly
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SPD_63, 40, 2873, true));
        assertThat(r.totals().sidSum()).isEqualByComparingTo("2873");
        assertThat(r.totals().total()).isEqualByComparingTo("150.025");
        assertThat(r.index()).isEqualByComparingTo("60.01");
        assertThat(r.predicate()).isEqualTo("Sangat Inovatif");
    }

    @Test
    void rawHalfwayBelow6001RoundsUpToSangatInovatif() {
        // n 80 (met): TOTAL = 63 + 4529 / 80 + 0.38 x 80 = 63 + 56.6125 + 30.4 = 150.0125
        // IID = 150.0125 x 0.4 = 60.005 -> half-up 60.01 -> Sangat Inovatif (A10: rounded before classifying)
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SPD_63, 80, 4529, true));
        assertThat(r.totals().sji()).isEqualByComparingTo("30.4");
        assertThat(r.totals().sidAverage()).isEqualByComparingTo("56.6125");
        assertThat(r.totals().total()).isEqualByComparingTo("150.0125");
        assertThat(r.index()).isEqualByComparingTo("60.01");
        assertThat(r.predicate()).isEqualTo("Sangat Inovatif");
    }

    @Test
    void oneSidPointLessAt80InnovationsIs6000() {
        // TOTAL = 63 + 4528 / 80 + 30.4 = 63 + 56.6 + 30.4 = 150.0 -> 60.00 -> Inovatif
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SPD_63, 80, 4528, true));
        assertThat(r.index()).isEqualByComparingTo("60.00");
        assertThat(r.predicate()).isEqualTo("Inovatif");
    }

    // ---- 35.00 / 34.99 ---------------------------------------------------------------------

    @Test
    void exactly3500IsInovatif() {
        // SPD 0, n 40 (met): TOTAL = 2892 / 40 + 15.2 = 72.3 + 15.2 = 87.5; IID = 87.5 x 0.4 = 35.00
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SpdFacts.NONE, 40, 2892, true));
        assertThat(r.totals().total()).isEqualByComparingTo("87.5");
        assertThat(r.index()).isEqualByComparingTo("35.00");
        assertThat(r.predicate()).isEqualTo("Inovatif");
    }

    @Test
    void exactly3499IsKurangInovatif() {
        // TOTAL = 2891 / 40 + 15.2 = 72.275 + 15.2 = 87.475; IID = 87.475 x 0.4 = 34.99
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SpdFacts.NONE, 40, 2891, true));
        assertThat(r.totals().total()).isEqualByComparingTo("87.475");
        assertThat(r.index()).isEqualByComparingTo("34.99");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    @Test
    void rawHalfwayBelow3500RoundsUpToInovatif() {
        // n 80 (met), SPD 0: TOTAL = 4567 / 80 + 30.4 = 57.0875 + 30.4 = 87.4875
        // IID = 87.4875 x 0.4 = 34.995 -> half-up 35.00 -> Inovatif
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SpdFacts.NONE, 80, 4567, true));
        assertThat(r.totals().total()).isEqualByComparingTo("87.4875");
        assertThat(r.index()).isEqualByComparingTo("35.00");
        assertThat(r.predicate()).isEqualTo("Inovatif");
    }

    @Test
    void justBelowTheHalfwayAt80InnovationsIs3499() {
        // TOTAL = 4566 / 80 + 30.4 = 57.075 + 30.4 = 87.475; IID = 34.99 -> Kurang Inovatif
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SpdFacts.NONE, 80, 4566, true));
        assertThat(r.index()).isEqualByComparingTo("34.99");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    // ---- 0.01 / 0.00 -------------------------------------------------------------------------

    @Test
    void exactly001IsKurangInovatif() {
        // n 40, all Lainnya: 0 of 6 basic services -> SJI 0 (A6); SPD 0
        // TOTAL = 1 / 40 = 0.025; IID = 0.025 x 0.4 = 0.01 -> Kurang Inovatif
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SpdFacts.NONE, 40, 1, false));
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
        assertThat(r.totals().total()).isEqualByComparingTo("0.025");
        assertThat(r.index()).isEqualByComparingTo("0.01");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    @Test
    void exactly000IsTidakDapatDinilai() {
        // the same 40 innovations scoring nothing: TOTAL 0, IID 0.00 -> Tidak Dapat Dinilai
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SpdFacts.NONE, 40, 0, false));
        assertThat(r.totals().total()).isEqualByComparingTo("0");
        assertThat(r.index()).isEqualByComparingTo("0.00");
        assertThat(r.predicate()).isEqualTo("Tidak Dapat Dinilai");
    }

    @Test
    void rawHalfwayAbove000RoundsUpTo001() {
        // n 80, SJI 0 (unmet), SPD 0: TOTAL = 1 / 80 = 0.0125; IID = 0.005 -> half-up 0.01 -> Kurang Inovatif
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SpdFacts.NONE, 80, 1, false));
        assertThat(r.index()).isEqualByComparingTo("0.01");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    @Test
    void belowHalfwayRoundsDownToTidakDapatDinilai() {
        // n 100, SJI 0: TOTAL = 1 / 100 = 0.01; IID = 0.004 -> 0.00 -> Tidak Dapat Dinilai
        Result r = RULES.evaluate(YearLevels.withInnovations(2022, SpdFacts.NONE, 100, 1, false));
        assertThat(r.totals().divisor()).isEqualTo(100);
        assertThat(r.index()).isEqualByComparingTo("0.00");
        assertThat(r.predicate()).isEqualTo("Tidak Dapat Dinilai");
    }

    // ---- SPD-only submissions (IID = SPD / 250 x 100) --------------------------------------

    @Test
    void nothingReportedIsTidakDapatDinilai() {
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022).build());
        assertThat(r.index()).isEqualByComparingTo("0.00");
        assertThat(r.predicate()).isEqualTo("Tidak Dapat Dinilai");
    }

    @Test
    void smallestSpdOnlyScoreIsKurangInovatif() {
        // the smallest SPD score: a weight-0.75 row at L1 = 0.75 (row 11b, IPM 60 <= 69.99 -> L1)
        // IID = 0.75 / 250 x 100 = 0.30 -> Kurang Inovatif
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022).spd(SpdFactsMaker.spd().ipm("60").build()).build());
        assertThat(r.totals().spd()).isEqualByComparingTo("0.75");
        assertThat(r.index()).isEqualByComparingTo("0.30");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    @Test
    void fullSpdAloneIs2520() {
        // SPD 63, nothing else: IID = 63 / 250 x 100 = 25.20 -> Kurang Inovatif
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022).spd(SPD_63).build());
        assertThat(r.totals().spd()).isEqualByComparingTo("63");
        assertThat(r.spd()).allSatisfy(row -> assertThat(row.level()).isEqualTo(3));
        assertThat(r.index()).isEqualByComparingTo("25.20");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    @Test
    void spdOnlyIndexIsSpdTimesFourTenths() {
        // row 8 WTP 1.5 x 3 = 4.5 -> IID = 4.5 x 0.4 = 1.80
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .spd(SpdFactsMaker.spd().auditOpinion(AuditOpinion.WTP).build()).build());
        assertThat(r.index()).isEqualByComparingTo("1.80");
    }

    // ---- the fixture itself ------------------------------------------------------------------

    @ParameterizedTest(name = "an innovation built to score {0} scores {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 7, 24, 56, 57, 71, 72, 87, 88, 110, 111})
    void fixtureInnovationScoresWhatItWasBuiltFor(int points) {
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .innovation(YearLevels.scoring(innovation("X", 2022), points, 2022)).build());
        assertThat(r.innovation("X").points()).isEqualByComparingTo(String.valueOf(points));
    }
}
