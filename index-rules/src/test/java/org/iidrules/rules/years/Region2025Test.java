package org.iidrules.rules.years;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iidrules.model.SidFacts.VideoElement.DAMPAK;
import static org.iidrules.model.SidFacts.VideoElement.LATAR_BELAKANG;
import static org.iidrules.model.SidFacts.VideoElement.MANFAAT;
import static org.iidrules.model.SidFacts.VideoElement.PEMILIHAN_IDE;
import static org.iidrules.model.SidFacts.VideoElement.PENJARINGAN_IDE;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.iidrules.model.Stage;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;
import org.iidrules.result.SpdRowResult;
import org.iidrules.result.Totals;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SpdFactsMaker;
import org.iidrules.rules.support.SubmissionBuilder;
import org.iidrules.rules.support.YearLevels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One kota scored under the 2025 rules, worked out by hand from /work/shared/methodology: README.md
 * (formula; 2025 column: SPD S2026 by A1, SID VMID by A8, d = 10 by A3, 2 of 6 basic services by A7,
 * bands 65.01 / 40.01 (A9) / 0.01, window 2023-01-01 … 2024-12-31), spd-indicators.md and
 * sid-indicators.md (VMID lines; VMID weights = V2023's). T-0 = 2025, T-1 = 2024, T-2 = 2023.
 *
 * <p>Six innovations: I1–I4 count; I5 (PUPR) was applied on 2022-12-31, the day before the window
 * (A12), and I6 (Perkim) is at stage Uji Coba (A11), so neither counts nor covers its urusan. I3 has
 * a 120-word rancang bangun and I4 lacks indicators 32 and 35: both still count, since 2025 has no
 * rancang-bangun or mandatory-indicator rule (those start in 2026).
 *
 * <pre>
 * SPD                      40.25   (row by row below)
 * sidSum = 111 + 66 + 25 + 32 = 234   (I1..I4; I5 = 15 and I6 = 21 do not count)
 * n = 4;  divisor = MAX(10, 4) = 10
 * sidAverage = 234 / 10 = 23.4
 * requirement: Pendidikan, Kesehatan, Sosial = 3 of 6 covered, 2 needed → met
 * SJI   = 0.38 × MIN(4, 200) = 1.52
 * sid   = 23.4 + 1.52 = 24.92
 * TOTAL = 40.25 + 23.4 + 1.52 = 65.17
 * IID   = 65.17 / 250 × 100 = 26.068 → 26.07 (half-up, once)
 * 26.07 ≥ 0.01 and < 40.01 → Kurang Inovatif
 * </pre>
 */
class Region2025Test {

    private static final int YEAR = 2025;
    private static Result result;

    @BeforeAll
    static void score() {
        result = RuleSets.builtIn().forYear(YEAR).evaluate(kota());
    }

    // ---- the submission ----------------------------------------------------------------------

    static Submission kota() {
        return SubmissionBuilder.submission(YEAR)
                .region(new Region("9902", "Kota Contoh", RegionKind.KOTA, Set.of()))
                .spd(spd())
                .innovation(i1())
                .innovation(i2())
                .innovation(i3())
                .innovation(i4())
                .innovation(i5())
                .innovation(i6())
                .build();
    }

    /**
     * S2026 rows (A1), weight × level:
     * <pre>
     *  1   innovation in the mission only      1    × 1 = 1
     *  2a  APBD on time 3 of 3 years           1    × 3 = 3
     *  2b  mandatory spending 2 components     1    × 1 = 1
     *  3   licensing growth 12.40 (≥ 8.17)     1    × 3 = 3
     *  4   income growth 2.045 → 2.05 (A10), in 2.05 … 5.23        1    × 2 = 2
     *  5a  TPT reduction −0.20 (≤ 0.00)                            0.75 × 1 = 0.75
     *  5b  TPT rate 2.35 (printed in L2 2.34 … 5.92 and L3 ≤ 2.35: A14 → L3)  0.75 × 3 = 2.25
     *  6   investment growth 94.76 (≥ 94.76)   1.5  × 3 = 4.50
     *  7   PAD growth 10.00 (−5.15 … 33.84)    1.5  × 2 = 3.00
     *  8   audit opinion WTP                   1.5  × 3 = 4.50
     *  9   SAKIP B                             1    × 2 = 2
     *  10a poverty reduction 0.08 (0.08 … 1.15)                   0.75 × 2 = 1.50
     *  10b poverty rate 9.50 (4.81 … 13.11)                        0.75 × 2 = 1.50
     *  11a IPM increase 0.55 (≤ 0.55)          0.75 × 1 = 0.75
     *  11b IPM 72.30 (70.00 … 79.99)           0.75 × 2 = 1.50
     *  12  certificate only                    2    × 1 = 2
     *  13a 8 policy recommendations (more than 7)  1 × 3 = 3
     *  13b IKK Baik                            1    × 2 = 2
     *  14  RIPJ draft                          1    × 1 = 1
     *  15  HAKI administrative facilitation, no evidence   0 (A13: MISSING_EVIDENCE)
     *  Σ = (1+3+1+3+2) + (0.75+2.25) + (4.5+3+4.5) + 2 + (1.5+1.5) + (0.75+1.5) + 2 + (3+2+1+0)
     *    = 10 + 3 + 12 + 2 + 3 + 2.25 + 2 + 6 = 40.25
     * </pre>
     */
    static SpdFacts spd() {
        return SpdFactsMaker.spd()
                .visiMisi(false, true)
                .apbdOnTimeYears(3)
                .mandatorySpendingComponents(2)
                .licensingGrowthPercent("12.40")
                .incomePerCapitaGrowthPercent("2.045")
                .unemploymentReductionPoints("-0.20")
                .unemploymentRatePercent("2.35")
                .investmentGrowthPercent("94.76")
                .ownSourceRevenueGrowthPercent("10.00")
                .auditOpinion(AuditOpinion.WTP)
                .sakipGrade(SakipGrade.B)
                .povertyReductionPoints("0.08")
                .povertyRatePercent("9.50")
                .ipmIncreasePoints("0.55")
                .ipm("72.30")
                .innovatorAwards(InnovatorAward.CERTIFICATE)
                .policyRecommendations(8)
                .policyQualityIndex(IkkCategory.BAIK)
                .scienceMasterPlan(RipjStatus.DRAFT)
                .intellectualProperty(HakiSupport.ADMINISTRATIVE_FACILITATION)
                .withoutEvidence("intellectualProperty")
                .build();
    }

    /** I1 Pendidikan: every indicator at level 3, several through VMID-only facts. 37 × 3 = 111. */
    static InnovationBuilder i1() {
        return innovation("I1", YEAR).name("Sekolah Terpadu").mainUrusan(Urusan.PENDIDIKAN)
                .regulasi(RegulationType.PERATURAN_DAERAH)                   // 16  3 × 3 = 9
                .sdm(31)                                                     // 17  2 × 3 = 6   (> 30)
                .anggaran(2023, 2024, 2025)                                  // 18  2 × 3 = 6   (T-2, T-1, T-0)
                .alatKerja(WorkTool.ONLINE_INFORMATION_SYSTEM)               // 19  2 × 3 = 6
                .bimtek(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1),
                        LocalDate.of(2025, 2, 1))                            // 20  1 × 3 = 3   (3 in T-1..T-0)
                .rkpd(2023, 2024, 2025)                                      // 21  2 × 3 = 6
                .aktor(5)                                                    // 22  1 × 3 = 3
                .pelaksana(Appointment.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH) // 23 1 × 3 = 3 (= SK Kepala Daerah, A16)
                .jejaring(5)                                                 // 24  1 × 3 = 3
                .sosialisasi(DisseminationChannel.PEMDA_NEWS_MEDIA)          // 25  1 × 3 = 3   (news media, A18)
                .pedoman(GuideForm.ONLINE_BOOK)                              // 26  1 × 3 = 3
                .informasi(InformationMethod.MANUAL, InformationMethod.HOTLINE,
                        InformationMethod.SOCIAL_MEDIA)                      // 27  1 × 3 = 3   (3 method groups)
                .proses(1)                                                   // 28  2 × 3 = 6
                .pengaduan(100, 86)                                          // 29  1 × 3 = 3   (86.00 %)
                .layanan(null, Integration.ACROSS_UNITS)                     // 30  2 × 3 = 6
                .replikasi("7301", "7301", "7301")                           // 31  3 × 3 = 9   (3 replications, one region)
                .kecepatan(4)                                                // 32  2 × 3 = 6
                .kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "50.005")   // 33  3 × 3 = 9   (→ 50.01 > 50, A10)
                .monev(MonitoringKind.EXTERNAL_EVALUATION)                   // 34  2 × 3 = 6
                .video(300, LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE,
                        MANFAAT, DAMPAK);                                    // 35  4 × 3 = 12  (300 s is not over 5 min)
        // Σ = 9+6+6+6+3+6+3+3+3+3+3+3+6+3+6+9+6+9+6+12 = 111
    }

    /** I2 Kesehatan: level 2 almost everywhere, on VMID's edges. Σ = 66. */
    static InnovationBuilder i2() {
        return innovation("I2", YEAR).name("Puskesmas Pintar").mainUrusan(Urusan.KESEHATAN)
                .regulasi(RegulationType.SK_KEPALA_DAERAH)                   // 16  3 × 2 = 6
                .sdm(11)                                                     // 17  2 × 2 = 4
                .anggaran(2025)                                              // 18  2 × 1 = 2   (T-0 only)
                .alatKerja(WorkTool.ARTIFICIAL_INTELLIGENCE)                 // 19  0 (VMID does not list AI: finding)
                .bimtek(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 1))  // 20  1 × 1 = 1   (2023 is T-2: 1 in T-1..T-0)
                .rkpd(2023, 2024)                                            // 21  2 × 2 = 4   (T-2 and T-1)
                .aktor(4)                                                    // 22  1 × 2 = 2
                .pelaksana(Appointment.SK_KEPALA_PERANGKAT_DAERAH)           // 23  1 × 2 = 2
                .jejaring(3)                                                 // 24  1 × 2 = 2
                .sosialisasi(DisseminationChannel.SOCIAL_MEDIA)              // 25  1 × 2 = 2
                .pedoman(GuideForm.ELECTRONIC_BOOK)                          // 26  1 × 2 = 2
                .informasi(InformationMethod.ONLINE_APPLICATION,
                        InformationMethod.ARTIFICIAL_INTELLIGENCE)           // 27  1 × 1 = 1   (1 group; V2023 would give L3)
                .proses(5)                                                   // 28  2 × 2 = 4
                .pengaduan(200, 171)                                         // 29  1 × 2 = 2   (85.50 %: between 85 and 86 → the lower)
                .layanan(OnlinePresence.WEB_AND_MOBILE_APPLICATION,
                        Integration.WITHIN_ONE_UNIT)                         // 30  2 × 2 = 4   (VMID reads the integration)
                .replikasi("6101", "6102")                                   // 31  3 × 2 = 6
                .kecepatan(8)                                                // 32  2 × 2 = 4
                .kemanfaatan(BenefitBasis.INCOME_INCREASE_PERCENT, "49.995") // 33  3 × 2 = 6   (→ 50.00, A10)
                .monev(MonitoringKind.SATISFACTION_SURVEY)                   // 34  2 × 2 = 4
                .video(240, LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE,
                        MANFAAT);                                            // 35  4 × 2 = 8
        // Σ = 6+4+2+0+1+4+2+2+2+2+2+1+4+2+4+6+4+6+4+8 = 66
    }

    /** I3 Sosial: level 1 edges, a rejected video and a monev without evidence; 120-word rancang bangun. Σ = 25. */
    static InnovationBuilder i3() {
        return innovation("I3", YEAR).name("Bansos Digital").mainUrusan(Urusan.SOSIAL)
                .rancangBangunWords(120)                                     // no 2025 rule reads it
                .regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH)         // 16  3 × 1 = 3
                .sdm(10)                                                     // 17  2 × 1 = 2
                .anggaran(2023)                                              // 18  2 × 2 = 4   (T-2)
                .bimtek(LocalDate.of(2025, 1, 15))                           // 20  1 × 1 = 1
                .rkpd(2024, 2025)                                            // 21  2 × 1 = 2   (T-1, not T-2)
                .aktor(3)                                                    // 22  1 × 1 = 1
                .pelaksana(Appointment.ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH) // 23 1 × 1 = 1 (no SK)
                .jejaring(2)                                                 // 24  1 × 1 = 1
                .sosialisasi(DisseminationChannel.ACTIVITY_PHOTO)            // 25  1 × 1 = 1
                .pedoman(GuideForm.PRINTED)                                  // 26  1 × 1 = 1
                .proses(6)                                                   // 28  2 × 1 = 2
                .pengaduan(0, 0)                                             // 29  1 × 1 = 1   (no complaints = L1)
                .layanan(OnlinePresence.INFORMATION_ON_WEBSITE_OR_SOCIAL_MEDIA, null) // 30 0 (no integration: finding)
                .kecepatan(9)                                                // 32  2 × 1 = 2
                .kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "10.00") // 33 3 × 1 = 3
                .monev(MonitoringKind.INTERNAL_REPORT).withoutEvidence("monev") // 34 0 (A13: MISSING_EVIDENCE)
                .video(301, LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE,
                        MANFAAT, DAMPAK);                                    // 35  0 (over 5 minutes: REJECTED)
        // Σ = 3+2+4+1+2+1+1+1+1+1+2+1+0+2+3+0+0 = 25
    }

    /** I4 Pariwisata (not a basic service): applied 2021, last developed 2023-01-01, the window's first day. Σ = 32. */
    static InnovationBuilder i4() {
        return innovation("I4", YEAR).name("Desa Wisata").mainUrusan(Urusan.PARIWISATA)
                .applicationDate(LocalDate.of(2021, 5, 1)).latestDevelopmentDate(LocalDate.of(2023, 1, 1))
                .regulasi(RegulationType.PERATURAN_KEPALA_DAERAH)            // 16  3 × 3 = 9
                .sdm(30)                                                     // 17  2 × 2 = 4
                .pengaduan(200, 101)                                         // 29  1 × 1 = 1   (50.50 %: between 50 and 51 → the lower)
                .layanan(null, Integration.SEPARATE)                         // 30  2 × 1 = 2
                .replikasi("6101")                                           // 31  3 × 1 = 3
                .kemanfaatan(BenefitBasis.PRODUCTS, "201")                   // 33  3 × 3 = 9   (> 200)
                .video(60, LATAR_BELAKANG, DAMPAK);                          // 35  4 × 1 = 4
        // Σ = 9+4+1+2+3+9+4 = 32
    }

    /** I5 PUPR, applied 2022-12-31 (before the window): scored (15) but does not count (A12). */
    static InnovationBuilder i5() {
        return innovation("I5", YEAR).name("Jalan Lingkungan").mainUrusan(Urusan.PEKERJAAN_UMUM_DAN_PENATAAN_RUANG)
                .applicationDate(LocalDate.of(2022, 12, 31))
                .sdm(31)                                                     // 17  2 × 3 = 6
                .kemanfaatan(BenefitBasis.BENEFICIARIES, "201");             // 33  3 × 3 = 9
        // Σ = 15
    }

    /** I6 Perkim, stage Uji Coba: scored (21) but does not count (A11). */
    static InnovationBuilder i6() {
        return innovation("I6", YEAR).name("Rumah Sehat").mainUrusan(Urusan.PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN)
                .stage(Stage.UJI_COBA).applicationDate(LocalDate.of(2024, 3, 1))
                .regulasi(RegulationType.PERATURAN_DAERAH)                   // 16  3 × 3 = 9
                .video(200, LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE,
                        MANFAAT, DAMPAK);                                    // 35  4 × 3 = 12
        // Σ = 21
    }

    // ---- the index ---------------------------------------------------------------------------

    @Test
    void indexAndPredicate() {
        // IID = (40.25 + 23.4 + 1.52) / 250 × 100 = 65.17 × 0.4 = 26.068 → 26.07
        assertThat(result.index()).isEqualByComparingTo("26.07");
        assertThat(result.index().scale()).isEqualTo(2);
        assertThat(result.predicate()).isEqualTo("Kurang Inovatif");
        assertThat(result.assessmentYear()).isEqualTo(2025);
        assertThat(result.ruleSet().id()).isEqualTo("iid-2025");
        assertThat(result.ruleSet().status()).isEqualTo("reconstructed");
        assertThat(result.region().code()).isEqualTo("9902");
        assertThat(result.region().kind()).isEqualTo("KOTA");
    }

    @Test
    void totals() {
        Totals t = result.totals();
        assertThat(t.spd()).isEqualByComparingTo("40.25");
        assertThat(t.sidSum()).isEqualByComparingTo("234");       // 111 + 66 + 25 + 32
        assertThat(t.n()).isEqualTo(4);
        assertThat(t.minimumDivisor()).isEqualTo(10);             // A3
        assertThat(t.divisor()).isEqualTo(10);                    // MAX(10, 4)
        assertThat(t.sidAverage()).isEqualByComparingTo("23.4");  // 234 / 10
        assertThat(t.sji()).isEqualByComparingTo("1.52");         // 0.38 × 4
        assertThat(t.sid()).isEqualByComparingTo("24.92");        // 23.4 + 1.52
        assertThat(t.total()).isEqualByComparingTo("65.17");      // 40.25 + 24.92
        assertThat(t.maximum().spd()).isEqualByComparingTo("63");
        assertThat(t.maximum().sidPerInnovation()).isEqualByComparingTo("111");
        assertThat(t.maximum().sji()).isEqualByComparingTo("76"); // 0.38 × 200
        assertThat(t.maximum().total()).isEqualByComparingTo("250");
    }

    @Test
    void requirementMetWithThreeOfSix() {
        // PUPR and Perkim are the main urusan of I5 and I6 only, and neither counts.
        assertThat(result.requirement().covered()).containsExactly("Pendidikan", "Kesehatan", "Sosial");
        assertThat(result.requirement().coveredCount()).isEqualTo(3);
        assertThat(result.requirement().needed()).isEqualTo(2);
        assertThat(result.requirement().met()).isTrue();
        assertThat(result.requirement().consequence()).isEqualTo("none");
        assertThat(result.requirement().assumptions()).contains("A7");
    }

    // ---- SPD ---------------------------------------------------------------------------------

    @Test
    void everySpdRow() {
        // row, level, weight, points
        Object[][] expected = {
                {"1", 1, "1", "1"},
                {"2a", 3, "1", "3"},
                {"2b", 1, "1", "1"},
                {"3", 3, "1", "3"},
                {"4", 2, "1", "2"},
                {"5a", 1, "0.75", "0.75"},
                {"5b", 3, "0.75", "2.25"},
                {"6", 3, "1.5", "4.50"},
                {"7", 2, "1.5", "3.00"},
                {"8", 3, "1.5", "4.50"},
                {"9", 2, "1", "2"},
                {"10a", 2, "0.75", "1.50"},
                {"10b", 2, "0.75", "1.50"},
                {"11a", 1, "0.75", "0.75"},
                {"11b", 2, "0.75", "1.50"},
                {"12", 1, "2", "2"},
                {"13a", 3, "1", "3"},
                {"13b", 2, "1", "2"},
                {"14", 1, "1", "1"},
                {"15", 0, "1", "0"},
        };
        assertThat(result.spd()).hasSize(20);
        BigDecimal sum = BigDecimal.ZERO;
        for (Object[] e : expected) {
            SpdRowResult row = result.spdRow((String) e[0]);
            assertThat(row.level()).as("level of row %s", e[0]).isEqualTo(e[1]);
            assertThat(row.weight()).as("weight of row %s", e[0]).isEqualByComparingTo((String) e[2]);
            assertThat(row.points()).as("points of row %s", e[0]).isEqualByComparingTo((String) e[3]);
            sum = sum.add(row.points());
        }
        assertThat(sum).isEqualByComparingTo("40.25");
    }

    @Test
    void spdRowsRestOnA1AndTheirEdgesOnA10AndA14() {
        // 2025 uses the 2026 SPD rows by A1
        assertThat(result.spd()).filteredOn(r -> r.by() != null)
                .allSatisfy(r -> assertThat(r.by().assumptions()).as("row %s", r.row()).contains("A1"));
        // 2.045 is rounded half-up to 2.05 before it meets the L2 threshold (A10)
        assertThat(result.spdRow("4").by().assumptions()).contains("A10");
        // 2.35 is printed in both L2 and L3: the higher level (A14)
        assertThat(result.spdRow("5b").by().assumptions()).contains("A14");
        assertThat(result.spdRow("15").note()).contains("no evidence").contains("A13");
    }

    // ---- innovations -------------------------------------------------------------------------

    @Test
    void innovationTotalsAndWhoCounts() {
        assertThat(result.innovations())
                .extracting(InnovationResult::id, InnovationResult::counts, r -> r.points().intValueExact())
                .containsExactly(
                        tuple("I1", true, 111),
                        tuple("I2", true, 66),
                        tuple("I3", true, 25),
                        tuple("I4", true, 32),
                        tuple("I5", false, 15),
                        tuple("I6", false, 21));
        for (InnovationResult r : result.innovations()) {
            for (IndicatorResult ind : r.indicators()) {
                assertThat(ind.points()).as("%s indicator %s", r.id(), ind.indicator())
                        .isEqualByComparingTo(ind.weight().multiply(BigDecimal.valueOf(ind.level())));
            }
        }
    }

    @Test
    void everyIndicatorOfEveryInnovation() {
        assertLevels("I1", levels(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
        assertLevels("I2", levels(2, 2, 1, 0, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2));
        assertLevels("I3", levels(1, 1, 2, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0, 0));
        assertLevels("I4", levels(3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 3, 0, 1));
        assertLevels("I5", levels(0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0));
        assertLevels("I6", levels(3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3));
    }

    @Test
    void vmidRulesDecideAndNameTheirAssumptions() {
        InnovationResult i1 = result.innovation("I1");
        assertThat(i1.indicators()).allSatisfy(ind -> {
            assertThat(ind.by().source()).as("source of %s", ind.key()).isEqualTo("MKS-SEED");
            assertThat(ind.by().rule()).as("rule of %s", ind.key()).startsWith("VMID " + ind.indicator() + " ");
            assertThat(ind.by().assumptions()).as("assumptions of %s", ind.key()).contains("A8");
        });
        assertThat(i1.indicator("pelaksana").by().assumptions()).contains("A16");
        assertThat(i1.indicator("sosialisasi").by().assumptions()).contains("A18");
        assertThat(i1.indicator("kemanfaatan").by().rule()).contains("unit increase").contains("L3");
        assertThat(i1.indicator("kemanfaatan").by().assumptions()).contains("A10");
        InnovationResult i2 = result.innovation("I2");
        assertThat(i2.indicator("29").by().rule()).startsWith("VMID 29 ").contains("L2:");
        assertThat(i2.indicator("33").by().rule()).contains("income increase").contains("L2:");
        assertThat(i2.indicator("27").by().rule()).startsWith("VMID 27 ").contains("L1:");
        assertThat(result.innovation("I4").indicator("29").by().rule()).startsWith("VMID 29 ").contains("L1:");
    }

    @Test
    void zeroScoringIndicatorsSayWhy() {
        IndicatorResult ai = result.innovation("I2").indicator("alatKerja");
        assertThat(ai.points()).isEqualByComparingTo("0");
        assertThat(ai.note()).startsWith("reaches no level under catalogue VMID");
        IndicatorResult presence = result.innovation("I3").indicator("layanan");
        assertThat(presence.note()).startsWith("reaches no level under catalogue VMID");
        IndicatorResult monev = result.innovation("I3").indicator("monev");
        assertThat(monev.note()).contains("reaches level 1 but has no evidence").contains("A13");
        IndicatorResult video = result.innovation("I3").indicator("video");
        assertThat(video.note()).contains("301 seconds");
        assertThat(result.innovation("I3").indicator("informasi").note()).isEqualTo("not reported");
    }

    @Test
    void excludedInnovationsSayWhy() {
        InnovationResult i5 = result.innovation("I5");
        assertThat(i5.counts()).isFalse();
        assertThat(i5.reason()).contains("2022-12-31").contains("2023-01-01").contains("2024-12-31");
        assertThat(i5.excludedBy().assumptions()).contains("A12");

        InnovationResult i6 = result.innovation("I6");
        assertThat(i6.counts()).isFalse();
        assertThat(i6.reason()).contains("UJI_COBA");
        assertThat(i6.excludedBy().assumptions()).contains("A11");
    }

    @Test
    void findings() {
        assertThat(result.findings()).extracting(Finding::kind, Finding::path).containsExactlyInAnyOrder(
                tuple(Kind.MISSING_EVIDENCE, "$.spd.intellectualProperty.evidence"),
                tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[1].indicators.alatKerja"),
                tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[2].indicators.layanan"),
                tuple(Kind.MISSING_EVIDENCE, "$.innovations[2].indicators.monev.evidence"),
                tuple(Kind.REJECTED, "$.innovations[2].indicators.video"),
                tuple(Kind.NOT_COUNTED, "$.innovations[4]"),
                tuple(Kind.NOT_COUNTED, "$.innovations[5]"));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static final String[] KEYS = {"regulasi", "sdm", "anggaran", "alatKerja", "bimtek", "rkpd", "aktor",
            "pelaksana", "jejaring", "sosialisasi", "pedoman", "informasi", "proses", "pengaduan", "layanan",
            "replikasi", "kecepatan", "kemanfaatan", "monev", "video"};

    /** Levels of indicators 16..35, in order. */
    private static Map<String, Integer> levels(int... levels) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int k = 0; k < KEYS.length; k++) {
            m.put(KEYS[k], levels[k]);
        }
        return m;
    }

    private static void assertLevels(String id, Map<String, Integer> expected) {
        InnovationResult r = result.innovation(id);
        assertThat(r.indicators()).hasSize(20);
        expected.forEach((key, level) -> {
            IndicatorResult ind = r.indicator(key);
            assertThat(ind.level()).as("%s %s level", id, key).isEqualTo(level);
            assertThat(ind.weight()).as("%s %s weight", id, key)
                    .isEqualByComparingTo(BigDecimal.valueOf(YearLevels.WEIGHTS.get(key)));
        });
    }
}
