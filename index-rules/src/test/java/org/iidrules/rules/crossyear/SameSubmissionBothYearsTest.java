package org.iidrules.rules.crossyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iidrules.model.SidFacts.VideoElement.DAMPAK;
import static org.iidrules.model.SidFacts.VideoElement.LATAR_BELAKANG;
import static org.iidrules.model.SidFacts.VideoElement.MANFAAT;
import static org.iidrules.model.SidFacts.VideoElement.PEMILIHAN_IDE;
import static org.iidrules.model.SidFacts.VideoElement.PENJARINGAN_IDE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.iidrules.RuleSets;
import org.iidrules.model.Region;
import org.iidrules.model.RegionKind;
import org.iidrules.model.SidFacts.Appointment;
import org.iidrules.model.SidFacts.BenefitBasis;
import org.iidrules.model.SidFacts.DisseminationChannel;
import org.iidrules.model.SidFacts.GuideForm;
import org.iidrules.model.SidFacts.InformationMethod;
import org.iidrules.model.SidFacts.Integration;
import org.iidrules.model.SidFacts.MonitoringKind;
import org.iidrules.model.SidFacts.OnlinePresence;
import org.iidrules.model.SidFacts.RegulationType;
import org.iidrules.model.SidFacts.WorkTool;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.SpdFacts.AuditOpinion;
import org.iidrules.model.SpdFacts.HakiSupport;
import org.iidrules.model.SpdFacts.IkkCategory;
import org.iidrules.model.SpdFacts.InnovatorAward;
import org.iidrules.model.SpdFacts.RipjStatus;
import org.iidrules.model.SpdFacts.SakipGrade;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;
import org.iidrules.result.Totals;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SpdFactsMaker;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One submission, prepared for 2026, scored under the 2022 rules (V2023 catalogue, T-0 = 2022,
 * window 2020–2021, d = 10, 2 of 6 basic services, bands 60.01 / 35.00) and under the 2026 rules
 * (V2026, T-0 = 2026, window 2024–2025, d = 12, 5 of 6, bands 65.01 / 40.01, rancang bangun and
 * mandatory indicators). Every innovation was applied on 1 July 2021 and last developed on
 * 1 March 2025, so it sits inside both windows; each carries a 500-word rancang bangun.
 *
 * <p>The SPD rows are the same catalogue (S2026) in both years (A1 for 2022): 60 points.
 *
 * <pre>
 *                     2022 (V2023)            2026 (V2026)
 * X1 Pendidikan       74  counts              66  counts
 * X2 Kesehatan        55  counts              49  not counted: 16 regulasi scores 0 (A15)
 * X3 Sosial           44  counts              44  counts
 * X4 Pariwisata       46  counts              43  not counted: 35 video rejected (A15)
 * X5 Kesehatan        45  counts              49  counts
 *
 * sidSum              74+55+44+46+45 = 264    66+44+49 = 159
 * n / d / divisor     5 / 10 / 10             3 / 12 / 12
 * sidAverage          26.4                    13.25
 * basic services      Pendidikan, Kesehatan, Sosial = 3 in both years
 * requirement         3 ≥ 2: met              3 &lt; 5: not met
 * SJI                 0.38 × 5 = 1.90         0
 * TOTAL               60 + 26.4 + 1.9 = 88.3  60 + 13.25 = 73.25
 * IID                 88.3 / 2.5 = 35.32      73.25 / 2.5 = 29.30
 * predicate           Inovatif (≥ 35.00)      Kurang Inovatif (&lt; 40.01)
 * </pre>
 *
 * Every innovation also carries the same block C, scored alike by both catalogues:
 * 22 aktor 5 (1 × 3 = 3) + 26 pedoman online (1 × 3 = 3) + 28 proses 1 day (2 × 3 = 6)
 * + 34 monev external (2 × 3 = 6) = 18.
 */
class SameSubmissionBothYearsTest {

