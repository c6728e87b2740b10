package org.iidrules.rules.y2022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.model.Innovation;
import org.iidrules.model.SpdFacts.AuditOpinion;
import org.iidrules.model.Stage;
import org.iidrules.model.Urusan;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.Result;
import org.iidrules.result.Totals;
import org.iidrules.rules.support.SpdFactsMaker;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 2022 formula (README.md): SID = sidSum / MAX(10, n) + SJI (A3), SJI = 0.38 x MIN(n, 200) (A4),
 * SJI = 0 when fewer than 2 of the 6 basic-service urusan are the main urusan of a counting
 * innovation (SEED22, A6), TOTAL = SPD + SID, IID = TOTAL / 250 x 100 half-up to 2 decimals.
 *
 * <p>Innovations here score with one indicator, 17 sdm 31 staff -> L3, 2 x 3 = 6 points, unless said otherwise.
 */
class Formula2022Test {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2022);

    @Test
    void divisorFloorWithThreeInnovations() {
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .innovation(innovation("A", 2022).mainUrusan(Urusan.PENDIDIKAN).sdm(31))
                .innovation(innovation("B", 2022).mainUrusan(Urusan.KESEHATAN).sdm(31))
                .innovation(innovation("C", 2022).mainUrusan(Urusan.LAINNYA).sdm(31))
                .build());
        Totals t = r.totals();
        // sidSum = 3 x 6 = 18; n = 3; divisor = MAX(10, 3) = 10 (not 3)
        assertThat(t.sidSum()).isEqualByComparingTo("18");
        assertThat(t.n()).isEqualTo(3);
        assertThat(t.minimumDivisor()).isEqualTo(10);
        assertThat(t.divisor()).isEqualTo(10);
        // 18 / 10 = 1.8
        assertThat(t.sidAverage()).isEqualByComparingTo("1.8");
        // Pendidikan + Kesehatan = 2 of 6: met; SJI = 0.38 x 3 = 1.14
        assertThat(r.requirement().met()).isTrue();
        assertThat(t.sji()).isEqualByComparingTo("1.14");
        // SID = 1.8 + 1.14 = 2.94; SPD 0; TOTAL = 2.94
        assertThat(t.sid()).isEqualByComparingTo("2.94");
        assertThat(t.total()).isEqualByComparingTo("2.94");
        // IID = 2.94 / 250 x 100 = 1.176 -> 1.18
        assertThat(r.index()).isEqualByComparingTo("1.18");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    @Test
    void twelveInnovationsDivideByTwelve() {
        SubmissionBuilder s = SubmissionBuilder.submission(2022);
        for (int k = 0; k < 12; k++) {
            s.innovation(innovation("I" + k, 2022).sdm(31)
                    .mainUrusan(k == 0 ? Urusan.PENDIDIKAN : k == 1 ? Urusan.KESEHATAN : Urusan.LAINNYA));
        }
        Result r = RULES.evaluate(s.build());
        Totals t = r.totals();
        // sidSum = 12 x 6 = 72; n = 12; divisor = MAX(10, 12) = 12
        assertThat(t.sidSum()).isEqualByComparingTo("72");
        assertThat(t.n()).isEqualTo(12);
        assertThat(t.divisor()).isEqualTo(12);
        // 72 / 12 = 6
        assertThat(t.sidAverage()).isEqualByComparingTo("6");
        // SJI = 0.38 x 12 = 4.56
        assertThat(t.sji()).isEqualByComparingTo("4.56");
        // TOTAL = 0 + 6 + 4.56 = 10.56; IID = 10.56 x 0.4 = 4.224 -> 4.22
        assertThat(t.total()).isEqualByComparingTo("10.56");
        assertThat(r.index()).isEqualByComparingTo("4.22");
    }

    static Stream<Arguments> divisors() {
        return Stream.of(
                Arguments.of(0, 10),   // MAX(10, 0)
                Arguments.of(1, 10),   // MAX(10, 1)
                Arguments.of(9, 10),   // MAX(10, 9)
                Arguments.of(10, 10),  // MAX(10, 10)
                Arguments.of(11, 11),  // MAX(10, 11)
                Arguments.of(12, 12)); // MAX(10, 12)
    }

    @ParameterizedTest(name = "n = {0} -> divisor {1}")
    @MethodSource("divisors")
    void divisorIsMaxOfTenAndN(int n, int divisor) {
        SubmissionBuilder s = SubmissionBuilder.submission(2022);
        for (int k = 0; k < n; k++) {
            s.innovation(innovation("I" + k, 2022).sdm(31));
        }
        Totals t = RULES.evaluate(s.build()).totals();
        assertThat(t.n()).isEqualTo(n);
        assertThat(t.divisor()).isEqualTo(divisor);
        // sidSum = 6n
        assertThat(t.sidSum()).isEqualByComparingTo(String.valueOf(6 * n));
    }

    static Stream<Arguments> sjiWhenMet() {
        return Stream.of(
                Arguments.of(2, "0.76"),    // 0.38 x 2
                Arguments.of(5, "1.90"),    // 0.38 x 5
                Arguments.of(10, "3.80"),   // 0.38 x 10
                Arguments.of(25, "9.50"));  // 0.38 x 25
    }

    @ParameterizedTest(name = "n = {0}, requirement met -> SJI {1}")
    @MethodSource("sjiWhenMet")
    void sjiIs038TimesN(int n, String sji) {
        // innovations without indicators: 0 points each, so TOTAL = SJI
        SubmissionBuilder s = SubmissionBuilder.submission(2022);
        for (int k = 0; k < n; k++) {
            s.innovation(innovation("I" + k, 2022)
                    .mainUrusan(k == 0 ? Urusan.PENDIDIKAN : k == 1 ? Urusan.KESEHATAN : Urusan.LAINNYA));
        }
        Result r = RULES.evaluate(s.build());
        assertThat(r.requirement().met()).isTrue();
        assertThat(r.totals().sji()).isEqualByComparingTo(sji);
        assertThat(r.totals().total()).isEqualByComparingTo(sji);
    }

    @Test
    void requirementUnmetZeroesSjiOnly() {
        // SPD row 8 WTP -> L3, 1.5 x 3 = 4.5. Three innovations, all Pendidikan: 1 of 6 basic services < 2
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .spd(SpdFactsMaker.spd().auditOpinion(AuditOpinion.WTP).build())
                .innovation(innovation("A", 2022).mainUrusan(Urusan.PENDIDIKAN).sdm(31))
                .innovation(innovation("B", 2022).mainUrusan(Urusan.PENDIDIKAN).sdm(31))
                .innovation(innovation("C", 2022).mainUrusan(Urusan.PENDIDIKAN).sdm(31))
                .build());
        assertThat(r.requirement().covered()).containsExactly("Pendidikan");
        assertThat(r.requirement().coveredCount()).isEqualTo(1);
        assertThat(r.requirement().needed()).isEqualTo(2);
        assertThat(r.requirement().met()).isFalse();
        assertThat(r.requirement().assumptions()).contains("A6");
        assertThat(r.findings()).extracting(Finding::kind).contains(Kind.REQUIREMENT_UNMET);
        Totals t = r.totals();
        // SJI = 0 (A6) instead of 0.38 x 3 = 1.14
        assertThat(t.sji()).isEqualByComparingTo("0");
        // the region keeps the rest: SPD 4.5, sidSum 18, n 3, 18 / 10 = 1.8
        assertThat(t.spd()).isEqualByComparingTo("4.5");
        assertThat(t.sidSum()).isEqualByComparingTo("18");
        assertThat(t.n()).isEqualTo(3);
        assertThat(t.sidAverage()).isEqualByComparingTo("1.8");
        // TOTAL = 4.5 + 1.8 + 0 = 6.3; IID = 6.3 x 0.4 = 2.52 (not 0.00: no Tidak Dapat Dinilai, A6)
        assertThat(t.total()).isEqualByComparingTo("6.3");
        assertThat(r.index()).isEqualByComparingTo("2.52");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    @Test
    void noCountingInnovationMeansRequirementUnmet() {
        // nothing at all: 0 of 6 covered -> unmet; everything 0 -> IID 0.00, Tidak Dapat Dinilai
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022).build());
        assertThat(r.requirement().coveredCount()).isZero();
        assertThat(r.requirement().met()).isFalse();
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
        assertThat(r.index()).isEqualByComparingTo("0.00");
        assertThat(r.predicate()).isEqualTo("Tidak Dapat Dinilai");
    }

    @Test
    void uncountedInnovationsDoNotCoverAnUrusan() {
        // A Pendidikan counts. Kesehatan only through innovations that do not count:
        // B at stage INISIATIF (A11), C applied 2019-06-01, before the 2020-2021 window (A12).
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .innovation(innovation("A", 2022).mainUrusan(Urusan.PENDIDIKAN).sdm(31))
                .innovation(innovation("B", 2022).mainUrusan(Urusan.KESEHATAN).stage(Stage.INISIATIF).sdm(31))
                .innovation(innovation("C", 2022).mainUrusan(Urusan.KESEHATAN).applicationDate(LocalDate.of(2019, 6, 1)).sdm(31))
                .build());
        assertThat(r.innovation("B").counts()).isFalse();
        assertThat(r.innovation("C").counts()).isFalse();
        // covered: Pendidikan only = 1 of 6 < 2 -> unmet, SJI 0
        assertThat(r.requirement().covered()).containsExactly("Pendidikan");
        assertThat(r.requirement().met()).isFalse();
        assertThat(r.totals().n()).isEqualTo(1);
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
        // sidSum = A's 6 only; TOTAL = 6 / 10 = 0.6; IID = 0.24
        assertThat(r.totals().sidSum()).isEqualByComparingTo("6");
        assertThat(r.index()).isEqualByComparingTo("0.24");
    }

    @Test
    void aCountingKesehatanInnovationMeetsTheRequirement() {
        // the counterpart of the test above: a Kesehatan innovation that counts -> 2 of 6, met
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .innovation(innovation("A", 2022).mainUrusan(Urusan.PENDIDIKAN).sdm(31))
                .innovation(innovation("B", 2022).mainUrusan(Urusan.KESEHATAN).sdm(31))
                .build());
        assertThat(r.requirement().met()).isTrue();
        // SJI = 0.38 x 2 = 0.76; TOTAL = 12 / 10 + 0.76 = 1.96; IID = 0.784 -> 0.78
        assertThat(r.totals().sji()).isEqualByComparingTo("0.76");
        assertThat(r.index()).isEqualByComparingTo("0.78");
    }

    @Test
    void onlyTheMainUrusanCovers() {
        // A: main Pendidikan. B: main Lainnya, with Kesehatan among its other urusan: does not cover it.
        Innovation b = innovation("B", 2022).sdm(31).build();
        Innovation withOther = new Innovation(b.id(), b.name(), b.stage(), b.initiator(), b.jenis(), b.bentuk(),
                Urusan.LAINNYA, Set.of(Urusan.KESEHATAN, Urusan.SOSIAL), b.trialDate(), b.applicationDate(),
                b.latestDevelopmentDate(), b.rancangBangunWords(), b.indicators());
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .innovation(innovation("A", 2022).mainUrusan(Urusan.PENDIDIKAN).sdm(31))
                .innovation(withOther)
                .build());
        assertThat(r.totals().n()).isEqualTo(2);
        assertThat(r.requirement().coveredCount()).isEqualTo(1);
        assertThat(r.requirement().met()).isFalse();
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
    }

    @Test
    void twoInnovationsOfOneUrusanCoverItOnce() {
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .innovation(innovation("A", 2022).mainUrusan(Urusan.SOSIAL))
                .innovation(innovation("B", 2022).mainUrusan(Urusan.SOSIAL))
                .build());
        // Sosial twice = 1 of 6 -> unmet
        assertThat(r.requirement().coveredCount()).isEqualTo(1);
        assertThat(r.requirement().met()).isFalse();
    }

    @Test
    void sjiIsCappedAt200Innovations() {
        // 201 counting innovations without indicators (0 points each); two basic urusan -> met
        SubmissionBuilder s = SubmissionBuilder.submission(2022);
        for (int k = 0; k < 201; k++) {
            s.innovation(innovation(String.format("I%03d", k), 2022)
                    .mainUrusan(k % 2 == 0 ? Urusan.PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN : Urusan.SOSIAL));
        }
        Result r = RULES.evaluate(s.build());
        Totals t = r.totals();
        assertThat(t.n()).isEqualTo(201);
        assertThat(t.divisor()).isEqualTo(201);
        assertThat(r.requirement().met()).isTrue();
        // SJI = 0.38 x MIN(201, 200) = 0.38 x 200 = 76.00 (not 76.38)
        assertThat(t.sji()).isEqualByComparingTo("76.00");
        // TOTAL = 0 + 0 / 201 + 76 = 76; IID = 76 / 250 x 100 = 30.40 -> Kurang Inovatif
        assertThat(t.total()).isEqualByComparingTo("76");
        assertThat(r.index()).isEqualByComparingTo("30.40");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    @Test
    void sjiBelowTheCap() {
        // 199 counting innovations: SJI = 0.38 x 199 = 75.62
        SubmissionBuilder s = SubmissionBuilder.submission(2022);
        for (int k = 0; k < 199; k++) {
            s.innovation(innovation(String.format("I%03d", k), 2022)
                    .mainUrusan(k % 2 == 0 ? Urusan.PENDIDIKAN : Urusan.KESEHATAN));
        }
        assertThat(RULES.evaluate(s.build()).totals().sji()).isEqualByComparingTo("75.62");
    }
}
