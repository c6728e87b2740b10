package org.iidrules.rules.y2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.model.SidFacts.Appointment;
import org.iidrules.model.SidFacts.BenefitBasis;
import org.iidrules.model.SidFacts.DisseminationChannel;
import org.iidrules.model.SidFacts.InformationMethod;
import org.iidrules.model.SidFacts.Integration;
import org.iidrules.model.SidFacts.OnlinePresence;
import org.iidrules.model.SidFacts.RegulationType;
import org.iidrules.model.SidFacts.VideoElement;
import org.iidrules.model.SidFacts.WorkTool;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every place where catalogue V2026 differs from V2023 (sid-indicators.md, "Levels, by indicator"),
 * scored under the 2026 rule set (T-0 = 2026, so T-1 = 2025 and T-2 = 2024).
 *
 * <p>Each case scores one innovation with the indicator under test and checks its level, that its
 * weight is the V2026 bobot, and that points = weight × level. A filled fact that reaches no level
 * scores 0 with an UNRECOGNISED_VALUE finding. (The innovation does not count, since it lacks the
 * mandatory indicators, but that is decided after scoring and does not silence its findings.)
 */
class CatalogueV2026Test {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2026);
    private static final String PATH = "$.innovations[0].indicators.";

    // ---- 16 regulasi --------------------------------------------------------------------------

    @ParameterizedTest(name = "16 regulasi {0} -> L{1}")
    @CsvSource({
            "SK_KEPALA_DAERAH,                             1",
            "SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH,  1",
            "PERATURAN_KEPALA_DAERAH,                      2",
            "PERATURAN_DAERAH,                             3",
    })
    void regulasi(RegulationType type, int level) {
        assertLevel(b -> b.regulasi(type), "regulasi", level);   // bobot 3: 3 / 3 / 6 / 9 points
    }

    @Test
    void regulasiPlainSkKepalaPerangkatDaerahScoresZeroWithAFinding() {
        // V2023 puts it at L1; V2026 lists only the SK signed a.n. the Kepala Daerah.
        assertUnrecognised(b -> b.regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH), "regulasi");
    }

    // ---- 18 anggaran --------------------------------------------------------------------------

    @ParameterizedTest(name = "18 anggaran {0} -> L{1}")
    @CsvSource({
            "2026,            1",   // T-0 only
            "2025,            1",   // T-1 only
            "2024,            1",   // T-2 only
            "2024 2025,       2",   // T-2 & T-1: consecutive
            "2025 2026,       2",   // T-1 & T-0: consecutive
            "2024 2026,       1",   // T-2 & T-0: two years, not consecutive
            "2024 2025 2026,  3",   // all three
            "2023 2024 2025,  2",   // 2023 is outside T-2..T-0
            "2022 2025 2026,  2",
    })
    void anggaran(String years, int level) {
        assertLevel(b -> b.anggaran(years(years)), "anggaran", level);   // bobot 2
    }

    @Test
    void anggaranOutsideTMinus2ToT0ScoresZeroWithAFinding() {
        assertUnrecognised(b -> b.anggaran(2022, 2023), "anggaran");
    }

    // ---- 19 alat kerja ------------------------------------------------------------------------

    @ParameterizedTest(name = "19 alatKerja {0} -> L{1}")
    @CsvSource({
            "MANUAL,                     1",
            "ELECTRONIC_DEVICE,          2",
            "ONLINE_INFORMATION_SYSTEM,  3",
            "ARTIFICIAL_INTELLIGENCE,    3",   // V2023 does not list AI; V2026 puts it with the online system
    })
    void alatKerja(WorkTool tool, int level) {
        assertLevel(b -> b.alatKerja(tool), "alatKerja", level);   // bobot 2
    }

    // ---- 20 bimtek ----------------------------------------------------------------------------

    @ParameterizedTest(name = "20 bimtek {0} -> L{1}")
    @CsvSource({
            "2024-01-01,                                 1",
            "2023-12-31 2024-01-01,                      1",   // 2023 is T-3
            "2026-06-30,                                 1",   // T-0 counts in V2026
            "2024-02-01 2024-09-01,                      2",   // two in the same year are two trainings
            "2024-02-01 2026-02-01,                      2",
            "2024-02-01 2025-02-01 2026-02-01,           3",
            "2023-02-01 2024-02-01 2025-02-01,           2",
            "2024-02-01 2025-02-01 2025-08-01 2026-02-01, 3",
    })
    void bimtek(String dates, int level) {
        assertLevel(b -> b.bimtek(dates(dates)), "bimtek", level);   // bobot 1
    }

    @Test
    void bimtekOnlyBeforeTMinus2ScoresZeroWithAFinding() {
        assertUnrecognised(b -> b.bimtek(LocalDate.of(2022, 5, 1), LocalDate.of(2023, 12, 31)), "bimtek");
    }

    // ---- 23 pelaksana -------------------------------------------------------------------------

    @ParameterizedTest(name = "23 pelaksana {0} -> L{1}")
    @CsvSource({
            "NONE,                                        1",
            "ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH,   2",
            "SK_KEPALA_PERANGKAT_DAERAH,                  2",   // A17
            "SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH, 3",
            "SK_KEPALA_DAERAH,                            3",
    })
    void pelaksana(Appointment appointment, int level) {
        assertLevel(b -> b.pelaksana(appointment), "pelaksana", level);   // bobot 1
    }

    @Test
    void pelaksanaSkKepalaPerangkatDaerahRestsOnA17() {
        IndicatorResult r = score(b -> b.pelaksana(Appointment.SK_KEPALA_PERANGKAT_DAERAH)).innovation("X").indicator("23");
        assertThat(r.by().rule()).isEqualTo("V2026 23 pelaksana L2: assignment letter of the Kepala PD, or an SK Kepala PD");
        assertThat(r.by().assumptions()).contains("A17");
        IndicatorResult letter = score(b -> b.pelaksana(Appointment.ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH))
                .innovation("X").indicator("23");
        assertThat(letter.by().source()).isEqualTo("SIMONDA-IGA");
    }

    // ---- 24 jejaring --------------------------------------------------------------------------

    @ParameterizedTest(name = "24 jejaring {0} PD -> L{1}")
    @CsvSource({"2, 1", "3, 2", "4, 2", "5, 3", "9, 3"})
    void jejaring(int perangkatDaerah, int level) {
        assertLevel(b -> b.jejaring(perangkatDaerah), "jejaring", level);   // bobot 1
    }

    @ParameterizedTest(name = "24 jejaring {0} PD -> 0")
    @CsvSource({"0", "1"})
    void jejaringBelowTwoScoresZeroWithAFinding(int perangkatDaerah) {
        assertUnrecognised(b -> b.jejaring(perangkatDaerah), "jejaring");
    }

    // ---- 25 sosialisasi -----------------------------------------------------------------------

    @ParameterizedTest(name = "25 sosialisasi {0} -> L{1}")
    @CsvSource({
            "ACTIVITY_PHOTO,                           1",
            "SOCIAL_MEDIA,                             2",
            "PEMDA_NEWS_MEDIA,                         2",   // V2023: L3 (news media)
            "INDEPENDENT_NEWS_MEDIA,                   3",
            "ACTIVITY_PHOTO PEMDA_NEWS_MEDIA,          2",   // the highest channel used
            "SOCIAL_MEDIA PEMDA_NEWS_MEDIA,            2",
            "ACTIVITY_PHOTO INDEPENDENT_NEWS_MEDIA,    3",
    })
    void sosialisasi(String channels, int level) {
        DisseminationChannel[] c = Arrays.stream(channels.split(" ")).map(DisseminationChannel::valueOf)
                .toArray(DisseminationChannel[]::new);
        assertLevel(b -> b.sosialisasi(c), "sosialisasi", level);   // bobot 1
    }

    // ---- 27 informasi -------------------------------------------------------------------------

    @ParameterizedTest(name = "27 informasi {0} -> L{1}")
    @CsvSource({
            "MANUAL,                                         1",
            "HOTLINE,                                        1",
            "EMAIL,                                          1",
            "EMAIL SOCIAL_MEDIA,                             1",   // one group: social media or e-mail
            "ONLINE_APPLICATION ARTIFICIAL_INTELLIGENCE,     1",   // one group: online application or AI
            "ARTIFICIAL_INTELLIGENCE,                        1",
            "MANUAL HOTLINE,                                 2",
            "EMAIL ONLINE_APPLICATION,                       2",
            "SOCIAL_MEDIA EMAIL ARTIFICIAL_INTELLIGENCE ONLINE_APPLICATION, 2",
            "MANUAL HOTLINE EMAIL,                           3",
            "MANUAL SOCIAL_MEDIA ARTIFICIAL_INTELLIGENCE,    3",
            "MANUAL HOTLINE SOCIAL_MEDIA ONLINE_APPLICATION, 3",
    })
    void informasi(String methods, int level) {
        InformationMethod[] m = Arrays.stream(methods.split(" ")).map(InformationMethod::valueOf)
                .toArray(InformationMethod[]::new);
        assertLevel(b -> b.informasi(m), "informasi", level);   // bobot 1
    }

    // ---- 29 pengaduan -------------------------------------------------------------------------

    @ParameterizedTest(name = "29 pengaduan {1}/{0} -> L{2}")
    @CsvSource({
            "100,    50,     1",   // 50.00
            "200,    101,    1",   // 50.50: between the printed bands (≤ 50 / 51–90) → the lower
            "200000, 101989, 1",   // 50.9945 → 50.99 (A10)
            "20000,  10199,  2",   // 50.995 → 51.00 (A10, half-up)
            "100,    51,     2",   // 51.00
            "10000,  9099,   2",   // 90.99: between 90 and 91 → the lower
            "20000,  18199,  3",   // 90.995 → 91.00 (A10)
            "100,    91,     3",   // 91.00
            "100,    100,    3",
            "0,      0,      1",   // no complaints received = L1
            "100,    0,      1",
    })
    void pengaduan(int received, int resolved, int level) {
        assertLevel(b -> b.pengaduan(received, resolved), "pengaduan", level);   // bobot 1
    }

    // ---- 30 layanan ---------------------------------------------------------------------------

    @ParameterizedTest(name = "30 layanan {0} -> L{1}")
    @CsvSource({"SEPARATE, 1", "WITHIN_ONE_UNIT, 2", "ACROSS_UNITS, 3"})
    void layanan(Integration integration, int level) {
        assertLevel(b -> b.layanan(null, integration), "layanan", level);   // bobot 2
        // V2026 reads the degree of integration only; the V2023 online presence changes nothing.
        assertLevel(b -> b.layanan(OnlinePresence.INFORMATION_ON_WEBSITE_OR_SOCIAL_MEDIA, integration), "layanan", level);
    }

    @ParameterizedTest(name = "30 layanan presence {0} only -> 0")
    @CsvSource({"INFORMATION_ON_WEBSITE_OR_SOCIAL_MEDIA", "WEB_APPLICATION", "WEB_AND_MOBILE_APPLICATION"})
    void layananPresenceOnlyScoresZeroWithAFinding(OnlinePresence presence) {
        assertUnrecognised(b -> b.layanan(presence, null), "layanan");
    }

    // ---- 31 replikasi -------------------------------------------------------------------------

    @ParameterizedTest(name = "31 replikasi {0} -> L{1}")
    @CsvSource({
            "A,        1",
            "A A A,    1",   // three replications, one region
            "A B,      2",
            "A A B,    2",   // V2023 counts 3 replications (L3); V2026 counts 2 regions
            "A B C,    3",
            "A B C D,  3",
    })
    void replikasi(String regions, int level) {
        assertLevel(b -> b.replikasi(regions.split(" ")), "replikasi", level);   // bobot 3
    }

    @Test
    void replikasiWithoutRegionsScoresZeroWithAFinding() {
        assertUnrecognised(b -> b.replikasi(), "replikasi");
    }

    // ---- 33 kemanfaatan -----------------------------------------------------------------------

    @ParameterizedTest(name = "33 kemanfaatan {0} {1} -> L{2}")
    @CsvSource({
            // (a) persons 1–200 / 201–500 / ≥ 501
            "BENEFICIARIES,               1,       1",
            "BENEFICIARIES,               150,     1",   // V2023: L2
            "BENEFICIARIES,               200,     1",
            "BENEFICIARIES,               201,     2",   // V2023: L3
            "BENEFICIARIES,               500,     2",
            "BENEFICIARIES,               501,     3",
            // (b) coverage of target units % 5–20 / 20.01–50 / > 50
            "TARGET_COVERAGE_PERCENT,     4.995,   1",   // → 5.00 (A10)
            "TARGET_COVERAGE_PERCENT,     5,       1",
            "TARGET_COVERAGE_PERCENT,     20.00,   1",
            "TARGET_COVERAGE_PERCENT,     20.004,  1",   // → 20.00
            "TARGET_COVERAGE_PERCENT,     20.01,   2",
            "TARGET_COVERAGE_PERCENT,     50.00,   2",
            "TARGET_COVERAGE_PERCENT,     50.004,  2",   // → 50.00, not > 50
            "TARGET_COVERAGE_PERCENT,     50.01,   3",
            "TARGET_COVERAGE_PERCENT,     100,     3",
            // (c) spending efficiency % 0.01–10 / 10.01–20 / ≥ 20.01
            "SPENDING_EFFICIENCY_PERCENT, 0.01,    1",
            "SPENDING_EFFICIENCY_PERCENT, 0.005,   1",   // → 0.01 (A10)
            "SPENDING_EFFICIENCY_PERCENT, 10,      1",
            "SPENDING_EFFICIENCY_PERCENT, 10.01,   2",
            "SPENDING_EFFICIENCY_PERCENT, 20,      2",
            "SPENDING_EFFICIENCY_PERCENT, 20.01,   3",
            // (d) income increase % 0.01–9.99 / 10–19.99 / ≥ 20
            "INCOME_INCREASE_PERCENT,     0.01,    1",
            "INCOME_INCREASE_PERCENT,     9.99,    1",
            "INCOME_INCREASE_PERCENT,     9.995,   2",   // → 10.00 (A10)
            "INCOME_INCREASE_PERCENT,     10,      2",
            "INCOME_INCREASE_PERCENT,     19.99,   2",
            "INCOME_INCREASE_PERCENT,     20,      3",
            // (e) products 1–100 / 101–200 / > 200
            "PRODUCTS,                    1,       1",
            "PRODUCTS,                    100,     1",
            "PRODUCTS,                    101,     2",
            "PRODUCTS,                    200,     2",
            "PRODUCTS,                    201,     3",
            // (f) periods of positive performance trend 1 / 2 / 3
            "POSITIVE_TREND_PERIODS,      1,       1",
            "POSITIVE_TREND_PERIODS,      2,       2",
            "POSITIVE_TREND_PERIODS,      3,       3",
            "POSITIVE_TREND_PERIODS,      4,       3",
    })
    void kemanfaatan(BenefitBasis basis, String value, int level) {
        assertLevel(b -> b.kemanfaatan(basis, value), "kemanfaatan", level);   // bobot 3
    }

    @ParameterizedTest(name = "33 kemanfaatan {0} {1} -> 0")
    @CsvSource({
            "BENEFICIARIES,               0",
            "TARGET_COVERAGE_PERCENT,     4.99",
            "TARGET_COVERAGE_PERCENT,     4.994",   // → 4.99
            "SPENDING_EFFICIENCY_PERCENT, 0",
            "SPENDING_EFFICIENCY_PERCENT, 0.004",   // → 0.00
            "INCOME_INCREASE_PERCENT,     0",
            "PRODUCTS,                    0",
            "POSITIVE_TREND_PERIODS,      0",
            "UNIT_INCREASE_PERCENT,       60",      // a VMID basis V2026 does not list
            "UNIT_INCREASE_PERCENT,       10",
    })
    void kemanfaatanOutsideEveryBandScoresZeroWithAFinding(BenefitBasis basis, String value) {
        assertUnrecognised(b -> b.kemanfaatan(basis, value), "kemanfaatan");
    }

    // ---- weights and the video limit -----------------------------------------------------------

    @Test
    void everyWeightIsTheV2026BobotAndTheMaximumIs111() {
        Result r = RULES.evaluate(SubmissionBuilder.submission(2026).innovation(V2026Levels.maximal("X")).build());
        InnovationResult x = r.innovation("X");
        assertThat(x.indicators()).extracting(IndicatorResult::indicator).containsExactly(
                "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
                "32", "33", "34", "35");
        for (IndicatorResult ind : x.indicators()) {
            assertThat(ind.weight()).as("bobot of %s", ind.key())
                    .isEqualByComparingTo(BigDecimal.valueOf(V2026Levels.WEIGHTS.get(ind.key())));
            assertThat(ind.level()).as("level of %s", ind.key()).isEqualTo(3);
        }
        assertThat(x.points()).isEqualByComparingTo("111");   // 37 × 3
        assertThat(x.counts()).isTrue();
        assertThat(r.totals().maximum().sidPerInnovation()).isEqualByComparingTo("111");
    }

    @Test
    void videoUpTo300SecondsScoresAndLongerIsRejected() {
        VideoElement[] all = VideoElement.values();
        assertLevel(b -> b.video(300, all), "video", 3);   // 4 × 3 = 12
        Result r = score(b -> b.video(301, all));
        IndicatorResult video = r.innovation("X").indicator("35");
        assertThat(video.level()).isZero();
        assertThat(video.points()).isEqualByComparingTo("0");
        assertThat(video.note()).contains("301 seconds");
        assertThat(r.findings()).extracting(Finding::kind, Finding::path)
                .contains(tuple(Kind.REJECTED, PATH + "video"));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Result score(UnaryOperator<InnovationBuilder> indicator) {
        return RULES.evaluate(SubmissionBuilder.submission(2026).innovation(indicator.apply(innovation("X", 2026))).build());
    }

    /** The indicator reaches {@code level}, carries its V2026 bobot, and scores bobot × level, without a finding. */
    private static void assertLevel(UnaryOperator<InnovationBuilder> indicator, String key, int level) {
        Result r = score(indicator);
        IndicatorResult ind = r.innovation("X").indicator(key);
        BigDecimal weight = BigDecimal.valueOf(V2026Levels.WEIGHTS.get(key));
        assertThat(ind.level()).as("level of %s (%s)", key, ind.fact()).isEqualTo(level);
        assertThat(ind.weight()).as("bobot of %s", key).isEqualByComparingTo(weight);
        assertThat(ind.points()).as("points of %s", key).isEqualByComparingTo(weight.multiply(BigDecimal.valueOf(level)));
        assertThat(ind.note()).isNull();
        assertThat(ind.by().rule()).startsWith("V2026 " + ind.indicator() + " ");
        assertThat(r.findings()).extracting(Finding::path).noneMatch(p -> p.startsWith(PATH + key));
    }

    /** The indicator is filled and evidenced but reaches no V2026 level: 0 points and an UNRECOGNISED_VALUE finding. */
    private static void assertUnrecognised(UnaryOperator<InnovationBuilder> indicator, String key) {
        Result r = score(indicator);
        IndicatorResult ind = r.innovation("X").indicator(key);
        assertThat(ind.level()).isZero();
        assertThat(ind.points()).isEqualByComparingTo("0");
        assertThat(ind.by()).isNull();
        assertThat(ind.note()).startsWith("reaches no level under catalogue V2026");
        assertThat(r.findings()).extracting(Finding::kind, Finding::path)
                .contains(tuple(Kind.UNRECOGNISED_VALUE, PATH + key));
    }

    private static Integer[] years(String years) {
        return Arrays.stream(years.split(" ")).map(Integer::valueOf).toArray(Integer[]::new);
    }

    private static LocalDate[] dates(String dates) {
        return Arrays.stream(dates.split(" ")).map(LocalDate::parse).toArray(LocalDate[]::new);
    }
}
