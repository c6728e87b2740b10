package org.iidrules.rules.y2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iidrules.model.SidFacts.Appointment.ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH;
import static org.iidrules.model.SidFacts.Appointment.NONE;
import static org.iidrules.model.SidFacts.Appointment.SK_KEPALA_DAERAH;
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
import org.iidrules.model.SpdFacts.SakipGrade;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One kabupaten scored under the 2026 rules, worked out by hand from /work/shared/methodology:
 * README.md (formula, 2026 column), spd-indicators.md (S2026) and sid-indicators.md (V2026).
 *
 * <p>Eight innovations: six count and cover 5 of the 6 basic-service urusan (Pendidikan, Kesehatan,
 * PUPR, Perkim, Sosial); I7 is excluded by its 299-word rancang bangun and I8 because its mandatory
 * indicator 33 has no evidence (A15). Both excluded ones are filed under the sixth basic service
 * (Trantibum), which therefore stays uncovered.
 *
 * <pre>
 * SPD                      45.75   (row by row below)
 * sidSum = 111 + 68 + 36 + 38 + 42 + 30 = 325   (I1..I6; I7 = 42 and I8 = 19 do not count)
 * n = 6;  divisor = MAX(12, 6) = 12
 * sidAverage = 325 / 12 = 27.083333… → shown 27.0833
 * requirement: 5 of 6 covered, 5 needed → met;  SJI = 0.38 × MIN(6, 200) = 2.28
 * sid   = 27.0833 + 2.28 = 29.3633
 * TOTAL = 45.75 + 325/12 + 2.28 = 901.36 / 12 = 75.113333… → shown 75.1133
 * IID   = 75.113333… / 250 × 100 = 30.045333… → 30.05 (HALF_UP, once)
 * 30.05 ≥ 0.01 and < 40.01 → Kurang Inovatif
 * </pre>
 */
class Region2026Test {

    private static Result result;

    @BeforeAll
    static void score() {
        result = RuleSets.builtIn().forYear(2026).evaluate(kabupaten());
    }

    // ---- the submission ----------------------------------------------------------------------

    static Submission kabupaten() {
        return SubmissionBuilder.submission(2026)
                .region(new Region("9901", "Kabupaten Contoh", RegionKind.KABUPATEN, Set.of()))
                .spd(spd())
                .innovation(i1())
                .innovation(i2())
                .innovation(i3())
                .innovation(i4())
                .innovation(i5())
                .innovation(i6())
                .innovation(i7())
                .innovation(i8())
                .build();
    }

