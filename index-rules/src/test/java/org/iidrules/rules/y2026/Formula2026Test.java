package org.iidrules.rules.y2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iidrules.model.Urusan.KESEHATAN;
import static org.iidrules.model.Urusan.KETENTERAMAN_KETERTIBAN_UMUM_DAN_PERLINDUNGAN_MASYARAKAT;
import static org.iidrules.model.Urusan.LAINNYA;
import static org.iidrules.model.Urusan.PEKERJAAN_UMUM_DAN_PENATAAN_RUANG;
import static org.iidrules.model.Urusan.PENDIDIKAN;
import static org.iidrules.model.Urusan.PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN;
import static org.iidrules.model.Urusan.SOSIAL;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.model.Innovation;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.Result;
import org.iidrules.result.Totals;
import org.iidrules.rules.support.SpdFactsMaker;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 2026 formula (README.md): TOTAL = SPD + sidSum / MAX(12, n) + SJI, SJI = 0.38 × MIN(n, 200)
 * when at least 5 of the 6 basic services are covered (else 0), IID = TOTAL / 250 × 100 rounded
 * half-up to 2 decimals once, bands 65.01 / 40.01 / 0.01 / 0.00.
 *
 * <p>Innovations here are described by their points ({@link V2026Levels#scoring}); each scores what
 * it says, which {@link #theFixtureScoresWhatItSays} checks.
 *
 * <p>Useful identity: with divisor 12, IID = (12 × (SPD + SJI) + sidSum) / 30, and 12 × 0.38 = 4.56.
 */
class Formula2026Test {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2026);

    /** The six basic services, in enum order, then some non-basic urusan. */
    private static final List<Urusan> FIVE_BASIC = List.of(PENDIDIKAN, KESEHATAN, PEKERJAAN_UMUM_DAN_PENATAAN_RUANG,
            PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN, SOSIAL);

    @Test
    void theFixtureScoresWhatItSays() {
        SubmissionBuilder s = SubmissionBuilder.submission(2026);
        for (int p = 14; p <= 111; p++) {
            s.innovation(V2026Levels.scoring("P" + p, p, LAINNYA));
        }
        Result r = RULES.evaluate(s.build());
        for (int p = 14; p <= 111; p++) {
            assertThat(r.innovation("P" + p).points()).as("P%d", p).isEqualByComparingTo(BigDecimal.valueOf(p));
            assertThat(r.innovation("P" + p).counts()).as("P%d counts", p).isTrue();
        }
    }

    // ---- divisor ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} innovations of 14 points -> divisor {1}, IID {3}")
    @CsvSource({
            // n, divisor, sidAverage, index    (no SPD; all LAINNYA, so SJI = 0)
            " 1, 12, 1.1667,  0.47",   // 14 / 12 = 1.16667;   IID = 14 / 30 = 0.4667 → 0.47
            " 5, 12, 5.8333,  2.33",   // 70 / 12 = 5.83333;   IID = 70 / 30 = 2.3333 → 2.33
            "11, 12, 12.8333, 5.13",   // 154 / 12 = 12.8333;  IID = 154 / 30 = 5.1333 → 5.13
            "12, 12, 14.0000, 5.60",   // 168 / 12 = 14;       IID = 14 / 250 × 100 = 5.60
            "13, 13, 14.0000, 5.60",   // 182 / 13 = 14:       the divisor follows n from 13 on
            "20, 20, 14.0000, 5.60",   // 280 / 20 = 14
    })
    void divisorIsTwelveOrN(int n, int divisor, String sidAverage, String index) {
        SubmissionBuilder s = SubmissionBuilder.submission(2026);
        for (int k = 0; k < n; k++) {
            s.innovation(V2026Levels.minimal("M" + k));   // 14 points each
        }
        Result r = RULES.evaluate(s.build());
        Totals t = r.totals();
        assertThat(t.n()).isEqualTo(n);
        assertThat(t.sidSum()).isEqualByComparingTo(BigDecimal.valueOf(14L * n));
        assertThat(t.minimumDivisor()).isEqualTo(12);
        assertThat(t.divisor()).isEqualTo(divisor);
        assertThat(t.sidAverage()).isEqualByComparingTo(sidAverage);
        assertThat(t.sji()).isEqualByComparingTo("0");
        assertThat(t.total()).isEqualByComparingTo(sidAverage);
        assertThat(r.index()).isEqualByComparingTo(index);
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    // ---- the basic-service requirement ---------------------------------------------------------

    @Test
    void fiveOfSixBasicServicesMeetTheRequirement() {
        // 5 innovations of 14 points, one per basic service but Trantibum.
        // sidSum 70, divisor 12, SJI = 0.38 × 5 = 1.90
        // TOTAL = 70/12 + 1.90 = 5.8333… + 1.90 = 7.7333…; IID = (12 × 1.90 + 70) / 30 = 92.8 / 30 = 3.0933 → 3.09
        Result r = RULES.evaluate(withUrusan(FIVE_BASIC));
        assertThat(r.requirement().coveredCount()).isEqualTo(5);
        assertThat(r.requirement().needed()).isEqualTo(5);
        assertThat(r.requirement().met()).isTrue();
        assertThat(r.requirement().consequence()).isEqualTo("none");
        assertThat(r.requirement().source()).isEqualTo("SIMONDA-IGA");
        assertThat(r.totals().sji()).isEqualByComparingTo("1.90");
        assertThat(r.totals().sid()).isEqualByComparingTo("7.7333");
        assertThat(r.totals().total()).isEqualByComparingTo("7.7333");
        assertThat(r.index()).isEqualByComparingTo("3.09");
        assertThat(r.findings()).extracting(Finding::kind).doesNotContain(Kind.REQUIREMENT_UNMET);
    }

    @Test
    void sixOfSixMeetTheRequirementToo() {
        List<Urusan> six = List.of(PENDIDIKAN, KESEHATAN, PEKERJAAN_UMUM_DAN_PENATAAN_RUANG,
                PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN, KETENTERAMAN_KETERTIBAN_UMUM_DAN_PERLINDUNGAN_MASYARAKAT, SOSIAL);
        Result r = RULES.evaluate(withUrusan(six));
        assertThat(r.requirement().coveredCount()).isEqualTo(6);
        assertThat(r.requirement().met()).isTrue();
        assertThat(r.totals().sji()).isEqualByComparingTo("2.28");   // 0.38 × 6
    }

    @Test
    void fourOfSixLeaveTheRequirementUnmetAndSjiZero() {
        // 4 basic services + LAINNYA: still 5 innovations, sidSum 70, divisor 12, but SJI = 0.
        // IID = 70 / 30 = 2.3333 → 2.33
        Result r = RULES.evaluate(withUrusan(List.of(PENDIDIKAN, KESEHATAN, PEKERJAAN_UMUM_DAN_PENATAAN_RUANG,
                PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN, LAINNYA)));
        assertThat(r.totals().n()).isEqualTo(5);
        assertThat(r.requirement().covered()).containsExactly("Pendidikan", "Kesehatan",
                "Pekerjaan Umum dan Penataan Ruang", "Perumahan Rakyat dan Kawasan Permukiman");
        assertThat(r.requirement().coveredCount()).isEqualTo(4);
        assertThat(r.requirement().needed()).isEqualTo(5);
        assertThat(r.requirement().met()).isFalse();
        assertThat(r.requirement().consequence()).isEqualTo("SJI = 0 (SIMONDA-IGA)");
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
        assertThat(r.totals().total()).isEqualByComparingTo("5.8333");
        assertThat(r.index()).isEqualByComparingTo("2.33");
        assertThat(r.findings()).filteredOn(f -> f.kind() == Kind.REQUIREMENT_UNMET)
                .extracting(Finding::path, Finding::message)
                .containsExactly(tuple("$.innovations", r.requirement().statement() + ": SJI = 0 (SIMONDA-IGA)"));
        assertThat(r.requirement().statement()).contains("5 of 6 needed, not met");
    }

    @Test
    void repeatedUrusanCountOnce() {
        // Seven innovations, but only 4 distinct basic services.
        Result r = RULES.evaluate(withUrusan(List.of(PENDIDIKAN, PENDIDIKAN, KESEHATAN, KESEHATAN,
                PEKERJAAN_UMUM_DAN_PENATAAN_RUANG, SOSIAL, SOSIAL)));
        assertThat(r.totals().n()).isEqualTo(7);
        assertThat(r.requirement().coveredCount()).isEqualTo(4);
        assertThat(r.requirement().met()).isFalse();
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
    }

    @Test
    void onlyTheMainUrusanOfCountingInnovationsCovers() {
        // Five basic services as main urusan, but the Sosial one is excluded (299 words), and the
        // Perkim one names Trantibum and Sosial as other urusan only: 4 covered.
        SubmissionBuilder s = SubmissionBuilder.submission(2026);
        s.innovation(V2026Levels.minimal("B1").mainUrusan(PENDIDIKAN));
        s.innovation(V2026Levels.minimal("B2").mainUrusan(KESEHATAN));
        s.innovation(V2026Levels.minimal("B3").mainUrusan(PEKERJAAN_UMUM_DAN_PENATAAN_RUANG));
        Innovation perkim = V2026Levels.minimal("B4").mainUrusan(PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN).build();
        s.innovation(new Innovation(perkim.id(), perkim.name(), perkim.stage(), perkim.initiator(), perkim.jenis(),
                perkim.bentuk(), perkim.mainUrusan(), Set.of(KETENTERAMAN_KETERTIBAN_UMUM_DAN_PERLINDUNGAN_MASYARAKAT, SOSIAL),
                perkim.trialDate(), perkim.applicationDate(), perkim.latestDevelopmentDate(), perkim.rancangBangunWords(),
                perkim.indicators()));
        s.innovation(V2026Levels.minimal("B5").mainUrusan(SOSIAL).rancangBangunWords(299));
        Result r = RULES.evaluate(s.build());
        assertThat(r.totals().n()).isEqualTo(4);
        assertThat(r.requirement().covered()).containsExactly("Pendidikan", "Kesehatan",
                "Pekerjaan Umum dan Penataan Ruang", "Perumahan Rakyat dan Kawasan Permukiman");
        assertThat(r.requirement().met()).isFalse();
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
    }

    @Test
    void sjiIsCappedAt200Innovations() {
        // 201 innovations of 14 points, 5 basic services among them.
        // sidSum = 2814, divisor = 201, sidAverage = 14; SJI = 0.38 × MIN(201, 200) = 76.00
        // TOTAL = 14 + 76 = 90; IID = 90 / 250 × 100 = 36.00
        SubmissionBuilder s = SubmissionBuilder.submission(2026);
        for (int k = 0; k < 201; k++) {
            s.innovation(V2026Levels.minimal("M" + k).mainUrusan(k < 5 ? FIVE_BASIC.get(k) : LAINNYA));
        }
        Result r = RULES.evaluate(s.build());
        assertThat(r.totals().n()).isEqualTo(201);
        assertThat(r.totals().divisor()).isEqualTo(201);
        assertThat(r.totals().sidAverage()).isEqualByComparingTo("14");
        assertThat(r.totals().sji()).isEqualByComparingTo("76.00");
        assertThat(r.totals().total()).isEqualByComparingTo("90");
        assertThat(r.index()).isEqualByComparingTo("36.00");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    // ---- predicate bands -----------------------------------------------------------------------
    //
    // SPD alone reaches at most 63 / 250 × 100 = 25.20, so every edge needs innovations. With
    // divisor 12, IID = (12 × (SPD + SJI) + sidSum) / 30, where 12 × SPD is a whole number (SPD
    // is a multiple of 0.25) and 12 × SJI = 4.56 n. Without SJI the index is a multiple of 1/30,
    // so 65.00 and 40.00 are reached exactly but 65.01 and 40.01 are not (the next values are
    // 65.03 and 40.03). With SJI, 4.56 n adds a fraction: n = 11 gives .16 and n = 6 gives .36,
    // which land on 65.01 and 40.01 after the single half-up rounding (A10). Each edge below is
    // therefore the reachable value that the rounded index takes, worked out exactly.

    @Test
    void exactly65point00IsInovatif() {
        // SPD 63 (every row at L3); 11 innovations: 10 × 111 + 84 = 1194; all LAINNYA → SJI 0.
        // divisor 12: TOTAL = 63 + 1194/12 = 63 + 99.5 = 162.5; IID = 162.5 / 250 × 100 = 65.00 exactly.
        Result r = RULES.evaluate(region(SpdFactsMaker.allAtLevel3().build(),
                points(111, 111, 111, 111, 111, 111, 111, 111, 111, 111, 84), List.of()));
        assertThat(r.totals().spd()).isEqualByComparingTo("63");
        assertThat(r.totals().sidSum()).isEqualByComparingTo("1194");
        assertThat(r.totals().divisor()).isEqualTo(12);
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
        assertThat(r.totals().total()).isEqualByComparingTo("162.5");
        assertThat(r.index()).isEqualByComparingTo("65.00");
        assertThat(r.predicate()).isEqualTo("Inovatif");
    }

    @Test
    void index65point01IsSangatInovatif() {
        // SPD 63; 11 innovations: 10 × 111 + 34 = 1144; 5 basic services → SJI = 0.38 × 11 = 4.18.
        // divisor 12: TOTAL = 63 + 4.18 + 1144/12 = 67.18 + 95.3333… = 162.51333…
        // IID = 162.51333… / 2.5 = 65.005333… → 65.01 (half-up, once) → Sangat Inovatif.
        // (Check with the identity: (12 × 67.18 + 1144) / 30 = (806.16 + 1144) / 30 = 1950.16 / 30.)
        Result r = RULES.evaluate(region(SpdFactsMaker.allAtLevel3().build(),
                points(111, 111, 111, 111, 111, 111, 111, 111, 111, 111, 34), FIVE_BASIC));
        assertThat(r.totals().sidSum()).isEqualByComparingTo("1144");
        assertThat(r.totals().n()).isEqualTo(11);
        assertThat(r.totals().sji()).isEqualByComparingTo("4.18");
        assertThat(r.totals().sidAverage()).isEqualByComparingTo("95.3333");
        assertThat(r.totals().total()).isEqualByComparingTo("162.5133");
        assertThat(r.index()).isEqualByComparingTo("65.01");
        assertThat(r.predicate()).isEqualTo("Sangat Inovatif");
    }

    @Test
    void exactly40point00IsKurangInovatif() {
        // SPD 63; 4 innovations of 111 = 444; all LAINNYA → SJI 0; divisor MAX(12, 4) = 12.
        // TOTAL = 63 + 444/12 = 63 + 37 = 100; IID = 100 / 250 × 100 = 40.00 exactly, below 40.01.
        Result r = RULES.evaluate(region(SpdFactsMaker.allAtLevel3().build(), points(111, 111, 111, 111), List.of()));
        assertThat(r.totals().sidAverage()).isEqualByComparingTo("37");
        assertThat(r.totals().total()).isEqualByComparingTo("100");
        assertThat(r.index()).isEqualByComparingTo("40.00");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    @Test
    void index40point01IsInovatif() {
        // SPD 63; 6 innovations 69 + 69 + 69 + 70 + 70 + 70 = 417; 5 basic services → SJI = 0.38 × 6 = 2.28.
        // divisor 12: TOTAL = 63 + 2.28 + 417/12 = 65.28 + 34.75 = 100.03; IID = 100.03 / 2.5 = 40.012 → 40.01.
        Result r = RULES.evaluate(region(SpdFactsMaker.allAtLevel3().build(), points(69, 69, 69, 70, 70, 70), FIVE_BASIC));
        assertThat(r.totals().sidSum()).isEqualByComparingTo("417");
        assertThat(r.totals().sji()).isEqualByComparingTo("2.28");
        assertThat(r.totals().sidAverage()).isEqualByComparingTo("34.75");
        assertThat(r.totals().total()).isEqualByComparingTo("100.03");
        assertThat(r.index()).isEqualByComparingTo("40.01");
        assertThat(r.predicate()).isEqualTo("Inovatif");
    }

    @Test
    void nothingReportedIsTidakDapatDinilai() {
        Result r = RULES.evaluate(SubmissionBuilder.submission(2026).build());
        assertThat(r.index()).isEqualByComparingTo("0.00");
        assertThat(r.predicate()).isEqualTo("Tidak Dapat Dinilai");
        assertThat(r.totals().divisor()).isEqualTo(12);
    }

    @Test
    void theSmallestSpdScoreIsKurangInovatif() {
        // Row 10a at L1 only: 0.75 × 1 = 0.75; IID = 0.75 / 250 × 100 = 0.30.
        Result r = RULES.evaluate(SubmissionBuilder.submission(2026)
                .spd(SpdFactsMaker.spd().povertyReductionPoints("-1.00").build()).build());
        assertThat(r.totals().spd()).isEqualByComparingTo("0.75");
        assertThat(r.index()).isEqualByComparingTo("0.30");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    // ---- mandatory SPD rows ------------------------------------------------------------------

    private static final List<String> MANDATORY_ROW_KEYS = List.of("visiMisi", "licensingGrowthPercent",
            "incomePerCapitaGrowthPercent", "unemploymentReductionPoints", "unemploymentRatePercent",
            "investmentGrowthPercent", "ownSourceRevenueGrowthPercent", "auditOpinion", "sakipGrade",
            "povertyReductionPoints", "povertyRatePercent", "ipmIncreasePoints", "ipm");

    @Test
    void emptyMandatorySpdRowsAreReportedButCostNothing() {
        // Only the optional rows are filled, all at L3: 2a 1×3 + 2b 1×3 + 12 2×3 + 13a 1×3 + 13b 1×3
        // + 14 1×3 + 15 1×3 = 3+3+6+3+3+3+3 = 24. IID = 24 / 250 × 100 = 9.60: no deduction.
        SpdFactsMaker spd = SpdFactsMaker.allAtLevel3();
        MANDATORY_ROW_KEYS.forEach(spd::without);
        Result r = RULES.evaluate(SubmissionBuilder.submission(2026).spd(spd.build()).build());
        assertThat(r.totals().spd()).isEqualByComparingTo("24");
        assertThat(r.totals().total()).isEqualByComparingTo("24");
        assertThat(r.index()).isEqualByComparingTo("9.60");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
        assertThat(r.findings()).filteredOn(f -> f.kind() == Kind.MANDATORY_EMPTY).extracting(Finding::path)
                .containsExactlyElementsOf(MANDATORY_ROW_KEYS.stream().map(k -> "$.spd." + k).toList());
        assertThat(r.findings()).filteredOn(f -> f.path().equals("$.spd.ipm")).singleElement()
                .extracting(Finding::message).asString()
                .contains("SPD row 11b").contains("is mandatory in 2026").contains("not reported").contains("SIMONDA-IGA");
    }

    @Test
    void aMandatoryRowThatScoresZeroForAnyReasonIsReported() {
        // Row 8 without evidence (A13) and row 1 with neither vision nor mission: both 0.
        // SPD = 63 − 1×3 (row 1) − 1.5×3 (row 8) = 63 − 3 − 4.5 = 55.5; IID = 55.5 × 0.4 = 22.20.
        SpdFacts spd = SpdFactsMaker.allAtLevel3().visiMisi(false, false).withoutEvidence("auditOpinion").build();
        Result r = RULES.evaluate(SubmissionBuilder.submission(2026).spd(spd).build());
        assertThat(r.totals().spd()).isEqualByComparingTo("55.5");
        assertThat(r.index()).isEqualByComparingTo("22.20");
        // (No innovations: the only other finding is REQUIREMENT_UNMET.)
        assertThat(r.findings()).filteredOn(f -> f.path().startsWith("$.spd"))
                .extracting(Finding::kind, Finding::path).containsExactlyInAnyOrder(
                tuple(Kind.UNRECOGNISED_VALUE, "$.spd.visiMisi"),
                tuple(Kind.MANDATORY_EMPTY, "$.spd.visiMisi"),
                tuple(Kind.MISSING_EVIDENCE, "$.spd.auditOpinion.evidence"),
                tuple(Kind.MANDATORY_EMPTY, "$.spd.auditOpinion"));
    }

    @Test
    void emptyOptionalRowsAreNotReported() {
        SpdFactsMaker spd = SpdFactsMaker.allAtLevel3();
        List.of("apbdOnTimeYears", "mandatorySpendingComponents", "innovatorAwards", "policyRecommendations",
                "policyQualityIndex", "scienceMasterPlan", "intellectualProperty").forEach(spd::without);
        Result r = RULES.evaluate(SubmissionBuilder.submission(2026).spd(spd.build()).build());
        // 63 − 24 = 39
        assertThat(r.totals().spd()).isEqualByComparingTo("39");
        assertThat(r.findings()).extracting(Finding::kind).containsExactly(Kind.REQUIREMENT_UNMET);   // no innovations
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** One 14-point innovation per urusan. */
    private static Submission withUrusan(List<Urusan> urusan) {
        SubmissionBuilder s = SubmissionBuilder.submission(2026);
        for (int k = 0; k < urusan.size(); k++) {
            s.innovation(V2026Levels.minimal("U" + k).mainUrusan(urusan.get(k)));
        }
        return s.build();
    }

    private static int[] points(int... points) {
        return points;
    }

    /** Innovations with these points; the first ones take the given urusan, the rest LAINNYA. */
    private static Submission region(SpdFacts spd, int[] points, List<Urusan> urusan) {
        SubmissionBuilder s = SubmissionBuilder.submission(2026).spd(spd);
        for (int k = 0; k < points.length; k++) {
            s.innovation(V2026Levels.scoring("P" + k, points[k], k < urusan.size() ? urusan.get(k) : LAINNYA));
        }
        return s.build();
    }
}