    private static final LocalDate APPLIED = LocalDate.of(2021, 7, 1);      // 2022 window: 2020–2021
    private static final LocalDate DEVELOPED = LocalDate.of(2025, 3, 1);    // 2026 window: 2024–2025

    private static Submission submission;
    private static Result y2022;
    private static Result y2026;

    @BeforeAll
    static void scoreBothYears() {
        submission = submission();
        y2022 = RuleSets.builtIn().forYear(2022).evaluate(submission);
        y2026 = RuleSets.builtIn().forYear(2026).evaluate(submission);
    }

    static Submission submission() {
        return SubmissionBuilder.submission(2026)
                .region(new Region("9902", "Kabupaten Dua Tahun", RegionKind.KABUPATEN, Set.of()))
                .spd(spd())
                .innovation(x1())
                .innovation(x2())
                .innovation(x3())
                .innovation(x4())
                .innovation(x5())
                .build();
    }

    /**
     * Every S2026 row at L3 (63) except row 6 investment growth 50 % (L2: 1.5 × 2 = 3.0 instead of 4.5)
     * and row 8 audit WDP (L2: 1.5 × 2 = 3.0 instead of 4.5): 63 − 1.5 − 1.5 = 60.
     */
    static SpdFacts spd() {
        return SpdFactsMaker.spd()
                .visiMisi(true, true)                                        // 1    1 × 3 = 3
                .apbdOnTimeYears(3)                                          // 2a   1 × 3 = 3
                .mandatorySpendingComponents(4)                              // 2b   1 × 3 = 3
                .licensingGrowthPercent("8.17")                              // 3    1 × 3 = 3
                .incomePerCapitaGrowthPercent("5.23")                        // 4    1 × 3 = 3
                .unemploymentReductionPoints("0.36")                         // 5a   0.75 × 3 = 2.25
                .unemploymentRatePercent("2.35")                             // 5b   0.75 × 3 = 2.25
                .investmentGrowthPercent("50")                               // 6    1.5 × 2 = 3.00
                .ownSourceRevenueGrowthPercent("33.85")                      // 7    1.5 × 3 = 4.50
                .auditOpinion(AuditOpinion.WDP)                              // 8    1.5 × 2 = 3.00
                .sakipGrade(SakipGrade.AA)                                   // 9    1 × 3 = 3
                .povertyReductionPoints("1.16")                              // 10a  0.75 × 3 = 2.25
                .povertyRatePercent("4.82")                                  // 10b  0.75 × 3 = 2.25
                .ipmIncreasePoints("0.90")                                   // 11a  0.75 × 3 = 2.25
                .ipm("80.00")                                                // 11b  0.75 × 3 = 2.25
                .innovatorAwards(InnovatorAward.CERTIFICATE_INCENTIVE_AND_CULTURE) // 12 2 × 3 = 6
                .policyRecommendations(8)                                    // 13a  1 × 3 = 3
                .policyQualityIndex(IkkCategory.UNGGUL)                      // 13b  1 × 3 = 3
                .scienceMasterPlan(RipjStatus.ENACTED_BY_PERKADA)            // 14   1 × 3 = 3
                .intellectualProperty(HakiSupport.FINANCING_INCENTIVE)       // 15   1 × 3 = 3
                .build();
        // 3+3+3+3+3 + 2.25+2.25 + 3+4.5+3+3 + 2.25×4 + 6+3+3+3+3 = 15 + 4.5 + 13.5 + 9 + 18 = 60
    }

    /** Applied 2021, last developed 2025, plus block C (18 points in both catalogues). */
    private static InnovationBuilder base(String id, String name, Urusan urusan) {
        return InnovationBuilder.innovation(id, 2026).name(name).mainUrusan(urusan)
                .applicationDate(APPLIED).latestDevelopmentDate(DEVELOPED)
                .aktor(5).pedoman(GuideForm.ONLINE_BOOK).proses(1).monev(MonitoringKind.EXTERNAL_EVALUATION);
    }