    /**
     * S2026 rows, weight × level:
     * <pre>
     *  1   visi & misi both                    1    × 3 = 3
     *  2a  APBD on time 2 of 3 years           1    × 2 = 2
     *  2b  mandatory spending 3 components     1    × 2 = 2
     *  3   licensing growth 8.17 (≥ 8.17)      1    × 3 = 3
     *  4   income growth 5.23 (edge printed in L2 and L3: A14 → L3)  1 × 3 = 3
     *  5a  TPT reduction 0.355 → 0.36 (A10) ≥ 0.36      0.75 × 3 = 2.25
     *  5b  TPT rate 5.92 (in 2.34…5.92, not ≤ 2.35)     0.75 × 2 = 1.50
     *  6   investment growth −47.43 (from −47.43)       1.5  × 2 = 3.00
     *  7   PAD growth 33.845 → 33.85 (A10) ≥ 33.85      1.5  × 3 = 4.50
     *  8   audit opinion WDP                   1.5  × 2 = 3.00
     *  9   SAKIP BB                            1    × 2 = 2
     *  10a poverty reduction 0.07 (≤ 0.07)     0.75 × 1 = 0.75
     *  10b poverty rate 4.82 (A14 → L3)        0.75 × 3 = 2.25
     *  11a IPM increase 0.90 (A14 → L3)        0.75 × 3 = 2.25
     *  11b IPM 80.00                           0.75 × 3 = 2.25
     *  12  certificate + incentive             2    × 2 = 4
     *  13a 7 policy recommendations (4–7)      1    × 2 = 2
     *  13b IKK Sangat Baik                     1    × 3 = 3
     *  14  RIPJ not reported                   0 (not mandatory: no finding)
     *  15  HAKI socialisation, no evidence     0 (A13: MISSING_EVIDENCE)
     *  Σ = 3+2+2+3+3 + 2.25+1.5+3+4.5+3+2 + 0.75+2.25+2.25+2.25 + 4+2+3 = 45.75
     * </pre>
     */
    static SpdFacts spd() {
        return SpdFactsMaker.spd()
                .visiMisi(true, true)
                .apbdOnTimeYears(2)
                .mandatorySpendingComponents(3)
                .licensingGrowthPercent("8.17")
                .incomePerCapitaGrowthPercent("5.23")
                .unemploymentReductionPoints("0.355")
                .unemploymentRatePercent("5.92")
                .investmentGrowthPercent("-47.43")
                .ownSourceRevenueGrowthPercent("33.845")
                .auditOpinion(AuditOpinion.WDP)
                .sakipGrade(SakipGrade.BB)
                .povertyReductionPoints("0.07")
                .povertyRatePercent("4.82")
                .ipmIncreasePoints("0.90")
                .ipm("80.00")
                .innovatorAwards(InnovatorAward.CERTIFICATE_AND_INCENTIVE)
                .policyRecommendations(7)
                .policyQualityIndex(IkkCategory.SANGAT_BAIK)
                .intellectualProperty(HakiSupport.SOCIALISATION)
                .withoutEvidence("intellectualProperty")
                .build();
    }

