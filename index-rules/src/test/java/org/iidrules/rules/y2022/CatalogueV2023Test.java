package org.iidrules.rules.y2022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.model.SidFacts.*;
import org.iidrules.model.SpdFacts.AuditOpinion;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.Result;
import org.iidrules.result.SpdRowResult;
import org.iidrules.rules.support.SpdFactsMaker;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SubmissionBuilder;
import org.iidrules.rules.support.YearLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 20 indicators of catalogue V2023 as the 2022 rule set scores them (A2), one fact at a time.
 * Every expectation comes from sid-indicators.md: the V2023 weight (column "bobot V2023") and the
 * V2023 level line of each indicator. Assessment year 2022: T-0 = 2022, T-1 = 2021, T-2 = 2020.
 */
class CatalogueV2023Test {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2022);

    private static Arguments row(String name, String key, UnaryOperator<InnovationBuilder> fill, int level,
                                 String weight, String points) {
        return Arguments.of(name, key, fill, level, weight, points);
    }

    static Stream<Arguments> levels() {
        return Stream.of(
                // ---- 16 regulasi, weight 3: SK Kepala PD / SK Kepala Daerah / Perkada or Perda
                row("16 SK Kepala PD -> L1", "regulasi", b -> b.regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH), 1, "3", "3"),      // 3 x 1
                row("16 SK Kepala Daerah -> L2", "regulasi", b -> b.regulasi(RegulationType.SK_KEPALA_DAERAH), 2, "3", "6"),            // 3 x 2
                row("16 SK Kepala PD a.n. Kepala Daerah -> L2 (A16)", "regulasi",
                        b -> b.regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH), 2, "3", "6"),                   // 3 x 2
                row("16 Peraturan Kepala Daerah -> L3", "regulasi", b -> b.regulasi(RegulationType.PERATURAN_KEPALA_DAERAH), 3, "3", "9"), // 3 x 3
                row("16 Peraturan Daerah -> L3", "regulasi", b -> b.regulasi(RegulationType.PERATURAN_DAERAH), 3, "3", "9"),             // 3 x 3

                // ---- 17 sdm, weight 2: 1-10 / 11-30 / more than 30
                row("17 1 staff -> L1", "sdm", b -> b.sdm(1), 1, "2", "2"),      // 2 x 1
                row("17 10 staff -> L1", "sdm", b -> b.sdm(10), 1, "2", "2"),    // 2 x 1
                row("17 11 staff -> L2", "sdm", b -> b.sdm(11), 2, "2", "4"),    // 2 x 2
                row("17 30 staff -> L2", "sdm", b -> b.sdm(30), 2, "2", "4"),    // 2 x 2
                row("17 31 staff -> L3", "sdm", b -> b.sdm(31), 3, "2", "6"),    // 2 x 3

                // ---- 18 anggaran, weight 2: T-0 only / T-1 or T-2 (not all three) / T-0, T-1 and T-2
                row("18 2022 (T-0) only -> L1", "anggaran", b -> b.anggaran(2022), 1, "2", "2"),                     // 2 x 1
                row("18 2021 (T-1) -> L2", "anggaran", b -> b.anggaran(2021), 2, "2", "4"),                          // 2 x 2
                row("18 2020 (T-2) -> L2", "anggaran", b -> b.anggaran(2020), 2, "2", "4"),                          // 2 x 2
                row("18 T-0 and T-1, not T-2 -> L2", "anggaran", b -> b.anggaran(2021, 2022), 2, "2", "4"),          // 2 x 2
                row("18 T-2 and T-1, not T-0 -> L2", "anggaran", b -> b.anggaran(2020, 2021), 2, "2", "4"),          // 2 x 2
                row("18 T-0, T-1 and T-2 -> L3", "anggaran", b -> b.anggaran(2020, 2021, 2022), 3, "2", "6"),        // 2 x 3

                // ---- 19 alat kerja, weight 2: manual / electronic devices / online information system
                row("19 manual -> L1", "alatKerja", b -> b.alatKerja(WorkTool.MANUAL), 1, "2", "2"),                                  // 2 x 1
                row("19 electronic device -> L2", "alatKerja", b -> b.alatKerja(WorkTool.ELECTRONIC_DEVICE), 2, "2", "4"),            // 2 x 2
                row("19 online information system -> L3", "alatKerja", b -> b.alatKerja(WorkTool.ONLINE_INFORMATION_SYSTEM), 3, "2", "6"), // 2 x 3

                // ---- 20 bimtek, weight 1: trainings in the last 2 years (T-1 and T-0): 1 / 2 / more than 2
                row("20 1 training in 2021 -> L1", "bimtek", b -> b.bimtek(d(2021, 3, 1)), 1, "1", "1"),
                row("20 2 trainings in 2021-2022 -> L2", "bimtek", b -> b.bimtek(d(2021, 3, 1), d(2022, 3, 1)), 2, "1", "2"),
                row("20 3 trainings in 2021-2022 -> L3", "bimtek", b -> b.bimtek(d(2021, 1, 1), d(2021, 6, 1), d(2022, 12, 31)), 3, "1", "3"),
                // three trainings on 2020-12-31 are in T-2, outside the last 2 years: only 2021-01-01 counts -> 1 -> L1
                row("20 only 1 of 4 trainings in T-1..T-0 -> L1", "bimtek",
                        b -> b.bimtek(d(2020, 12, 31), d(2020, 12, 31), d(2020, 12, 31), d(2021, 1, 1)), 1, "1", "1"),
                // two in T-2 and two in T-1..T-0: 2 count -> L2 (4 would be L3)
                row("20 2 of 4 trainings in T-1..T-0 -> L2", "bimtek",
                        b -> b.bimtek(d(2020, 2, 1), d(2020, 3, 1), d(2021, 2, 1), d(2022, 2, 1)), 2, "1", "2"),

                // ---- 21 rkpd, weight 2: RKPD of T-1 or T-2 / T-1 and T-2 / T-1, T-2 and T-0
                row("21 T-1 -> L1", "rkpd", b -> b.rkpd(2021), 1, "2", "2"),                            // 2 x 1
                row("21 T-2 -> L1", "rkpd", b -> b.rkpd(2020), 1, "2", "2"),                            // 2 x 1
                row("21 T-1 and T-0, not T-2 -> L1", "rkpd", b -> b.rkpd(2021, 2022), 1, "2", "2"),     // 2 x 1
                row("21 T-1 and T-2 -> L2", "rkpd", b -> b.rkpd(2020, 2021), 2, "2", "4"),              // 2 x 2
                row("21 T-2, T-1 and T-0 -> L3", "rkpd", b -> b.rkpd(2020, 2021, 2022), 3, "2", "6"),   // 2 x 3

                // ---- 22 aktor, weight 1: 3 (implementer included) / 4 / 5 or more
                row("22 3 kinds -> L1", "aktor", b -> b.aktor(3), 1, "1", "1"),
                row("22 4 kinds -> L2", "aktor", b -> b.aktor(4), 2, "1", "2"),
                row("22 5 kinds -> L3", "aktor", b -> b.aktor(5), 3, "1", "3"),
                row("22 8 kinds -> L3", "aktor", b -> b.aktor(8), 3, "1", "3"),

                // ---- 23 pelaksana, weight 1: team without an SK of the Kepala PD / SK Kepala PD / SK Kepala Daerah
                row("23 no appointment -> L1", "pelaksana", b -> b.pelaksana(Appointment.NONE), 1, "1", "1"),
                // an assignment letter (Surat Penugasan) is not an SK: still "a team without an SK" -> L1
                row("23 assignment letter -> L1", "pelaksana", b -> b.pelaksana(Appointment.ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH), 1, "1", "1"),
                row("23 SK Kepala PD -> L2", "pelaksana", b -> b.pelaksana(Appointment.SK_KEPALA_PERANGKAT_DAERAH), 2, "1", "2"),
                row("23 SK Kepala Daerah -> L3", "pelaksana", b -> b.pelaksana(Appointment.SK_KEPALA_DAERAH), 3, "1", "3"),
                row("23 SK Kepala PD a.n. Kepala Daerah -> L3 (A16)", "pelaksana",
                        b -> b.pelaksana(Appointment.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH), 3, "1", "3"),

                // ---- 24 jejaring, weight 1: 1-2 / 3-4 / 5 or more PD
                row("24 1 PD -> L1", "jejaring", b -> b.jejaring(1), 1, "1", "1"),
                row("24 2 PD -> L1", "jejaring", b -> b.jejaring(2), 1, "1", "1"),
                row("24 3 PD -> L2", "jejaring", b -> b.jejaring(3), 2, "1", "2"),
                row("24 4 PD -> L2", "jejaring", b -> b.jejaring(4), 2, "1", "2"),
                row("24 5 PD -> L3", "jejaring", b -> b.jejaring(5), 3, "1", "3"),

                // ---- 25 sosialisasi, weight 1: activity photo / social media / news media (highest channel)
                row("25 activity photo -> L1", "sosialisasi", b -> b.sosialisasi(DisseminationChannel.ACTIVITY_PHOTO), 1, "1", "1"),
                row("25 social media -> L2", "sosialisasi", b -> b.sosialisasi(DisseminationChannel.SOCIAL_MEDIA), 2, "1", "2"),
                row("25 photo + social media -> L2 (highest)", "sosialisasi",
                        b -> b.sosialisasi(DisseminationChannel.ACTIVITY_PHOTO, DisseminationChannel.SOCIAL_MEDIA), 2, "1", "2"),
                row("25 independent news media -> L3", "sosialisasi", b -> b.sosialisasi(DisseminationChannel.INDEPENDENT_NEWS_MEDIA), 3, "1", "3"),
                row("25 pemda news media -> L3 (A18)", "sosialisasi", b -> b.sosialisasi(DisseminationChannel.PEMDA_NEWS_MEDIA), 3, "1", "3"),

                // ---- 26 pedoman, weight 1: printed / electronic book / online book
                row("26 printed -> L1", "pedoman", b -> b.pedoman(GuideForm.PRINTED), 1, "1", "1"),
                row("26 e-book -> L2", "pedoman", b -> b.pedoman(GuideForm.ELECTRONIC_BOOK), 2, "1", "2"),
                row("26 online book -> L3", "pedoman", b -> b.pedoman(GuideForm.ONLINE_BOOK), 3, "1", "3"),

                // ---- 27 informasi, weight 1: telephone or face to face / e-mail or social media / online application
                row("27 face to face -> L1", "informasi", b -> b.informasi(InformationMethod.MANUAL), 1, "1", "1"),
                row("27 telephone -> L1", "informasi", b -> b.informasi(InformationMethod.HOTLINE), 1, "1", "1"),
                row("27 e-mail -> L2", "informasi", b -> b.informasi(InformationMethod.EMAIL), 2, "1", "2"),
                row("27 social media -> L2", "informasi", b -> b.informasi(InformationMethod.SOCIAL_MEDIA), 2, "1", "2"),
                row("27 face to face + e-mail -> L2 (highest)", "informasi",
                        b -> b.informasi(InformationMethod.MANUAL, InformationMethod.EMAIL), 2, "1", "2"),
                row("27 online application -> L3", "informasi", b -> b.informasi(InformationMethod.ONLINE_APPLICATION), 3, "1", "3"),

                // ---- 28 proses, weight 2: 6 days or more / 2-5 days / 1 day or less
                row("28 30 days -> L1", "proses", b -> b.proses(30), 1, "2", "2"),
                row("28 6 days -> L1", "proses", b -> b.proses(6), 1, "2", "2"),
                row("28 5 days -> L2", "proses", b -> b.proses(5), 2, "2", "4"),
                row("28 2 days -> L2", "proses", b -> b.proses(2), 2, "2", "4"),
                row("28 1 day -> L3", "proses", b -> b.proses(1), 3, "2", "6"),
                row("28 0 days (same day) -> L3", "proses", b -> b.proses(0), 3, "2", "6"),

                // ---- 29 pengaduan, weight 1: resolved/received <= 40 / 40.01-70.99 / >= 71.00 %; none received = L1
                row("29 no complaints received -> L1", "pengaduan", b -> b.pengaduan(0, 0), 1, "1", "1"),
                row("29 0 of 5 = 0% -> L1", "pengaduan", b -> b.pengaduan(5, 0), 1, "1", "1"),
                row("29 4000/10000 = 40.00% -> L1", "pengaduan", b -> b.pengaduan(10000, 4000), 1, "1", "1"),
                row("29 4001/10000 = 40.01% -> L2", "pengaduan", b -> b.pengaduan(10000, 4001), 2, "1", "2"),
                // A10: 80009/200000 = 40.0045% -> 40.00 -> L1;  8001/20000 = 40.005% -> 40.01 (half-up) -> L2
                row("29 40.0045% rounds to 40.00 -> L1", "pengaduan", b -> b.pengaduan(200000, 80009), 1, "1", "1"),
                row("29 40.005% rounds to 40.01 -> L2", "pengaduan", b -> b.pengaduan(20000, 8001), 2, "1", "2"),
                row("29 2/3 = 66.67% -> L2", "pengaduan", b -> b.pengaduan(3, 2), 2, "1", "2"),
                row("29 7099/10000 = 70.99% -> L2", "pengaduan", b -> b.pengaduan(10000, 7099), 2, "1", "2"),
                row("29 7100/10000 = 71.00% -> L3", "pengaduan", b -> b.pengaduan(10000, 7100), 3, "1", "3"),
                // A10: 70.995% (14199/20000) rounds half-up to 71.00 -> L3
                row("29 70.995% rounds to 71.00 -> L3", "pengaduan", b -> b.pengaduan(20000, 14199), 3, "1", "3"),
                row("29 10/10 = 100% -> L3", "pengaduan", b -> b.pengaduan(10, 10), 3, "1", "3"),

                // ---- 30 online sistem, weight 2: website or social media / web application / web and mobile app
                row("30 information on a website -> L1", "layanan",
                        b -> b.layanan(OnlinePresence.INFORMATION_ON_WEBSITE_OR_SOCIAL_MEDIA, null), 1, "2", "2"),
                row("30 web application -> L2", "layanan", b -> b.layanan(OnlinePresence.WEB_APPLICATION, null), 2, "2", "4"),
                row("30 web and mobile -> L3", "layanan", b -> b.layanan(OnlinePresence.WEB_AND_MOBILE_APPLICATION, null), 3, "2", "6"),
                // V2023 reads the online presence; the VMID/V2026 integration degree does not change it
                row("30 web application, integrated across units -> L2", "layanan",
                        b -> b.layanan(OnlinePresence.WEB_APPLICATION, Integration.ACROSS_UNITS), 2, "2", "4"),

                // ---- 31 replikasi, weight 3: replicated 1 / 2 / 3 or more times
                row("31 1 replication -> L1", "replikasi", b -> b.replikasi("6101"), 1, "3", "3"),
                row("31 2 replications -> L2", "replikasi", b -> b.replikasi("6101", "6102"), 2, "3", "6"),
                row("31 3 replications -> L3", "replikasi", b -> b.replikasi("6101", "6102", "6103"), 3, "3", "9"),
                row("31 5 replications -> L3", "replikasi", b -> b.replikasi("6101", "6102", "6103", "6104", "6105"), 3, "3", "9"),

                // ---- 32 kecepatan, weight 2: 9 months or more / 5-8 months / 4 months or less
                row("32 12 months -> L1", "kecepatan", b -> b.kecepatan(12), 1, "2", "2"),
                row("32 9 months -> L1", "kecepatan", b -> b.kecepatan(9), 1, "2", "2"),
                row("32 8 months -> L2", "kecepatan", b -> b.kecepatan(8), 2, "2", "4"),
                row("32 5 months -> L2", "kecepatan", b -> b.kecepatan(5), 2, "2", "4"),
                row("32 4 months -> L3", "kecepatan", b -> b.kecepatan(4), 3, "2", "6"),
                row("32 1 month -> L3", "kecepatan", b -> b.kecepatan(1), 3, "2", "6"),

                // ---- 33 kemanfaatan, weight 3: beneficiaries 1-100 / 101-200 / >= 201
                row("33 1 beneficiary -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "1"), 1, "3", "3"),
                row("33 100 beneficiaries -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "100"), 1, "3", "3"),
                row("33 101 beneficiaries -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "101"), 2, "3", "6"),
                row("33 200 beneficiaries -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "200"), 2, "3", "6"),
                row("33 201 beneficiaries -> L3", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "201"), 3, "3", "9"),
                row("33 5000 beneficiaries -> L3", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "5000"), 3, "3", "9"),

                // ---- 34 monev, weight 2: internal report / SKM / external research-based evaluation
                row("34 internal report -> L1", "monev", b -> b.monev(MonitoringKind.INTERNAL_REPORT), 1, "2", "2"),
                row("34 satisfaction survey -> L2", "monev", b -> b.monev(MonitoringKind.SATISFACTION_SURVEY), 2, "2", "4"),
                row("34 external evaluation -> L3", "monev", b -> b.monev(MonitoringKind.EXTERNAL_EVALUATION), 3, "2", "6"),

                // ---- 35 video, weight 4: elements 1-2 / 3-4 / all 5; at most 5 minutes
                row("35 1 element -> L1", "video", b -> b.video(60, VideoElement.LATAR_BELAKANG), 1, "4", "4"),
                row("35 2 elements -> L1", "video", b -> b.video(60, VideoElement.LATAR_BELAKANG, VideoElement.MANFAAT), 1, "4", "4"),
                row("35 3 elements -> L2", "video",
                        b -> b.video(60, VideoElement.LATAR_BELAKANG, VideoElement.MANFAAT, VideoElement.DAMPAK), 2, "4", "8"),
                row("35 4 elements -> L2", "video", b -> b.video(60, VideoElement.LATAR_BELAKANG, VideoElement.PENJARINGAN_IDE,
                        VideoElement.MANFAAT, VideoElement.DAMPAK), 2, "4", "8"),
                row("35 5 elements -> L3", "video", b -> b.video(60, VideoElement.values()), 3, "4", "12"),
                // exactly 5 minutes is not "over 5 minutes": valid
                row("35 5 elements, 300 s -> L3", "video", b -> b.video(300, VideoElement.values()), 3, "4", "12"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void level(String name, String key, UnaryOperator<InnovationBuilder> fill, int level, String weight, String points) {
        Result r = score(fill.apply(innovation("X", 2022)));
        IndicatorResult ind = r.innovation("X").indicator(key);
        assertThat(ind.level()).as("level").isEqualTo(level);
        assertThat(ind.weight()).as("weight").isEqualByComparingTo(weight);
        assertThat(ind.points()).as("points = weight x level").isEqualByComparingTo(points);
        assertThat(ind.by().source()).isEqualTo("SQL2023");
        assertThat(ind.note()).isNull();
        // the only filled indicator: it is the innovation's whole SID score
        assertThat(r.innovation("X").points()).isEqualByComparingTo(points);
        assertThat(indicatorFindings(r)).isEmpty();
    }

    static Stream<Arguments> unrecognised() {
        return Stream.of(
                // 17: 0 staff is below the 1-10 band
                Arguments.of("17 0 staff", "sdm", (UnaryOperator<InnovationBuilder>) b -> b.sdm(0)),
                // 18: a budget in T-3 only (2019) is in no V2023 band
                Arguments.of("18 T-3 only", "anggaran", (UnaryOperator<InnovationBuilder>) b -> b.anggaran(2019)),
                // 19: V2023 does not list AI
                Arguments.of("19 AI", "alatKerja", (UnaryOperator<InnovationBuilder>) b -> b.alatKerja(WorkTool.ARTIFICIAL_INTELLIGENCE)),
                // 20: trainings only in T-2 (2020): none in the last 2 years
                Arguments.of("20 trainings in T-2 only", "bimtek",
                        (UnaryOperator<InnovationBuilder>) b -> b.bimtek(d(2020, 1, 1), d(2020, 6, 1), d(2020, 12, 31))),
                // 21: the RKPD of T-0 alone is in no V2023 band (every band needs T-1 or T-2)
                Arguments.of("21 T-0 only", "rkpd", (UnaryOperator<InnovationBuilder>) b -> b.rkpd(2022)),
                // 22: 2 kinds of actors, below 3
                Arguments.of("22 2 kinds", "aktor", (UnaryOperator<InnovationBuilder>) b -> b.aktor(2)),
                // 24: 0 PD
                Arguments.of("24 0 PD", "jejaring", (UnaryOperator<InnovationBuilder>) b -> b.jejaring(0)),
                // 25: no channel at all
                Arguments.of("25 no channel", "sosialisasi", (UnaryOperator<InnovationBuilder>) b -> b.sosialisasi()),
                // 27: V2023 lists telephone/face to face, e-mail/social media, online application: not AI
                Arguments.of("27 AI only", "informasi", (UnaryOperator<InnovationBuilder>) b -> b.informasi(InformationMethod.ARTIFICIAL_INTELLIGENCE)),
                // 30: no online presence given (only the VMID/V2026 integration degree)
                Arguments.of("30 integration only", "layanan", (UnaryOperator<InnovationBuilder>) b -> b.layanan(null, Integration.ACROSS_UNITS)),
                // 31: no replication
                Arguments.of("31 no replication", "replikasi", (UnaryOperator<InnovationBuilder>) b -> b.replikasi()),
                // 33: 0 beneficiaries, below 1
                Arguments.of("33 0 beneficiaries", "kemanfaatan", (UnaryOperator<InnovationBuilder>) b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "0")),
                // 33: V2023 lists only beneficiaries (persons): every other basis -> 0
                Arguments.of("33 target coverage %", "kemanfaatan",
                        (UnaryOperator<InnovationBuilder>) b -> b.kemanfaatan(BenefitBasis.TARGET_COVERAGE_PERCENT, "60")),
                Arguments.of("33 products", "kemanfaatan", (UnaryOperator<InnovationBuilder>) b -> b.kemanfaatan(BenefitBasis.PRODUCTS, "300")),
                Arguments.of("33 spending efficiency %", "kemanfaatan",
                        (UnaryOperator<InnovationBuilder>) b -> b.kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "25")),
                // 35: a video showing none of the 5 elements
                Arguments.of("35 no element", "video", (UnaryOperator<InnovationBuilder>) b -> b.video(60)));
    }

    @ParameterizedTest(name = "{0} -> 0, UNRECOGNISED_VALUE")
    @MethodSource("unrecognised")
    void unrecognisedValueScoresZero(String name, String key, UnaryOperator<InnovationBuilder> fill) {
        Result r = score(fill.apply(innovation("X", 2022)));
        IndicatorResult ind = r.innovation("X").indicator(key);
        assertThat(ind.level()).isZero();
        assertThat(ind.points()).isEqualByComparingTo("0");
        assertThat(ind.note()).isNotBlank();
        assertThat(indicatorFindings(r)).extracting(Finding::kind, Finding::path)
                .containsExactly(tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[0].indicators." + key));
        // the innovation still counts; it just scores 0 here
        assertThat(r.innovation("X").counts()).isTrue();
        assertThat(r.innovation("X").points()).isEqualByComparingTo("0");
    }

    // ---- specific rules ----------------------------------------------------------------------

    @Test
    void videoOverFiveMinutesIsRejected() {
        // all 5 elements would be L3 (4 x 3 = 12), but 301 s > 300 s: not valid evidence -> 0, REJECTED
        Result r = score(innovation("X", 2022).video(301, VideoElement.values()).sdm(12));
        IndicatorResult video = r.innovation("X").indicator("35");
        assertThat(video.level()).isZero();
        assertThat(video.points()).isEqualByComparingTo("0");
        assertThat(video.note()).isNotBlank();
        assertThat(indicatorFindings(r)).extracting(Finding::kind, Finding::path)
                .containsExactly(tuple(Kind.REJECTED, "$.innovations[0].indicators.video"));
        // the rest of the innovation is unaffected: 17 sdm 12 -> L2, 2 x 2 = 4
        assertThat(r.innovation("X").points()).isEqualByComparingTo("4");
    }

    @Test
    void anSkOnBehalfOfTheKepalaDaerahCitesA16() {
        Result r = score(innovation("X", 2022)
                .regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH)
                .pelaksana(Appointment.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH));
        // regulasi: = SK Kepala Daerah -> L2, 3 x 2 = 6; pelaksana: = SK Kepala Daerah -> L3, 1 x 3 = 3
        assertThat(r.innovation("X").indicator("regulasi").points()).isEqualByComparingTo("6");
        assertThat(r.innovation("X").indicator("pelaksana").points()).isEqualByComparingTo("3");
        assertThat(r.innovation("X").indicator("regulasi").by().assumptions()).contains("A16");
        assertThat(r.innovation("X").indicator("pelaksana").by().assumptions()).contains("A16");
        // 6 + 3 = 9
        assertThat(r.innovation("X").points()).isEqualByComparingTo("9");
    }

    @Test
    void pemdaNewsMediaCitesA18() {
        Result r = score(innovation("X", 2022).sosialisasi(DisseminationChannel.PEMDA_NEWS_MEDIA));
        // news media (the pemda's own, A18) -> L3; 1 x 3 = 3
        IndicatorResult s = r.innovation("X").indicator("sosialisasi");
        assertThat(s.level()).isEqualTo(3);
        assertThat(s.points()).isEqualByComparingTo("3");
        assertThat(s.by().assumptions()).contains("A18");
    }

    @Test
    void aFullInnovationScores111() {
        // every indicator at L3: sum of V2023 weights 37 x 3 = 111
        InnovationBuilder b = innovation("X", 2022);
        for (String key : YearLevels.WEIGHTS.keySet()) {
            YearLevels.fill(b, key, 3, 2022);
        }
        Result r = score(b);
        assertThat(r.innovation("X").points()).isEqualByComparingTo("111");
        assertThat(r.innovation("X").indicators()).allSatisfy(i -> assertThat(i.level()).isEqualTo(3));
        assertThat(r.innovation("X").indicators()).extracting(IndicatorResult::indicator)
                .containsExactly("16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29",
                        "30", "31", "32", "33", "34", "35");
    }

    @Test
    void relativeYearsFollowTheRuleSetNotTheCalendar() {
        // The same facts scored under 2022: anggaran 2020, 2021, 2022 = T-2, T-1, T-0 -> L3 (2 x 3 = 6);
        // rkpd 2021 only = T-1 -> L1 (2 x 1 = 2); bimtek 2 trainings in 2022 = T-0 -> L2 (1 x 2 = 2).
        Result r = score(innovation("X", 2022).anggaran(2020, 2021, 2022).rkpd(2021)
                .bimtek(d(2022, 1, 10), d(2022, 8, 10)));
        assertThat(r.innovation("X").indicator("anggaran").level()).isEqualTo(3);
        assertThat(r.innovation("X").indicator("rkpd").level()).isEqualTo(1);
        assertThat(r.innovation("X").indicator("bimtek").level()).isEqualTo(2);
        // 6 + 2 + 2 = 10
        assertThat(r.innovation("X").points()).isEqualByComparingTo("10");
    }

    // ---- missing evidence (A13) ----------------------------------------------------------------

    @Test
    void indicatorWithoutEvidenceScoresZero() {
        // [0] Y: a plain innovation; [1] X: sdm 12 would be L2 (2 x 2 = 4) and aktor 5 L3 (1 x 3 = 3),
        // but sdm has no evidence: sdm 0 (A13), X = 0 + 3 = 3
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .innovation(innovation("Y", 2022).aktor(3))
                .innovation(innovation("X", 2022).sdm(12).aktor(5).withoutEvidence("sdm"))
                .build());
        IndicatorResult sdm = r.innovation("X").indicator("sdm");
        assertThat(sdm.level()).isZero();
        assertThat(sdm.points()).isEqualByComparingTo("0");
        assertThat(sdm.note()).contains("A13");
        assertThat(r.innovation("X").indicator("aktor").points()).isEqualByComparingTo("3");
        assertThat(r.innovation("X").points()).isEqualByComparingTo("3");
        assertThat(indicatorFindings(r)).extracting(Finding::kind, Finding::path)
                .containsExactly(tuple(Kind.MISSING_EVIDENCE, "$.innovations[1].indicators.sdm.evidence"));
    }

    @Test
    void spdRowWithoutEvidenceScoresZero() {
        // row 8 WTP would be L3 (1.5 x 3 = 4.5) but has no evidence: 0 (A13);
        // row 9 SAKIP A -> L3, 1 x 3 = 3 with evidence. SPD = 3
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .spd(SpdFactsMaker.spd().auditOpinion(AuditOpinion.WTP).withoutEvidence("auditOpinion")
                        .sakipGrade(org.iidrules.model.SpdFacts.SakipGrade.A).build())
                .build());
        SpdRowResult row = r.spdRow("8");
        assertThat(row.level()).isZero();
        assertThat(row.points()).isEqualByComparingTo("0");
        assertThat(row.note()).contains("A13");
        assertThat(r.totals().spd()).isEqualByComparingTo("3");
        assertThat(r.findings()).extracting(Finding::kind, Finding::path)
                .contains(tuple(Kind.MISSING_EVIDENCE, "$.spd.auditOpinion.evidence"));
        assertThat(r.findings()).filteredOn(f -> f.kind() == Kind.MISSING_EVIDENCE).hasSize(1);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Result score(InnovationBuilder b) {
        return RULES.evaluate(SubmissionBuilder.submission(2022).innovation(b).build());
    }

    /**
     * The findings about single indicators (these one-innovation submissions also carry the
     * REQUIREMENT_UNMET finding of a region covering no basic service, which is not under test here).
     */
    private static java.util.List<Finding> indicatorFindings(Result r) {
        return r.findings().stream().filter(f -> f.path().contains(".indicators.")).toList();
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
