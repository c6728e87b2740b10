package org.iidrules.rules.years;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iidrules.model.Urusan.KESEHATAN;
import static org.iidrules.model.Urusan.KETENTERAMAN_KETERTIBAN_UMUM_DAN_PERLINDUNGAN_MASYARAKAT;
import static org.iidrules.model.Urusan.LAINNYA;
import static org.iidrules.model.Urusan.PEKERJAAN_UMUM_DAN_PENATAAN_RUANG;
import static org.iidrules.model.Urusan.PENDIDIKAN;
import static org.iidrules.model.Urusan.PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN;
import static org.iidrules.model.Urusan.SOSIAL;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.model.SidFacts.BenefitBasis;
import org.iidrules.model.SidFacts.RegulationType;
import org.iidrules.model.SidFacts.VideoElement;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;
import org.iidrules.result.AssumptionRef;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SpdFactsMaker;
import org.iidrules.rules.support.SubmissionBuilder;
import org.iidrules.rules.support.YearLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What sets 2023, 2024, 2025 and 2027 apart from their neighbours, worked out by hand from
 * /work/shared/methodology/README.md ("The years" and the assumption register):
 *
 * <pre>
 *            catalogue   d          basic services   bands (Sangat / Inovatif / Kurang)   window       other eligibility
 *   2023     V2023 [C]   10 [A]     2 of 6 (A7)      60.01 / 35.00 / 0.01 [A]             2021–2022    —
 *   2024     VMID (A8)   10 (A3)    2 of 6 (A7)      60.01 / 35.00 / 0.01 [A]             2022–2023    —
 *   2025     VMID (A8)   10 (A3)    2 of 6 (A7)      65.01 / 40.01 (A9) / 0.01            2023–2024    —
 *   2026     V2026       12         5 of 6           65.01 / 40.01 / 0.01                 2024–2025    rancang bangun ≥ 300 words; 16, 17, 32, 33, 35 score (A15)
 *   2027     V2026       14         6 of 6           65.01 / 40.01 / 0.01                 2025–2026    as 2026
 * </pre>
 *
 * Formula every year: TOTAL = SPD + sidSum / MAX(d, n) + SJI, SJI = 0.38 × MIN(n, 200) when the
 * requirement is met (else 0), IID = TOTAL / 250 × 100 = 0.4 × TOTAL, rounded half-up to 2 decimals once.
 *
 * <p>Innovations for 2023–2025 come from {@link YearLevels} (facts that reach the same level under V2023
 * and VMID, relative to the year); "6-point innovation" means 17 sdm 31 staff only (L3, 2 × 3 = 6 in
 * both catalogues). For 2027, {@link YearLevels#minimalV2026} scores 14.
 */
class YearDistinctionsTest {

    private static final SpdFacts SPD_63 = SpdFactsMaker.allAtLevel3().build();
    private static final List<Urusan> SIX_BASIC = List.of(PENDIDIKAN, KESEHATAN, PEKERJAAN_UMUM_DAN_PENATAAN_RUANG,
            PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN, KETENTERAMAN_KETERTIBAN_UMUM_DAN_PERLINDUNGAN_MASYARAKAT, SOSIAL);

    private static RuleSet rules(int year) {
        return RuleSets.builtIn().forYear(year);
    }

    // ---- the fixtures ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: an innovation built to score p scores p, for p = 0..111")
    @ValueSource(ints = {2023, 2024, 2025})
    void theFixtureScoresWhatItSays(int year) {
        SubmissionBuilder s = SubmissionBuilder.submission(year);
        for (int p = 0; p <= 111; p++) {
            s.innovation(YearLevels.scoring(innovation("P" + p, year), p, year));
        }
        Result r = rules(year).evaluate(s.build());
        for (int p = 0; p <= 111; p++) {
            assertThat(r.innovation("P" + p).points()).as("%d: P%d", year, p).isEqualByComparingTo(BigDecimal.valueOf(p));
        }
        // no fact is outside a band: no indicator finding at all
        assertThat(r.findings()).noneMatch(f -> f.path().contains(".indicators."));
    }

    @Test
    void theMinimalV2026InnovationScores14In2027() {
        Result r = rules(2027).evaluate(SubmissionBuilder.submission(2027).innovation(YearLevels.minimalV2026("M", 2027)).build());
        // 3 + 2 + 2 + 3 + 4 = 14
        assertThat(r.innovation("M").points()).isEqualByComparingTo("14");
        assertThat(r.innovation("M").counts()).isTrue();
    }

    // ---- rule set id, status and assumptions -----------------------------------------------------

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "2023, iid-2023, reconstructed",
            "2024, iid-2024, reconstructed",
            "2025, iid-2025, reconstructed",
            "2027, iid-2027, announced",
    })
    void ruleSetIdAndStatus(int year, String id, String status) {
        Result r = rules(year).evaluate(SubmissionBuilder.submission(year).build());
        assertThat(r.ruleSet().id()).isEqualTo(id);
        assertThat(r.ruleSet().year()).isEqualTo(year);
        assertThat(r.ruleSet().status()).isEqualTo(status);
        assertThat(r.ruleSet().version()).isEqualTo("1.0.0");
        assertThat(r.assessmentYear()).isEqualTo(year);
        assertThat(rules(year).id()).isEqualTo(id);
        assertThat(rules(year).status()).isEqualTo(status);
    }

    static Stream<Arguments> assumptionsByYear() {
        return Stream.of(
                // 2023: divisor [A] (no A3), catalogue V2023 [C] (no A2, no A8), bands [A] (no A5, no A9);
                // SPD by A1, SJI by A4, requirement by A7 with A6's consequence; A10-A14 every year;
                // V2023 carries A16 and A18; A19 for rounding.
                Arguments.of(2023, List.of("A1", "A4", "A6", "A7", "A10", "A11", "A12", "A13", "A14", "A16", "A18", "A19"),
                        List.of("A2", "A3", "A5", "A8", "A9", "A15", "A17")),
                // 2024: as 2023, plus A3 (divisor 10 carried over) and A8 (VMID); bands [A]
                Arguments.of(2024, List.of("A1", "A3", "A4", "A6", "A7", "A8", "A10", "A11", "A12", "A13", "A14", "A16", "A18", "A19"),
                        List.of("A2", "A5", "A9", "A15", "A17")),
                // 2025: as 2024, plus A9 (the 40.01 / 0.01 bounds)
                Arguments.of(2025, List.of("A1", "A3", "A4", "A6", "A7", "A8", "A9", "A10", "A11", "A12", "A13", "A14", "A16", "A18", "A19"),
                        List.of("A2", "A5", "A15", "A17")),
                // 2027: as 2026: the 2026 catalogues and parameters are [B]; A15 (mandatory indicators), A17 (V2026 23)
                Arguments.of(2027, List.of("A10", "A11", "A12", "A13", "A14", "A15", "A17", "A19"),
                        List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A16", "A18")));
    }

    @ParameterizedTest(name = "{0} uses {1}")
    @MethodSource("assumptionsByYear")
    void assumptionsAreTheOnesTheManifestNames(int year, List<String> used, List<String> notUsed) {
        Result r = rules(year).evaluate(SubmissionBuilder.submission(year).build());
        assertThat(r.assumptions()).extracting(AssumptionRef::id).containsExactlyInAnyOrderElementsOf(used);
        assertThat(r.assumptions()).extracting(AssumptionRef::id).doesNotContainAnyElementsOf(notUsed);
        assertThat(r.assumptions()).allSatisfy(a -> assertThat(a.text()).isNotBlank());
    }

    @Test
    void a9IsThe2025LowerBoundsAndA8IsVmid() {
        Result r = rules(2025).evaluate(SubmissionBuilder.submission(2025).build());
        assertThat(r.assumptions()).filteredOn(a -> a.id().equals("A9")).singleElement()
                .extracting(AssumptionRef::text).asString().contains("40.01");
        assertThat(r.assumptions()).filteredOn(a -> a.id().equals("A8")).singleElement()
                .extracting(AssumptionRef::text).asString().contains("VMID");
    }

    // ---- the minimum divisor ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: {1} six-point innovations -> divisor {2}, IID {4}")
    @CsvSource({
            // year, n, divisor, sidAverage, index          (no SPD; all LAINNYA, so SJI = 0)
            "2023,  1, 10, 0.6, 0.24",   // 6 / 10 = 0.6;    IID = 0.6 × 0.4 = 0.24
            "2023,  3, 10, 1.8, 0.72",   // 18 / 10 = 1.8;   IID = 1.8 × 0.4 = 0.72
            "2023, 10, 10, 6,   2.40",   // 60 / 10 = 6;     IID = 6 × 0.4 = 2.40
            "2023, 11, 11, 6,   2.40",   // 66 / 11 = 6:     from n = 11 the divisor is n
            "2024,  3, 10, 1.8, 0.72",
            "2024, 10, 10, 6,   2.40",
            "2024, 11, 11, 6,   2.40",
            "2025,  3, 10, 1.8, 0.72",
            "2025, 10, 10, 6,   2.40",
            "2025, 11, 11, 6,   2.40",
    })
    void theMinimumDivisorIsTenIn2023To2025(int year, int n, int divisor, String sidAverage, String index) {
        SubmissionBuilder s = SubmissionBuilder.submission(year);
        for (int k = 0; k < n; k++) {
            s.innovation(innovation("S" + k, year).sdm(31));
        }
        Result r = rules(year).evaluate(s.build());
        assertThat(r.totals().n()).isEqualTo(n);
        assertThat(r.totals().sidSum()).isEqualByComparingTo(BigDecimal.valueOf(6L * n));
        assertThat(r.totals().minimumDivisor()).isEqualTo(10);
        assertThat(r.totals().divisor()).isEqualTo(divisor);
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
        assertThat(r.totals().sidAverage()).isEqualByComparingTo(sidAverage);
        assertThat(r.index()).isEqualByComparingTo(index);
    }

    @ParameterizedTest(name = "2027: {0} fourteen-point innovations -> divisor {1}, IID {3}")
    @CsvSource({
            // n, divisor, sidAverage, index                 (no SPD; all LAINNYA, so SJI = 0)
            " 1, 14,  1, 0.40",   // 14 / 14 = 1;     IID = 0.40
            " 3, 14,  3, 1.20",   // 42 / 14 = 3;     IID = 1.20
            "12, 14, 12, 4.80",   // 168 / 14 = 12 (2026 would divide by 12: 14 -> 5.60)
            "13, 14, 13, 5.20",   // 182 / 14 = 13
            "14, 14, 14, 5.60",   // 196 / 14 = 14
            "15, 15, 14, 5.60",   // 210 / 15 = 14:   from n = 15 the divisor is n
    })
    void theMinimumDivisorIsFourteenIn2027(int n, int divisor, String sidAverage, String index) {
        SubmissionBuilder s = SubmissionBuilder.submission(2027);
        for (int k = 0; k < n; k++) {
            s.innovation(YearLevels.minimalV2026("M" + k, 2027));
        }
        Result r = rules(2027).evaluate(s.build());
        assertThat(r.totals().n()).isEqualTo(n);
        assertThat(r.totals().sidSum()).isEqualByComparingTo(BigDecimal.valueOf(14L * n));
        assertThat(r.totals().minimumDivisor()).isEqualTo(14);
        assertThat(r.totals().divisor()).isEqualTo(divisor);
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
        assertThat(r.totals().sidAverage()).isEqualByComparingTo(sidAverage);
        assertThat(r.index()).isEqualByComparingTo(index);
    }

    @Test
    void theSameSmallRegionIsDividedBy14In2027And12In2026() {
        // 3 minimal innovations applied 2025-07-01: inside 2026's window (2024-2025) and 2027's (2025-2026).
        // 2027: 42 / MAX(14, 3) = 3;   IID = 3 × 0.4 = 1.20
        // 2026: 42 / MAX(12, 3) = 3.5; IID = 3.5 × 0.4 = 1.40
        SubmissionBuilder s = SubmissionBuilder.submission(2027);
        for (int k = 0; k < 3; k++) {
            s.innovation(YearLevels.minimalV2026("M" + k, 2027).applicationDate(LocalDate.of(2025, 7, 1)));
        }
        Submission small = s.build();
        Result in2027 = rules(2027).evaluate(small);
        Result in2026 = rules(2026).evaluate(small);
        assertThat(in2027.totals().n()).isEqualTo(3);
        assertThat(in2026.totals().n()).isEqualTo(3);
        assertThat(in2027.totals().divisor()).isEqualTo(14);
        assertThat(in2026.totals().divisor()).isEqualTo(12);
        assertThat(in2027.totals().sidAverage()).isEqualByComparingTo("3");
        assertThat(in2026.totals().sidAverage()).isEqualByComparingTo("3.5");
        assertThat(in2027.index()).isEqualByComparingTo("1.20");
        assertThat(in2026.index()).isEqualByComparingTo("1.40");
    }

    // ---- the basic-service requirement -----------------------------------------------------------

    static Stream<Arguments> twoOfSix() {
        List<Arguments> cases = new ArrayList<>();
        for (int year : new int[] {2023, 2024, 2025}) {
            // three 6-point innovations: sidSum 18, divisor 10, sidAverage 1.8
            // 1 of 6 covered: unmet, SJI 0; TOTAL 1.8; IID 0.72
            cases.add(Arguments.of(year, List.of(PENDIDIKAN, LAINNYA, LAINNYA), 1, false, "0", "0.72"));
            // the same urusan twice still covers 1
            cases.add(Arguments.of(year, List.of(PENDIDIKAN, PENDIDIKAN, LAINNYA), 1, false, "0", "0.72"));
            // 2 of 6: met; SJI = 0.38 × 3 = 1.14; TOTAL = 1.8 + 1.14 = 2.94; IID = 1.176 -> 1.18
            cases.add(Arguments.of(year, List.of(PENDIDIKAN, KESEHATAN, LAINNYA), 2, true, "1.14", "1.18"));
            // 3 of 6: met as well, same n, same SJI
            cases.add(Arguments.of(year, List.of(SOSIAL, PEKERJAAN_UMUM_DAN_PENATAAN_RUANG,
                    PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN), 3, true, "1.14", "1.18"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} covered, met {3}, SJI {4}, IID {5}")
    @MethodSource("twoOfSix")
    void twoOfSixBasicServicesIn2023To2025(int year, List<Urusan> urusan, int covered, boolean met, String sji, String index) {
        SubmissionBuilder s = SubmissionBuilder.submission(year);
        for (int k = 0; k < urusan.size(); k++) {
            s.innovation(innovation("S" + k, year).sdm(31).mainUrusan(urusan.get(k)));
        }
        Result r = rules(year).evaluate(s.build());
        assertThat(r.requirement().coveredCount()).isEqualTo(covered);
        assertThat(r.requirement().needed()).isEqualTo(2);
        assertThat(r.requirement().met()).isEqualTo(met);
        assertThat(r.requirement().assumptions()).contains("A7");
        assertThat(r.totals().sidSum()).isEqualByComparingTo("18");
        assertThat(r.totals().divisor()).isEqualTo(10);
        assertThat(r.totals().sji()).isEqualByComparingTo(sji);
        assertThat(r.index()).isEqualByComparingTo(index);
        if (met) {
            assertThat(r.findings()).extracting(Finding::kind).doesNotContain(Kind.REQUIREMENT_UNMET);
        } else {
            assertThat(r.requirement().consequence()).contains("SJI = 0");
            assertThat(r.findings()).extracting(Finding::kind).contains(Kind.REQUIREMENT_UNMET);
        }
    }

    @Test
    void fiveOfSixIsNotEnoughIn2027ButIsIn2026() {
        // 6 minimal innovations (14 points each) applied 2025-07-01, on the first 5 basic services + LAINNYA.
        // sidSum = 6 × 14 = 84.
        // 2027: 5 of 6 covered, 6 needed -> unmet, SJI 0; 84 / 14 = 6; TOTAL 6; IID = 2.40
        // 2026: 5 of 6 covered, 5 needed -> met, SJI = 0.38 × 6 = 2.28; 84 / 12 = 7; TOTAL 9.28; IID = 3.712 -> 3.71
        Submission s = minimalRegion(List.of(PENDIDIKAN, KESEHATAN, PEKERJAAN_UMUM_DAN_PENATAAN_RUANG,
                PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN, SOSIAL, LAINNYA));
        Result in2027 = rules(2027).evaluate(s);
        assertThat(in2027.requirement().coveredCount()).isEqualTo(5);
        assertThat(in2027.requirement().needed()).isEqualTo(6);
        assertThat(in2027.requirement().met()).isFalse();
        assertThat(in2027.totals().sji()).isEqualByComparingTo("0");
        assertThat(in2027.totals().total()).isEqualByComparingTo("6");
        assertThat(in2027.index()).isEqualByComparingTo("2.40");
        assertThat(in2027.findings()).extracting(Finding::kind).contains(Kind.REQUIREMENT_UNMET);

        Result in2026 = rules(2026).evaluate(s);
        assertThat(in2026.requirement().needed()).isEqualTo(5);
        assertThat(in2026.requirement().met()).isTrue();
        assertThat(in2026.totals().sji()).isEqualByComparingTo("2.28");
        assertThat(in2026.totals().total()).isEqualByComparingTo("9.28");
        assertThat(in2026.index()).isEqualByComparingTo("3.71");
    }

    @Test
    void sixOfSixMeetTheRequirementIn2027() {
        // 6 minimal innovations, one per basic service: met; SJI = 0.38 × 6 = 2.28
        // 84 / 14 = 6; TOTAL = 6 + 2.28 = 8.28; IID = 8.28 × 0.4 = 3.312 -> 3.31
        Result r = rules(2027).evaluate(minimalRegion(SIX_BASIC));
        assertThat(r.requirement().coveredCount()).isEqualTo(6);
        assertThat(r.requirement().needed()).isEqualTo(6);
        assertThat(r.requirement().met()).isTrue();
        assertThat(r.requirement().consequence()).isEqualTo("none");
        assertThat(r.totals().sji()).isEqualByComparingTo("2.28");
        assertThat(r.totals().total()).isEqualByComparingTo("8.28");
        assertThat(r.index()).isEqualByComparingTo("3.31");
    }

    @Test
    void sjiFollowsNNotTheUrusanCovered() {
        // 6 basic services + 1 LAINNYA: n = 7, SJI = 0.38 × 7 = 2.66
        // sidSum 98; 98 / 14 = 7; TOTAL = 7 + 2.66 = 9.66; IID = 3.864 -> 3.86
        List<Urusan> seven = new ArrayList<>(SIX_BASIC);
        seven.add(LAINNYA);
        Result r = rules(2027).evaluate(minimalRegion(seven));
        assertThat(r.totals().n()).isEqualTo(7);
        assertThat(r.totals().sji()).isEqualByComparingTo("2.66");
        assertThat(r.totals().total()).isEqualByComparingTo("9.66");
        assertThat(r.index()).isEqualByComparingTo("3.86");
    }

    @Test
    void anExcludedInnovationCoversNoBasicServiceIn2027() {
        // Six basic services, but the Sosial innovation has a 299-word rancang bangun and does not count:
        // 5 covered of 6 needed -> SJI 0; n = 5, sidSum 70; 70 / 14 = 5; IID = 5 × 0.4 = 2.00
        SubmissionBuilder s = SubmissionBuilder.submission(2027);
        for (int k = 0; k < 6; k++) {
            InnovationBuilder b = YearLevels.minimalV2026("B" + k, 2027).mainUrusan(SIX_BASIC.get(k));
            s.innovation(SIX_BASIC.get(k) == SOSIAL ? b.rancangBangunWords(299) : b);
        }
        Result r = rules(2027).evaluate(s.build());
        assertThat(r.totals().n()).isEqualTo(5);
        assertThat(r.requirement().coveredCount()).isEqualTo(5);
        assertThat(r.requirement().covered()).doesNotContain("Sosial");
        assertThat(r.requirement().met()).isFalse();
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
        assertThat(r.index()).isEqualByComparingTo("2.00");
    }

    // ---- predicate bands: 2023 and 2024 ----------------------------------------------------------
    //
    // n = 40 counting innovations, 2 basic services (met): divisor 40, SJI = 0.38 × 40 = 15.2, so
    // IID = 0.4 × SPD + sidSum / 100 + 6.08 and each SID point moves the IID by exactly 0.01: every
    // edge below is reached exactly, none only via rounding.

    @ParameterizedTest(name = "{0}: 60.00 is Inovatif")
    @ValueSource(ints = {2023, 2024})
    void exactly6000IsInovatif(int year) {
        // SPD 63: TOTAL = 63 + 2872 / 40 + 15.2 = 63 + 71.8 + 15.2 = 150; IID = 60.00 < 60.01
        Result r = rules(year).evaluate(YearLevels.withInnovations(year, SPD_63, 40, 2872, true));
        assertThat(r.totals().spd()).isEqualByComparingTo("63");
        assertThat(r.totals().sidSum()).isEqualByComparingTo("2872");
        assertThat(r.totals().divisor()).isEqualTo(40);
        assertThat(r.totals().sji()).isEqualByComparingTo("15.2");
        assertThat(r.totals().total()).isEqualByComparingTo("150");
        assertThat(r.index()).isEqualByComparingTo("60.00");
        assertThat(r.predicate()).isEqualTo("Inovatif");
    }

    @ParameterizedTest(name = "{0}: 60.01 is Sangat Inovatif")
    @ValueSource(ints = {2023, 2024})
    void exactly6001IsSangatInovatif(int year) {
        // TOTAL = 63 + 2873 / 40 + 15.2 = 63 + 71.825 + 15.2 = 150.025; IID = 150.025 × 0.4 = 60.01 exactly
        Result r = rules(year).evaluate(YearLevels.withInnovations(year, SPD_63, 40, 2873, true));
        assertThat(r.totals().total()).isEqualByComparingTo("150.025");
        assertThat(r.index()).isEqualByComparingTo("60.01");
        assertThat(r.predicate()).isEqualTo("Sangat Inovatif");
    }

    @ParameterizedTest(name = "{0}: 35.00 is Inovatif")
    @ValueSource(ints = {2023, 2024})
    void exactly3500IsInovatif(int year) {
        // SPD 0: TOTAL = 2892 / 40 + 15.2 = 72.3 + 15.2 = 87.5; IID = 35.00
        Result r = rules(year).evaluate(YearLevels.withInnovations(year, SpdFacts.NONE, 40, 2892, true));
        assertThat(r.totals().total()).isEqualByComparingTo("87.5");
        assertThat(r.index()).isEqualByComparingTo("35.00");
        assertThat(r.predicate()).isEqualTo("Inovatif");
    }

    @ParameterizedTest(name = "{0}: 34.99 is Kurang Inovatif")
    @ValueSource(ints = {2023, 2024})
    void exactly3499IsKurangInovatif(int year) {
        // TOTAL = 2891 / 40 + 15.2 = 72.275 + 15.2 = 87.475; IID = 34.99
        Result r = rules(year).evaluate(YearLevels.withInnovations(year, SpdFacts.NONE, 40, 2891, true));
        assertThat(r.totals().total()).isEqualByComparingTo("87.475");
        assertThat(r.index()).isEqualByComparingTo("34.99");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    // ---- predicate bands: 2025 -------------------------------------------------------------------
    //
    // The same n = 40 construction reaches 65.00, 65.01, 40.00 and 40.01 exactly. With n = 80 (divisor
    // 80, SJI 30.4) IID = 0.4 × SPD + sidSum / 200 + 12.16 reaches the halfway values 65.005 and 40.005,
    // which land on 65.01 and 40.01 only via the single half-up rounding (A10).

    @Test
    void exactly6500IsInovatifIn2025() {
        // SPD 63: TOTAL = 63 + 3372 / 40 + 15.2 = 63 + 84.3 + 15.2 = 162.5; IID = 65.00 < 65.01
        Result r = rules(2025).evaluate(YearLevels.withInnovations(2025, SPD_63, 40, 3372, true));
        assertThat(r.totals().total()).isEqualByComparingTo("162.5");
        assertThat(r.index()).isEqualByComparingTo("65.00");
        assertThat(r.predicate()).isEqualTo("Inovatif");
    }

    @Test
    void exactly6501IsSangatInovatifIn2025() {
        // TOTAL = 63 + 3373 / 40 + 15.2 = 63 + 84.325 + 15.2 = 162.525; IID = 65.01
        Result r = rules(2025).evaluate(YearLevels.withInnovations(2025, SPD_63, 40, 3373, true));
        assertThat(r.totals().total()).isEqualByComparingTo("162.525");
        assertThat(r.index()).isEqualByComparingTo("65.01");
        assertThat(r.predicate()).isEqualTo("Sangat Inovatif");
    }

    @Test
    void exactly4000IsKurangInovatifIn2025ByA9() {
        // SPD 0: TOTAL = 3392 / 40 + 15.2 = 84.8 + 15.2 = 100; IID = 40.00 < 40.01 (A9)
        Result r = rules(2025).evaluate(YearLevels.withInnovations(2025, SpdFacts.NONE, 40, 3392, true));
        assertThat(r.totals().total()).isEqualByComparingTo("100");
        assertThat(r.index()).isEqualByComparingTo("40.00");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");
    }

    @Test
    void exactly4001IsInovatifIn2025() {
        // TOTAL = 3393 / 40 + 15.2 = 84.825 + 15.2 = 100.025; IID = 40.01
        Result r = rules(2025).evaluate(YearLevels.withInnovations(2025, SpdFacts.NONE, 40, 3393, true));
        assertThat(r.totals().total()).isEqualByComparingTo("100.025");
        assertThat(r.index()).isEqualByComparingTo("40.01");
        assertThat(r.predicate()).isEqualTo("Inovatif");
    }

    @ParameterizedTest(name = "2025, n 80, SPD {0}, sidSum {1}: IID {2} {3}")
    @CsvSource({
            // SPD 63: TOTAL = 63 + 5529 / 80 + 30.4 = 63 + 69.1125 + 30.4 = 162.5125; IID = 65.005 -> 65.01 (rounding only)
            "63, 5529, 65.01, Sangat Inovatif",
            // TOTAL = 63 + 5528 / 80 + 30.4 = 63 + 69.1 + 30.4 = 162.5; IID = 65.00
            "63, 5528, 65.00, Inovatif",
            // SPD 0: TOTAL = 5569 / 80 + 30.4 = 69.6125 + 30.4 = 100.0125; IID = 40.005 -> 40.01 (rounding only)
            "0,  5569, 40.01, Inovatif",
            // TOTAL = 5568 / 80 + 30.4 = 69.6 + 30.4 = 100; IID = 40.00
            "0,  5568, 40.00, Kurang Inovatif",
    })
    void halfwayValuesRoundUpOnceIn2025(int spd, int sidSum, String index, String predicate) {
        Result r = rules(2025).evaluate(YearLevels.withInnovations(2025, spd == 63 ? SPD_63 : SpdFacts.NONE, 80, sidSum, true));
        assertThat(r.totals().divisor()).isEqualTo(80);
        assertThat(r.totals().sji()).isEqualByComparingTo("30.4");
        assertThat(r.index()).isEqualByComparingTo(index);
        assertThat(r.predicate()).isEqualTo(predicate);
    }

    @ParameterizedTest(name = "SPD {0}, sidSum {1}: IID {2} is {3} in 2024 and {4} in 2025")
    @CsvSource({
            // the same terms in both years (VMID, d 10, 2 of 6): only the bands differ
            "63, 2873, 60.01, Sangat Inovatif, Inovatif",          // 60.01 < 65.01 in 2025
            "0,  2892, 35.00, Inovatif,        Kurang Inovatif",   // 35.00 < 40.01 in 2025 (A9)
            "0,  3392, 40.00, Inovatif,        Kurang Inovatif",   // 40.00 < 40.01 in 2025 (A9)
            "63, 3372, 65.00, Sangat Inovatif, Inovatif",
    })
    void theSameIndexIsRatedDifferentlyIn2024And2025(int spd, int sidSum, String index, String in2024, String in2025) {
        SpdFacts facts = spd == 63 ? SPD_63 : SpdFacts.NONE;
        Result r2024 = rules(2024).evaluate(YearLevels.withInnovations(2024, facts, 40, sidSum, true));
        Result r2025 = rules(2025).evaluate(YearLevels.withInnovations(2025, facts, 40, sidSum, true));
        assertThat(r2024.index()).isEqualByComparingTo(index);
        assertThat(r2025.index()).isEqualByComparingTo(index);
        assertThat(r2024.predicate()).isEqualTo(in2024);
        assertThat(r2025.predicate()).isEqualTo(in2025);
    }

    // ---- eligibility windows (A12): applied or last developed in 1 Jan Y-2 .. 31 Dec Y-1 -------------

    @ParameterizedTest(name = "{0}: applied {1} -> counts {2}")
    @CsvSource({
            "2023, 2020-12-31, false",
            "2023, 2021-01-01, true",
            "2023, 2022-12-31, true",
            "2023, 2023-01-01, false",
            "2024, 2021-12-31, false",
            "2024, 2022-01-01, true",
            "2024, 2023-12-31, true",
            "2024, 2024-01-01, false",
            "2025, 2022-12-31, false",   // "innovations before 2023 not recorded" [A]
            "2025, 2023-01-01, true",
            "2025, 2024-12-31, true",
            "2025, 2025-01-01, false",
    })
    void theWindowIn2023To2025(int year, LocalDate applied, boolean counts) {
        Result r = rules(year).evaluate(SubmissionBuilder.submission(year)
                .innovation(innovation("X", year).applicationDate(applied).sdm(31)).build());
        InnovationResult x = r.innovation("X");
        assertThat(x.counts()).isEqualTo(counts);
        // 17 sdm 31 -> L3, 2 × 3 = 6 whether it counts or not
        assertThat(x.points()).isEqualByComparingTo("6");
        assertThat(r.totals().n()).isEqualTo(counts ? 1 : 0);
        assertThat(r.totals().sidSum()).isEqualByComparingTo(counts ? "6" : "0");
        if (!counts) {
            assertThat(x.reason()).contains((year - 2) + "-01-01").contains((year - 1) + "-12-31");
            assertThat(x.excludedBy().assumptions()).contains("A12");
        }
    }

    @ParameterizedTest(name = "2027: applied {0} -> counts {1}")
    @CsvSource({
            "2024-12-31, false",
            "2025-01-01, true",
            "2026-12-31, true",
            "2027-01-01, false",
    })
    void theWindowIn2027(LocalDate applied, boolean counts) {
        Result r = rules(2027).evaluate(SubmissionBuilder.submission(2027)
                .innovation(YearLevels.minimalV2026("X", 2027).applicationDate(applied)).build());
        InnovationResult x = r.innovation("X");
        assertThat(x.counts()).isEqualTo(counts);
        assertThat(x.points()).isEqualByComparingTo("14");
        assertThat(r.totals().n()).isEqualTo(counts ? 1 : 0);
        if (!counts) {
            assertThat(x.reason()).contains("2025-01-01").contains("2026-12-31");
            assertThat(x.excludedBy().assumptions()).contains("A12");
        }
    }

    @ParameterizedTest(name = "{0}: applied {1}, last developed {2} -> counts {3}")
    @CsvSource({
            "2023, 2018-03-01, 2021-01-01, true",
            "2023, 2018-03-01, 2020-12-31, false",
            "2024, 2018-03-01, 2023-12-31, true",
            "2024, 2018-03-01, 2024-01-01, false",
            "2025, 2020-03-01, 2023-01-01, true",
            "2025, 2020-03-01, 2022-12-31, false",
            "2027, 2020-03-01, 2025-01-01, true",
            "2027, 2020-03-01, 2024-12-31, false",
    })
    void lastDevelopedInTheWindowCounts(int year, LocalDate applied, LocalDate developed, boolean counts) {
        InnovationBuilder b = year == 2027 ? YearLevels.minimalV2026("X", year) : innovation("X", year).sdm(31);
        Result r = rules(year).evaluate(SubmissionBuilder.submission(year)
                .innovation(b.applicationDate(applied).latestDevelopmentDate(developed)).build());
        assertThat(r.innovation("X").counts()).isEqualTo(counts);
    }

    // ---- 2027 keeps 2026's eligibility rules; 2023-2025 have none of them --------------------------

    @ParameterizedTest(name = "2027: rancang bangun {0} words -> counts {1}")
    @CsvSource({"0, false", "299, false", "300, true", "301, true"})
    void rancangBangunOf300WordsIn2027(int words, boolean counts) {
        InnovationResult x = rules(2027).evaluate(SubmissionBuilder.submission(2027)
                .innovation(YearLevels.minimalV2026("X", 2027).rancangBangunWords(words)).build()).innovation("X");
        assertThat(x.counts()).isEqualTo(counts);
        assertThat(x.points()).isEqualByComparingTo("14");
        if (!counts) {
            assertThat(x.reason()).contains(words + " words").contains("300");
            // the rule 2026 introduced, reused by 2027
            assertThat(x.excludedBy().rule()).isEqualTo("2026: the rancang bangun has at least 300 words");
            assertThat(x.excludedBy().source()).isEqualTo("SIMONDA-IGA");
        }
    }

    @Test
    void rancangBangunNotReportedDoesNotCountIn2027() {
        InnovationResult x = rules(2027).evaluate(SubmissionBuilder.submission(2027)
                .innovation(YearLevels.minimalV2026("X", 2027).rancangBangunWords(null)).build()).innovation("X");
        assertThat(x.counts()).isFalse();
    }

    @ParameterizedTest(name = "2027: mandatory {0} {1} not reported -> not counted, {2} points")
    @CsvSource({
            "16, regulasi,    11",   // 14 − 3 × 1
            "17, sdm,         12",   // 14 − 2 × 1
            "32, kecepatan,   12",   // 14 − 2 × 1
            "33, kemanfaatan, 11",   // 14 − 3 × 1
            "35, video,       10",   // 14 − 4 × 1
    })
    void eachMandatoryIndicatorIn2027(String no, String key, int points) {
        InnovationBuilder b = innovation("X", 2027);
        if (!key.equals("regulasi")) b.regulasi(RegulationType.SK_KEPALA_DAERAH);
        if (!key.equals("sdm")) b.sdm(1);
        if (!key.equals("kecepatan")) b.kecepatan(9);
        if (!key.equals("kemanfaatan")) b.kemanfaatan(BenefitBasis.BENEFICIARIES, "200");
        if (!key.equals("video")) b.video(120, VideoElement.LATAR_BELAKANG);
        Result r = rules(2027).evaluate(SubmissionBuilder.submission(2027).innovation(b).build());
        InnovationResult x = r.innovation("X");
        assertThat(x.counts()).isFalse();
        assertThat(x.reason()).contains(no + " " + key);
        assertThat(x.excludedBy().rule()).isEqualTo("manifest: eligibility.mandatoryIndicators");
        assertThat(x.excludedBy().assumptions()).containsExactly("A15");
        assertThat(x.points()).isEqualByComparingTo(BigDecimal.valueOf(points));
        assertThat(r.totals().n()).isZero();
    }

    @Test
    void aVmidOnlyBenefitBasisLeavesMandatory33EmptyIn2027() {
        // 33 "unit increase 60%" is a VMID basis (L3 there); V2026 lists no such basis -> 33 scores 0 -> A15 excludes it
        InnovationBuilder b = innovation("X", 2027).regulasi(RegulationType.SK_KEPALA_DAERAH).sdm(1).kecepatan(9)
                .kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "60").video(120, VideoElement.LATAR_BELAKANG);
        InnovationResult x = rules(2027).evaluate(SubmissionBuilder.submission(2027).innovation(b).build()).innovation("X");
        assertThat(x.counts()).isFalse();
        assertThat(x.reason()).contains("33 kemanfaatan");
        // 3 + 2 + 2 + 0 + 4 = 11
        assertThat(x.points()).isEqualByComparingTo("11");
    }

    @ParameterizedTest(name = "{0}: a 120-word rancang bangun and no mandatory indicator still count")
    @ValueSource(ints = {2023, 2024, 2025})
    void neitherRuleBefore2026(int year) {
        // only 17 sdm 31 (6 points), no 16, 32, 33 or 35, and a 120-word rancang bangun: counts
        Result r = rules(year).evaluate(SubmissionBuilder.submission(year)
                .innovation(innovation("X", year).sdm(31).rancangBangunWords(120)).build());
        assertThat(r.innovation("X").counts()).isTrue();
        assertThat(r.totals().n()).isEqualTo(1);
        assertThat(r.totals().sidSum()).isEqualByComparingTo("6");
        assertThat(r.findings()).extracting(Finding::kind).doesNotContain(Kind.NOT_COUNTED, Kind.MANDATORY_EMPTY);
    }

    @ParameterizedTest(name = "{0}: empty mandatory SPD rows are not reported")
    @ValueSource(ints = {2023, 2024, 2025})
    void noMandatorySpdRowsBefore2026(int year) {
        // only row 8 (WTP, 1.5 × 3 = 4.5): SPD 4.5, IID = 4.5 × 0.4 = 1.80; nothing MANDATORY_EMPTY
        Result r = rules(year).evaluate(SubmissionBuilder.submission(year)
                .spd(SpdFactsMaker.spd().auditOpinion(SpdFacts.AuditOpinion.WTP).build()).build());
        assertThat(r.totals().spd()).isEqualByComparingTo("4.5");
        assertThat(r.index()).isEqualByComparingTo("1.80");
        assertThat(r.findings()).extracting(Finding::kind).doesNotContain(Kind.MANDATORY_EMPTY);
    }

    @Test
    void emptyMandatorySpdRowsAreReportedIn2027() {
        // the same SPD under 2027 ("as 2026": spd-indicators.md's mandatory rows 1, 3-11): rows 1, 3, 4, 5a, 5b,
        // 6, 7, 9, 10a, 10b, 11a, 11b are mandatory and empty (12 rows; 8 is filled); no score changes
        Result r = rules(2027).evaluate(SubmissionBuilder.submission(2027)
                .spd(SpdFactsMaker.spd().auditOpinion(SpdFacts.AuditOpinion.WTP).build()).build());
        assertThat(r.totals().spd()).isEqualByComparingTo("4.5");
        assertThat(r.index()).isEqualByComparingTo("1.80");
        assertThat(r.findings()).filteredOn(f -> f.kind() == Kind.MANDATORY_EMPTY).hasSize(12);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** One minimal V2026 innovation (14 points) per urusan, applied 2025-07-01 (inside both 2026's and 2027's windows). */
    private static Submission minimalRegion(List<Urusan> urusan) {
        SubmissionBuilder s = SubmissionBuilder.submission(2027);
        for (int k = 0; k < urusan.size(); k++) {
            s.innovation(YearLevels.minimalV2026("U" + k, 2027).mainUrusan(urusan.get(k))
                    .applicationDate(LocalDate.of(2025, 7, 1)));
        }
        return s.build();
    }
}