    /** I1 Pendidikan: every indicator at level 3, 37 × 3 = 111. */
    static InnovationBuilder i1() {
        return innovation("I1", 2026).name("Sekolah Digital").mainUrusan(Urusan.PENDIDIKAN)
                .regulasi(RegulationType.PERATURAN_DAERAH)                   // 16  3 × 3 = 9
                .sdm(31)                                                     // 17  2 × 3 = 6   (> 30)
                .anggaran(2024, 2025, 2026)                                  // 18  2 × 3 = 6   (T-2, T-1, T-0)
                .alatKerja(WorkTool.ARTIFICIAL_INTELLIGENCE)                 // 19  2 × 3 = 6
                .bimtek(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1),
                        LocalDate.of(2026, 2, 1))                            // 20  1 × 3 = 3   (3 in T-2..T-0)
                .rkpd(2024, 2025, 2026)                                      // 21  2 × 3 = 6
                .aktor(5)                                                    // 22  1 × 3 = 3
                .pelaksana(SK_KEPALA_DAERAH)                                 // 23  1 × 3 = 3
                .jejaring(5)                                                 // 24  1 × 3 = 3
                .sosialisasi(DisseminationChannel.INDEPENDENT_NEWS_MEDIA)    // 25  1 × 3 = 3
                .pedoman(GuideForm.ONLINE_BOOK)                              // 26  1 × 3 = 3
                .informasi(InformationMethod.MANUAL, InformationMethod.HOTLINE,
                        InformationMethod.ONLINE_APPLICATION)                // 27  1 × 3 = 3   (3 groups)
                .proses(1)                                                   // 28  2 × 3 = 6
                .pengaduan(100, 91)                                          // 29  1 × 3 = 3   (91.00 %)
                .layanan(null, Integration.ACROSS_UNITS)                     // 30  2 × 3 = 6
                .replikasi("6101", "6102", "6103")                           // 31  3 × 3 = 9
                .kecepatan(4)                                                // 32  2 × 3 = 6
                .kemanfaatan(BenefitBasis.BENEFICIARIES, "501")              // 33  3 × 3 = 9
                .monev(MonitoringKind.EXTERNAL_EVALUATION)                   // 34  2 × 3 = 6
                .video(300, LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE,
                        MANFAAT, DAMPAK);                                    // 35  4 × 3 = 12  (300 s is not over 5 min)
    }

    /** I2 Kesehatan: level 2 almost everywhere, on the lower edges. Σ = 68. */
    static InnovationBuilder i2() {
        return innovation("I2", 2026).name("Puskesmas Keliling").mainUrusan(Urusan.KESEHATAN)
                .regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH) // 16 3 × 1 = 3
                .sdm(11)                                                     // 17  2 × 2 = 4
                .anggaran(2024, 2026)                                        // 18  2 × 1 = 2   (T-2 and T-0 are not consecutive)
                .alatKerja(WorkTool.ELECTRONIC_DEVICE)                       // 19  2 × 2 = 4
                .bimtek(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 5, 1))  // 20  1 × 2 = 2
                .rkpd(2024, 2025)                                            // 21  2 × 2 = 4   (T-2 and T-1)
                .aktor(4)                                                    // 22  1 × 2 = 2
                .pelaksana(ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH)        // 23  1 × 2 = 2
                .jejaring(3)                                                 // 24  1 × 2 = 2
                .sosialisasi(DisseminationChannel.SOCIAL_MEDIA,
                        DisseminationChannel.PEMDA_NEWS_MEDIA)               // 25  1 × 2 = 2
                .pedoman(GuideForm.ELECTRONIC_BOOK)                          // 26  1 × 2 = 2
                .informasi(InformationMethod.HOTLINE, InformationMethod.EMAIL,
                        InformationMethod.SOCIAL_MEDIA)                      // 27  1 × 2 = 2   (hotline; e-mail/social = 1 group)
                .proses(5)                                                   // 28  2 × 2 = 4
                .pengaduan(200, 101)                                         // 29  1 × 1 = 1   (50.50 %: between bands → lower)
                .layanan(null, Integration.WITHIN_ONE_UNIT)                  // 30  2 × 2 = 4
                .replikasi("A", "A", "B")                                    // 31  3 × 2 = 6   (2 distinct regions)
                .kecepatan(8)                                                // 32  2 × 2 = 4
                .kemanfaatan(BenefitBasis.TARGET_COVERAGE_PERCENT, "50.00")  // 33  3 × 2 = 6   (not > 50)
                .monev(MonitoringKind.SATISFACTION_SURVEY)                   // 34  2 × 2 = 4
                .video(240, LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE,
                        MANFAAT);                                            // 35  4 × 2 = 8
        // Σ = 3+4+2+4+2+4+2+2+2+2+2+2+4+1+4+6+4+6+4+8 = 68
    }

    /** I3 PUPR: level 1 everywhere, jejaring 1 scores 0, replikasi not reported. Σ = 36. */
    static InnovationBuilder i3() {
        return innovation("I3", 2026).name("Jalan Mulus").mainUrusan(Urusan.PEKERJAAN_UMUM_DAN_PENATAAN_RUANG)
                .regulasi(RegulationType.PERATURAN_KEPALA_DAERAH)            // 16  3 × 2 = 6
                .sdm(10)                                                     // 17  2 × 1 = 2
                .anggaran(2025)                                              // 18  2 × 1 = 2
                .alatKerja(WorkTool.MANUAL)                                  // 19  2 × 1 = 2
                .bimtek(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1)) // 20 1 × 1 = 1   (only 2024-01-01 is in T-2..T-0)
                .rkpd(2025)                                                  // 21  2 × 1 = 2
                .aktor(3)                                                    // 22  1 × 1 = 1
                .pelaksana(NONE)                                             // 23  1 × 1 = 1
                .jejaring(1)                                                 // 24  0 (1 PD reaches no V2026 level: finding)
                .sosialisasi(DisseminationChannel.ACTIVITY_PHOTO)            // 25  1 × 1 = 1
                .pedoman(GuideForm.PRINTED)                                  // 26  1 × 1 = 1
                .informasi(InformationMethod.MANUAL)                         // 27  1 × 1 = 1
                .proses(6)                                                   // 28  2 × 1 = 2
                .pengaduan(0, 0)                                             // 29  1 × 1 = 1   (no complaints = L1)
                .layanan(null, Integration.SEPARATE)                         // 30  2 × 1 = 2
                .kecepatan(9)                                                // 32  2 × 1 = 2
                .kemanfaatan(BenefitBasis.INCOME_INCREASE_PERCENT, "9.99")   // 33  3 × 1 = 3
                .monev(MonitoringKind.INTERNAL_REPORT)                       // 34  2 × 1 = 2
                .video(120, LATAR_BELAKANG, MANFAAT);                        // 35  4 × 1 = 4
        // Σ = 6+2+2+2+1+2+1+1+0+1+1+1+2+1+2+0+2+3+2+4 = 36
    }

    /** I4 Perkim: mandatory indicators plus a few; pedoman has no evidence. Σ = 38. */
    static InnovationBuilder i4() {
        return innovation("I4", 2026).name("Rumah Layak").mainUrusan(Urusan.PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN)
                .regulasi(RegulationType.SK_KEPALA_DAERAH)                   // 16  3 × 1 = 3
                .sdm(30)                                                     // 17  2 × 2 = 4   (11–30)
                .anggaran(2024, 2025)                                        // 18  2 × 2 = 4   (T-2 and T-1)
                .alatKerja(WorkTool.ONLINE_INFORMATION_SYSTEM)               // 19  2 × 3 = 6
                .pedoman(GuideForm.ONLINE_BOOK).withoutEvidence("pedoman")   // 26  0 (A13: MISSING_EVIDENCE)
                .kecepatan(5)                                                // 32  2 × 2 = 4
                .kemanfaatan(BenefitBasis.PRODUCTS, "201")                   // 33  3 × 3 = 9   (> 200)
                .video(300, LATAR_BELAKANG, PENJARINGAN_IDE, MANFAAT);       // 35  4 × 2 = 8
        // Σ = 3+4+4+6+0+4+9+8 = 38
    }

    /** I5 Sosial. Σ = 42. */
    static InnovationBuilder i5() {
        return innovation("I5", 2026).name("Bansos Tepat").mainUrusan(Urusan.SOSIAL)
                .regulasi(RegulationType.PERATURAN_DAERAH)                   // 16  3 × 3 = 9
                .sdm(1)                                                      // 17  2 × 1 = 2
                .jejaring(2)                                                 // 24  1 × 1 = 1
                .informasi(InformationMethod.EMAIL, InformationMethod.SOCIAL_MEDIA) // 27 1 × 1 = 1 (one group)
                .pengaduan(100, 51)                                          // 29  1 × 2 = 2   (51.00 %)
                .kecepatan(3)                                                // 32  2 × 3 = 6
                .kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "20.01") // 33 3 × 3 = 9
                .video(60, LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE, MANFAAT, DAMPAK); // 35 4 × 3 = 12
        // Σ = 9+2+1+1+2+6+9+12 = 42
    }

    /** I6 Pariwisata (not a basic service): applied 2023, last developed 2025, so inside the window. Σ = 30. */
    static InnovationBuilder i6() {
        return innovation("I6", 2026).name("Desa Wisata").mainUrusan(Urusan.PARIWISATA)
                .applicationDate(LocalDate.of(2023, 5, 1)).latestDevelopmentDate(LocalDate.of(2025, 2, 1))
                .regulasi(RegulationType.PERATURAN_KEPALA_DAERAH)            // 16  3 × 2 = 6
                .sdm(12)                                                     // 17  2 × 2 = 4
                .layanan(OnlinePresence.WEB_AND_MOBILE_APPLICATION, Integration.ACROSS_UNITS) // 30 2 × 3 = 6 (V2026 reads integration)
                .kecepatan(7)                                                // 32  2 × 2 = 4
                .kemanfaatan(BenefitBasis.POSITIVE_TREND_PERIODS, "2")       // 33  3 × 2 = 6
                .video(200, DAMPAK);                                         // 35  4 × 1 = 4
        // Σ = 6+4+6+4+6+4 = 30
    }

    /** I7 Trantibum, rancang bangun 299 words: scored (42) but does not count. */
    static InnovationBuilder i7() {
        return innovation("I7", 2026).name("Siskamling Pintar")
                .mainUrusan(Urusan.KETENTERAMAN_KETERTIBAN_UMUM_DAN_PERLINDUNGAN_MASYARAKAT)
                .rancangBangunWords(299)
                .regulasi(RegulationType.PERATURAN_DAERAH)                   // 16  3 × 3 = 9
                .sdm(40)                                                     // 17  2 × 3 = 6
                .jejaring(1)                                                 // 24  0 (no finding: the innovation is excluded)
                .kecepatan(2)                                                // 32  2 × 3 = 6
                .kemanfaatan(BenefitBasis.BENEFICIARIES, "1000")             // 33  3 × 3 = 9
                .video(300, LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE, MANFAAT, DAMPAK); // 35 4 × 3 = 12
        // Σ = 9+6+0+6+9+12 = 42
    }

    /** I8 Trantibum, kemanfaatan (mandatory) without evidence: scored (19) but does not count (A15). */
    static InnovationBuilder i8() {
        return innovation("I8", 2026).name("Damkar Cepat")
                .mainUrusan(Urusan.KETENTERAMAN_KETERTIBAN_UMUM_DAN_PERLINDUNGAN_MASYARAKAT)
                .regulasi(RegulationType.SK_KEPALA_DAERAH)                   // 16  3 × 1 = 3
                .sdm(15)                                                     // 17  2 × 2 = 4
                .kecepatan(6)                                                // 32  2 × 2 = 4
                .kemanfaatan(BenefitBasis.BENEFICIARIES, "300").withoutEvidence("kemanfaatan") // 33 0 (A13)
                .video(280, LATAR_BELAKANG, PENJARINGAN_IDE, MANFAAT);       // 35  4 × 2 = 8
        // Σ = 3+4+4+0+8 = 19
    }

    // ---- the index ---------------------------------------------------------------------------

    @Test
    void indexAndPredicate() {
        // IID = (45.75 + 2.28 + 325/12) / 250 × 100 = 901.36 / 3000 × 100 = 30.045333… → 30.05
        assertThat(result.index()).isEqualByComparingTo("30.05");
        assertThat(result.index().scale()).isEqualTo(2);
        assertThat(result.predicate()).isEqualTo("Kurang Inovatif");
        assertThat(result.assessmentYear()).isEqualTo(2026);
        assertThat(result.ruleSet().id()).isEqualTo("iid-2026");
        assertThat(result.region().kind()).isEqualTo("KABUPATEN");
    }

    @Test
    void totals() {
        Totals t = result.totals();
        assertThat(t.spd()).isEqualByComparingTo("45.75");
        assertThat(t.sidSum()).isEqualByComparingTo("325");       // 111 + 68 + 36 + 38 + 42 + 30
        assertThat(t.n()).isEqualTo(6);
        assertThat(t.minimumDivisor()).isEqualTo(12);
        assertThat(t.divisor()).isEqualTo(12);                    // MAX(12, 6)
        assertThat(t.sidAverage()).isEqualByComparingTo("27.0833"); // 325 / 12 = 27.08333…
        assertThat(t.sji()).isEqualByComparingTo("2.28");         // 0.38 × 6
        assertThat(t.sid()).isEqualByComparingTo("29.3633");      // 27.0833 + 2.28
        assertThat(t.total()).isEqualByComparingTo("75.1133");    // 901.36 / 12 = 75.11333…
        assertThat(t.maximum().spd()).isEqualByComparingTo("63");
        assertThat(t.maximum().sidPerInnovation()).isEqualByComparingTo("111");
        assertThat(t.maximum().sji()).isEqualByComparingTo("76");  // 0.38 × 200
        assertThat(t.maximum().total()).isEqualByComparingTo("250");
    }

    @Test
    void requirementMetWithFiveOfSix() {
        // Trantibum is the main urusan of I7 and I8 only, and neither counts.
        assertThat(result.requirement().covered()).containsExactly("Pendidikan", "Kesehatan",
                "Pekerjaan Umum dan Penataan Ruang", "Perumahan Rakyat dan Kawasan Permukiman", "Sosial");
        assertThat(result.requirement().coveredCount()).isEqualTo(5);
        assertThat(result.requirement().needed()).isEqualTo(5);
        assertThat(result.requirement().met()).isTrue();
        assertThat(result.requirement().consequence()).isEqualTo("none");
    }

    // ---- SPD ---------------------------------------------------------------------------------

    @Test
    void everySpdRow() {
        // row, level, weight, points
        Object[][] expected = {
                {"1", 3, "1", "3"},
                {"2a", 2, "1", "2"},
                {"2b", 2, "1", "2"},
                {"3", 3, "1", "3"},
                {"4", 3, "1", "3"},
                {"5a", 3, "0.75", "2.25"},
                {"5b", 2, "0.75", "1.50"},
                {"6", 2, "1.5", "3.00"},
                {"7", 3, "1.5", "4.50"},
                {"8", 2, "1.5", "3.00"},
                {"9", 2, "1", "2"},
                {"10a", 1, "0.75", "0.75"},
                {"10b", 3, "0.75", "2.25"},
                {"11a", 3, "0.75", "2.25"},
                {"11b", 3, "0.75", "2.25"},
                {"12", 2, "2", "4"},
                {"13a", 2, "1", "2"},
                {"13b", 3, "1", "3"},
                {"14", 0, "1", "0"},
                {"15", 0, "1", "0"},
        };
        assertThat(result.spd()).hasSize(20);
        BigDecimal sum = BigDecimal.ZERO;
        for (Object[] e : expected) {
            SpdRowResult row = result.spdRow((String) e[0]);
            assertThat(row.level()).as("level of row %s", e[0]).isEqualTo(e[1]);
            assertThat(row.weight()).as("weight of row %s", e[0]).isEqualByComparingTo((String) e[2]);
            assertThat(row.points()).as("points of row %s", e[0]).isEqualByComparingTo((String) e[3]);
            assertThat(row.points()).isEqualByComparingTo(row.weight().multiply(BigDecimal.valueOf(row.level())));
            sum = sum.add(row.points());
        }
        assertThat(sum).isEqualByComparingTo("45.75");
    }

    @Test
    void spdEdgesNameTheirRulesAndAssumptions() {
        // 5.23 is printed in both L2 (2.05 … 5.23) and L3 (≥ 5.23): A14 gives the higher level.
        assertThat(result.spdRow("4").by().rule()).isEqualTo("S2026 4 income growth L3: from 5.23");
        assertThat(result.spdRow("4").by().assumptions()).contains("A14");
        // 0.355 and 33.845 are rounded half-up to 0.36 and 33.85 before they meet a threshold (A10).
        assertThat(result.spdRow("5a").by().rule()).isEqualTo("S2026 5a unemployment reduction L3: from 0.36");
        assertThat(result.spdRow("5a").by().assumptions()).contains("A10");
        assertThat(result.spdRow("7").by().rule()).isEqualTo("S2026 7 PAD growth L3: from 33.85");
        // 5.92 is the top of L2 for a rate where lower is better.
        assertThat(result.spdRow("5b").by().rule()).isEqualTo("S2026 5b unemployment rate L2: up to 5.92");
        assertThat(result.spdRow("10b").by().rule()).isEqualTo("S2026 10b poverty rate L3: up to 4.82");
        assertThat(result.spdRow("14").note()).isEqualTo("not reported");
        assertThat(result.spdRow("15").note()).contains("reaches level 1 but has no evidence").contains("A13");
    }

    // ---- innovations -------------------------------------------------------------------------

    @Test
    void innovationTotalsAndWhoCounts() {
        assertThat(result.innovations())
                .extracting(InnovationResult::id, InnovationResult::counts, r -> r.points().intValueExact())
                .containsExactly(
                        tuple("I1", true, 111),
                        tuple("I2", true, 68),
                        tuple("I3", true, 36),
                        tuple("I4", true, 38),
                        tuple("I5", true, 42),
                        tuple("I6", true, 30),
                        tuple("I7", false, 42),
                        tuple("I8", false, 19));
        for (InnovationResult r : result.innovations()) {
            BigDecimal sum = r.indicators().stream().map(IndicatorResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(r.points()).as("points of %s", r.id()).isEqualByComparingTo(sum);
            for (IndicatorResult ind : r.indicators()) {
                assertThat(ind.points()).as("%s indicator %s", r.id(), ind.indicator())
                        .isEqualByComparingTo(ind.weight().multiply(BigDecimal.valueOf(ind.level())));
            }
        }
    }

    @Test
    void everyIndicatorOfEveryInnovation() {
        assertLevels("I1", levels(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
        assertLevels("I2", levels(1, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2));
        assertLevels("I3", levels(2, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1));
        assertLevels("I4", levels(1, 2, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 0, 2));
        assertLevels("I5", levels(3, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 2, 0, 0, 3, 3, 0, 3));
        assertLevels("I6", levels(2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 2, 2, 0, 1));
        assertLevels("I7", levels(3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 0, 3));
        assertLevels("I8", levels(1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 2));
    }

    @Test
    void zeroScoringIndicatorsSayWhy() {
        IndicatorResult jejaring = result.innovation("I3").indicator("24");
        assertThat(jejaring.points()).isEqualByComparingTo("0");
        assertThat(jejaring.note()).contains("reaches no level under catalogue V2026");
        assertThat(result.innovation("I3").indicator("replikasi").note()).isEqualTo("not reported");
        IndicatorResult pedoman = result.innovation("I4").indicator("pedoman");
        assertThat(pedoman.level()).isZero();
        assertThat(pedoman.note()).contains("reaches level 3 but has no evidence").contains("A13");
        assertThat(result.innovation("I2").indicator("29").by().rule()).isEqualTo("V2026 29 pengaduan L1: any ratio, or no complaints received");
    }

    @Test
    void excludedInnovationsSayWhy() {
        InnovationResult i7 = result.innovation("I7");
        assertThat(i7.counts()).isFalse();
        assertThat(i7.reason()).isEqualTo("its rancang bangun has 299 words; at least 300 are required");
        assertThat(i7.excludedBy().rule()).isEqualTo("2026: the rancang bangun has at least 300 words");

        InnovationResult i8 = result.innovation("I8");
        assertThat(i8.counts()).isFalse();
        assertThat(i8.reason()).startsWith("mandatory indicators score 0: 33 kemanfaatan (")
                .contains("no evidence").contains("A15");
        assertThat(i8.excludedBy().rule()).isEqualTo("manifest: eligibility.mandatoryIndicators");
        assertThat(i8.excludedBy().assumptions()).containsExactly("A15");
    }

    @Test
    void findings() {
        assertThat(result.findings()).extracting(Finding::kind, Finding::path).containsExactlyInAnyOrder(
                tuple(Kind.MISSING_EVIDENCE, "$.spd.intellectualProperty.evidence"),
                tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[2].indicators.jejaring"),
                tuple(Kind.MISSING_EVIDENCE, "$.innovations[3].indicators.pedoman.evidence"),
                tuple(Kind.NOT_COUNTED, "$.innovations[6]"),
                // I8 is set aside after scoring (A15), so its own indicator finding is still reported.
                tuple(Kind.MISSING_EVIDENCE, "$.innovations[7].indicators.kemanfaatan.evidence"),
                tuple(Kind.NOT_COUNTED, "$.innovations[7]"));
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
            assertThat(ind.weight()).as("%s %s weight", id, key).isEqualByComparingTo(BigDecimal.valueOf(V2026Levels.WEIGHTS.get(key)));
        });
    }
}