    //                                                                     V2023 (T-0 2022)     V2026 (T-0 2026)
    static InnovationBuilder x1() {
        return base("X1", "Sekolah Terbuka", Urusan.PENDIDIKAN)
                .regulasi(RegulationType.PERATURAN_KEPALA_DAERAH)            // L3 3×3 = 9          L2 3×2 = 6
                .sdm(12)                                                     // L2 2×2 = 4          L2 4
                .anggaran(2020, 2021, 2022, 2025)                            // T-0,T-1,T-2: L3 6   only T-1: L1 2
                .alatKerja(WorkTool.ARTIFICIAL_INTELLIGENCE)                 // not listed: 0       L3 2×3 = 6
                .bimtek(LocalDate.of(2021, 3, 1), LocalDate.of(2022, 3, 1),
                        LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1),
                        LocalDate.of(2026, 2, 1))                            // 2 in 2021–22: L2 2  3 in 2024–26: L3 3
                .jejaring(1)                                                 // 1–2 PD: L1 1        1 PD: 0
                .sosialisasi(DisseminationChannel.PEMDA_NEWS_MEDIA)          // news (A18): L3 3    pemda's own: L2 2
                .replikasi("A", "A", "B")                                    // 3 times: L3 9       2 regions: L2 6
                .kecepatan(6)                                                // L2 2×2 = 4          L2 4
                .kemanfaatan(BenefitBasis.BENEFICIARIES, "150")              // 101–200: L2 6       1–200: L1 3
                .video(240, LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE, MANFAAT, DAMPAK); // L3 12  L3 12
        // V2023: 9+4+6+0+2+1+3+9+4+6+12 + 18 = 74      V2026: 6+4+2+6+3+0+2+6+4+3+12 + 18 = 66
    }

    static InnovationBuilder x2() {
        return base("X2", "Klinik Desa", Urusan.KESEHATAN)
                .regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH)         // L1 3×1 = 3          not listed: 0
                .sdm(5)                                                      // L1 2                L1 2
                .pelaksana(Appointment.ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH) // no SK: L1 1    letter: L2 2
                .informasi(InformationMethod.EMAIL, InformationMethod.SOCIAL_MEDIA) // e-mail/social: L2 2  one group: L1 1
                .pengaduan(100, 45)                                          // 45.00 ≥ 40.01: L2 2 ≤ 50: L1 1
                .layanan(OnlinePresence.WEB_APPLICATION, Integration.SEPARATE) // web app: L2 2×2 = 4  separate: L1 2
                .kecepatan(3)                                                // L3 6                L3 6
                .kemanfaatan(BenefitBasis.BENEFICIARIES, "600")              // L3 9                L3 9
                .video(200, LATAR_BELAKANG, PENJARINGAN_IDE, MANFAAT);       // L2 8                L2 8
        // V2023: 3+2+1+2+2+4+6+9+8 + 18 = 55           V2026: 0+2+2+1+1+2+6+9+8 + 18 = 49
    }

    static InnovationBuilder x3() {
        return base("X3", "Lansia Sejahtera", Urusan.SOSIAL)
                .regulasi(RegulationType.SK_KEPALA_DAERAH)                   // L2 3×2 = 6          L1 3
                .sdm(31)                                                     // L3 6                L3 6
                .rkpd(2020, 2021, 2022)                                      // T-2,T-1,T-0: L3 6   none of 2024–25: 0
                .pelaksana(Appointment.SK_KEPALA_PERANGKAT_DAERAH)           // L2 1×2 = 2          L2 2 (A17)
                .kecepatan(9)                                                // L1 2                L1 2
                .kemanfaatan(BenefitBasis.TARGET_COVERAGE_PERCENT, "60")     // persons only: 0     (b) > 50: L3 9
                .video(300, LATAR_BELAKANG, DAMPAK);                         // L1 4                L1 4
        // V2023: 6+6+6+2+2+0+4 + 18 = 44               V2026: 3+6+0+2+2+9+4 + 18 = 44
    }

    static InnovationBuilder x4() {
        return base("X4", "Festival Budaya", Urusan.PARIWISATA)
                .regulasi(RegulationType.PERATURAN_DAERAH)                   // L3 9                L3 9
                .sdm(11)                                                     // L2 4                L2 4
                .kecepatan(4)                                                // L3 6                L3 6
                .kemanfaatan(BenefitBasis.BENEFICIARIES, "201")              // ≥ 201: L3 9         201–500: L2 6
                .video(301, LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE, MANFAAT, DAMPAK); // over 5 min: 0 in both
        // V2023: 9+4+6+9+0 + 18 = 46                   V2026: 9+4+6+6+0 + 18 = 43
    }

    static InnovationBuilder x5() {
        return base("X5", "Posyandu Digital", Urusan.KESEHATAN)
                .regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH) // A16: L2 6  L1 3
                .sdm(40)                                                     // L3 6                L3 6
                .anggaran(2024, 2025, 2026)                                  // none of 2020–22: 0  T-2,T-1,T-0: L3 6
                .bimtek(LocalDate.of(2024, 8, 1))                            // none in 2021–22: 0  1 in 2024–26: L1 1
                .kecepatan(8)                                                // L2 4                L2 4
                .kemanfaatan(BenefitBasis.BENEFICIARIES, "100")              // L1 3                L1 3
                .video(150, LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE, MANFAAT); // L2 8   L2 8
        // V2023: 6+6+0+0+4+3+8 + 18 = 45               V2026: 3+6+6+1+4+3+8 + 18 = 49
    }

    // ---- 2022 ----------------------------------------------------------------------------------

    @Test
    void underThe2022Rules() {
        assertThat(y2022.ruleSet().id()).isEqualTo("iid-2022");
        assertThat(y2022.assessmentYear()).isEqualTo(2022);
        // IID = (60 + 1.90 + 264/10) / 250 × 100 = 88.3 / 2.5 = 35.32
        assertThat(y2022.index()).isEqualByComparingTo("35.32");
        assertThat(y2022.predicate()).isEqualTo("Inovatif");
        assertTotals(y2022.totals(), "60", "264", 5, 10, 10, "26.4", "1.90", "28.3", "88.3");
        assertThat(y2022.requirement().covered()).containsExactly("Pendidikan", "Kesehatan", "Sosial");
        assertThat(y2022.requirement().coveredCount()).isEqualTo(3);
        assertThat(y2022.requirement().needed()).isEqualTo(2);
        assertThat(y2022.requirement().met()).isTrue();
        assertThat(y2022.requirement().consequence()).isEqualTo("none");
        assertThat(y2022.innovations())
                .extracting(InnovationResult::id, InnovationResult::counts, r -> r.points().intValueExact())
                .containsExactly(tuple("X1", true, 74), tuple("X2", true, 55), tuple("X3", true, 44),
                        tuple("X4", true, 46), tuple("X5", true, 45));
    }

    @Test
    void the2022ResultSaysTheSubmissionWasPreparedFor2026() {
        assertThat(y2022.findings()).filteredOn(f -> f.kind() == Kind.NOTE).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("$.year");
            assertThat(f.message()).contains("prepared for 2026").contains("2022 rules").contains("iid-2022");
        });
        assertThat(y2026.findings()).extracting(Finding::kind).doesNotContain(Kind.NOTE);
    }

    @Test
    void findings2022() {
        assertThat(y2022.findings()).extracting(Finding::kind, Finding::path).containsExactlyInAnyOrder(
                tuple(Kind.NOTE, "$.year"),
                tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[0].indicators.alatKerja"),   // AI: not in V2023
                tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[2].indicators.kemanfaatan"), // coverage: not in V2023
                tuple(Kind.REJECTED, "$.innovations[3].indicators.video"),
                tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[4].indicators.anggaran"),   // 2024–26 after T-0 2022
                tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[4].indicators.bimtek"));
    }

    // ---- 2026 ----------------------------------------------------------------------------------

    @Test
    void underThe2026Rules() {
        assertThat(y2026.ruleSet().id()).isEqualTo("iid-2026");
        assertThat(y2026.assessmentYear()).isEqualTo(2026);
        // IID = (60 + 0 + 159/12) / 250 × 100 = (720 + 159) / 30 = 879 / 30 = 29.30
        assertThat(y2026.index()).isEqualByComparingTo("29.30");
        assertThat(y2026.predicate()).isEqualTo("Kurang Inovatif");
        assertTotals(y2026.totals(), "60", "159", 3, 12, 12, "13.25", "0", "13.25", "73.25");
        assertThat(y2026.requirement().covered()).containsExactly("Pendidikan", "Kesehatan", "Sosial");
        assertThat(y2026.requirement().coveredCount()).isEqualTo(3);
        assertThat(y2026.requirement().needed()).isEqualTo(5);
        assertThat(y2026.requirement().met()).isFalse();
        assertThat(y2026.requirement().consequence()).isEqualTo("SJI = 0 (SIMONDA-IGA)");
        assertThat(y2026.innovations())
                .extracting(InnovationResult::id, InnovationResult::counts, r -> r.points().intValueExact())
                .containsExactly(tuple("X1", true, 66), tuple("X2", false, 49), tuple("X3", true, 44),
                        tuple("X4", false, 43), tuple("X5", true, 49));
        assertThat(y2026.innovation("X2").reason())
                .startsWith("mandatory indicators score 0: 16 regulasi (reaches no level under catalogue V2026")
                .endsWith("(SIMONDA-IGA, A15)");
        assertThat(y2026.innovation("X4").reason())
                .startsWith("mandatory indicators score 0: 35 video (the video lasts 301 seconds");
    }

    @Test
    void findings2026() {
        assertThat(y2026.findings()).extracting(Finding::kind, Finding::path).containsExactlyInAnyOrder(
                tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[0].indicators.jejaring"),   // 1 PD
                tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[1].indicators.regulasi"),   // plain SK Kepala PD
                tuple(Kind.NOT_COUNTED, "$.innovations[1]"),
                tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[2].indicators.rkpd"),       // 2020–22 before T-2 2024
                tuple(Kind.REJECTED, "$.innovations[3].indicators.video"),
                tuple(Kind.NOT_COUNTED, "$.innovations[3]"),
                tuple(Kind.REQUIREMENT_UNMET, "$.innovations"));
    }

    // ---- the same facts, indicator by indicator ------------------------------------------------

    @ParameterizedTest(name = "{0} {1}: 2022 L{2} = {3}, 2026 L{4} = {5}")
    @CsvSource({
            // innovation, indicator, 2022 level, 2022 points, 2026 level, 2026 points
            "X1, regulasi,    3, 9,  2, 6",
            "X1, anggaran,    3, 6,  1, 2",
            "X1, alatKerja,   0, 0,  3, 6",
            "X1, bimtek,      2, 2,  3, 3",
            "X1, jejaring,    1, 1,  0, 0",
            "X1, sosialisasi, 3, 3,  2, 2",
            "X1, replikasi,   3, 9,  2, 6",
            "X1, kemanfaatan, 2, 6,  1, 3",
            "X1, video,       3, 12, 3, 12",
            "X2, regulasi,    1, 3,  0, 0",
            "X2, pelaksana,   1, 1,  2, 2",
            "X2, informasi,   2, 2,  1, 1",
            "X2, pengaduan,   2, 2,  1, 1",
            "X2, layanan,     2, 4,  1, 2",
            "X3, regulasi,    2, 6,  1, 3",
            "X3, rkpd,        3, 6,  0, 0",
            "X3, pelaksana,   2, 2,  2, 2",
            "X3, kemanfaatan, 0, 0,  3, 9",
            "X4, kemanfaatan, 3, 9,  2, 6",
            "X4, video,       0, 0,  0, 0",
            "X5, regulasi,    2, 6,  1, 3",
            "X5, anggaran,    0, 0,  3, 6",
            "X5, bimtek,      0, 0,  1, 1",
            "X5, proses,      3, 6,  3, 6",
    })
    void indicator(String id, String key, int level2022, int points2022, int level2026, int points2026) {
        IndicatorResult a = y2022.innovation(id).indicator(key);
        IndicatorResult b = y2026.innovation(id).indicator(key);
        assertThat(a.level()).as("2022 level").isEqualTo(level2022);
        assertThat(a.points()).as("2022 points").isEqualByComparingTo(BigDecimal.valueOf(points2022));
        assertThat(b.level()).as("2026 level").isEqualTo(level2026);
        assertThat(b.points()).as("2026 points").isEqualByComparingTo(BigDecimal.valueOf(points2026));
        // Same bobot in V2023 and V2026.
        assertThat(a.weight()).isEqualByComparingTo(b.weight());
    }

    @Test
    void everyIndicatorOfEveryInnovationAddsUp() {
        for (Result r : new Result[] {y2022, y2026}) {
            for (InnovationResult i : r.innovations()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (IndicatorResult ind : i.indicators()) {
                    assertThat(ind.points()).isEqualByComparingTo(ind.weight().multiply(BigDecimal.valueOf(ind.level())));
                    sum = sum.add(ind.points());
                }
                assertThat(i.points()).as("%d %s", r.assessmentYear(), i.id()).isEqualByComparingTo(sum);
            }
        }
    }

    @Test
    void eachYearNamesItsOwnAssumptions() {
        // 2022 reads the V2023 catalogue by A2 and the S2026 SPD rows by A1.
        assertThat(y2022.innovation("X5").indicator("regulasi").by().assumptions()).contains("A16", "A2");
        assertThat(y2022.innovation("X1").indicator("sosialisasi").by().assumptions()).contains("A18", "A2");
        assertThat(y2022.spdRow("6").by().assumptions()).contains("A1");
        assertThat(y2026.spdRow("6").by().assumptions()).doesNotContain("A1");
        assertThat(y2026.innovation("X3").indicator("pelaksana").by().assumptions()).contains("A17");
        assertThat(y2022.assumptions()).extracting(a -> a.id()).contains("A1", "A2", "A6").doesNotContain("A15");
        assertThat(y2026.assumptions()).extracting(a -> a.id()).contains("A15", "A17").doesNotContain("A1", "A2");
    }

    @Test
    void theSpdIsScoredAlikeInBothYears() {
        assertThat(y2022.spd()).extracting(r -> r.row(), r -> r.level(), r -> r.points().stripTrailingZeros())
                .containsExactlyElementsOf(y2026.spd().stream()
                        .map(r -> tuple(r.row(), r.level(), r.points().stripTrailingZeros())).toList());
        assertThat(y2022.spdRow("6").level()).isEqualTo(2);
        assertThat(y2022.spdRow("8").points()).isEqualByComparingTo("3.0");
    }

    private static void assertTotals(Totals t, String spd, String sidSum, int n, int d, int divisor, String sidAverage,
                                     String sji, String sid, String total) {
        assertThat(t.spd()).as("spd").isEqualByComparingTo(spd);
        assertThat(t.sidSum()).as("sidSum").isEqualByComparingTo(sidSum);
        assertThat(t.n()).as("n").isEqualTo(n);
        assertThat(t.minimumDivisor()).as("d").isEqualTo(d);
        assertThat(t.divisor()).as("divisor").isEqualTo(divisor);
        assertThat(t.sidAverage()).as("sidAverage").isEqualByComparingTo(sidAverage);
        assertThat(t.sji()).as("sji").isEqualByComparingTo(sji);
        assertThat(t.sid()).as("sid").isEqualByComparingTo(sid);
        assertThat(t.total()).as("total").isEqualByComparingTo(total);
        assertThat(t.maximum().total()).isEqualByComparingTo("250");
    }
}
