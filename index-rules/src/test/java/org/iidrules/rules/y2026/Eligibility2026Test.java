package org.iidrules.rules.y2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.model.SidFacts.BenefitBasis;
import org.iidrules.model.SidFacts.RegulationType;
import org.iidrules.model.SidFacts.VideoElement;
import org.iidrules.model.Stage;
import org.iidrules.model.Urusan;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which innovations count in 2026 (README.md, A11, A12, A15 and the 2026 column): stage
 * PENERAPAN; applied or last developed between 2024-01-01 and 2025-12-31; a rancang bangun of at
 * least 300 words; the mandatory indicators 16, 17, 32, 33 and 35 all scoring.
 *
 * <p>The base innovation is {@link V2026Levels#minimal}: the five mandatory indicators at level 1,
 * 3 + 2 + 2 + 3 + 4 = 14 points, plus 22 aktor at level 1 (1 × 1) = 15 points.
 */
class Eligibility2026Test {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2026);
    private static final String WINDOW = "only innovations applied or last developed between 2024-01-01 and 2025-12-31 count";

    private static InnovationBuilder base() {
        return V2026Levels.minimal("E").aktor(3);   // 15 points
    }

    private static InnovationResult scored(InnovationBuilder b) {
        return score(b).innovation("E");
    }

    private static Result score(InnovationBuilder b) {
        return RULES.evaluate(SubmissionBuilder.submission(2026).innovation(b).build());
    }

    @Test
    void theBaseInnovationCounts() {
        Result r = score(base());
        assertThat(r.innovation("E").counts()).isTrue();
        assertThat(r.innovation("E").reason()).isNull();
        assertThat(r.innovation("E").points()).isEqualByComparingTo("15");
        assertThat(r.totals().n()).isEqualTo(1);
        assertThat(r.totals().sidSum()).isEqualByComparingTo("15");
    }

    // ---- the window (A12) ----------------------------------------------------------------------

    @ParameterizedTest(name = "applied {0}, last developed {1} -> counts {2}")
    @CsvSource({
            "2023-12-31,           , false",
            "2024-01-01,           , true",
            "2025-12-31,           , true",
            "2026-01-01,           , false",
            "2022-06-01, 2023-12-31, false",
            "2022-06-01, 2024-01-01, true",    // developed inside the window
            "2022-06-01, 2025-12-31, true",
            "2023-12-31, 2026-01-01, false",   // neither date inside
            "2025-12-31, 2026-03-01, true",    // applied inside the window
            "2020-01-01, 2026-12-31, false",
    })
    void window(LocalDate applied, LocalDate developed, boolean counts) {
        Result r = score(base().applicationDate(applied).latestDevelopmentDate(developed));
        InnovationResult e = r.innovation("E");
        assertThat(e.counts()).isEqualTo(counts);
        assertThat(e.points()).isEqualByComparingTo("15");   // scored either way
        assertThat(r.totals().n()).isEqualTo(counts ? 1 : 0);
        assertThat(r.totals().sidSum()).isEqualByComparingTo(counts ? "15" : "0");
        if (!counts) {
            assertThat(e.reason()).isEqualTo("it was applied on " + applied
                    + (developed == null ? "" : " and last developed on " + developed) + "; " + WINDOW);
            assertThat(e.excludedBy().rule()).isEqualTo("Only innovations applied or last developed in T-2..T-1 count");
            assertThat(e.excludedBy().assumptions()).contains("A12");
            // About the innovations, only that it does not count and that no basic service is covered.
            assertThat(r.findings()).filteredOn(f -> f.path().startsWith("$.innovations"))
                    .extracting(Finding::kind, Finding::path)
                    .containsExactly(tuple(Kind.NOT_COUNTED, "$.innovations[0]"), tuple(Kind.REQUIREMENT_UNMET, "$.innovations"));
        }
    }

    @Test
    void noDatesAtAll() {
        InnovationResult e = scored(base().applicationDate(null));
        assertThat(e.counts()).isFalse();
        assertThat(e.reason()).isEqualTo("it has no application date; " + WINDOW);
    }

    // ---- stage (A11) ---------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"INISIATIF", "UJI_COBA"})
    void onlyPenerapanCounts(Stage stage) {
        InnovationResult e = scored(base().stage(stage));
        assertThat(e.counts()).isFalse();
        assertThat(e.reason()).isEqualTo("its stage is " + stage + "; only innovations at stage PENERAPAN (applied) are scored");
        assertThat(e.excludedBy().assumptions()).contains("A11");
        assertThat(e.points()).isEqualByComparingTo("15");
    }

    // ---- rancang bangun ------------------------------------------------------------------------

    @ParameterizedTest(name = "rancang bangun {0} words -> counts {1}")
    @CsvSource({"0, false", "299, false", "300, true", "301, true", "5000, true"})
    void rancangBangun(int words, boolean counts) {
        InnovationResult e = scored(base().rancangBangunWords(words));
        assertThat(e.counts()).isEqualTo(counts);
        assertThat(e.points()).isEqualByComparingTo("15");
        if (!counts) {
            assertThat(e.reason()).isEqualTo("its rancang bangun has " + words + " words; at least 300 are required");
            assertThat(e.excludedBy().rule()).isEqualTo("2026: the rancang bangun has at least 300 words");
            assertThat(e.excludedBy().source()).isEqualTo("SIMONDA-IGA");
        }
    }

    @Test
    void rancangBangunNotReported() {
        InnovationResult e = scored(base().rancangBangunWords(null));
        assertThat(e.counts()).isFalse();
        assertThat(e.reason()).isEqualTo("its rancang bangun has no words; at least 300 are required");
    }

    // ---- mandatory indicators (A15) --------------------------------------------------------------

    @ParameterizedTest(name = "mandatory {0} {1} not reported -> not counted, {2} points")
    @CsvSource({
            "16, regulasi,    12",   // 15 − 3 × 1
            "17, sdm,         13",   // 15 − 2 × 1
            "32, kecepatan,   13",   // 15 − 2 × 1
            "33, kemanfaatan, 12",   // 15 − 3 × 1
            "35, video,       11",   // 15 − 4 × 1
    })
    void eachMandatoryIndicatorMissing(String no, String key, int points) {
        InnovationBuilder b = innovation("E", 2026).aktor(3);
        for (String k : V2026Levels.MANDATORY) {
            if (!k.equals(key)) {
                V2026Levels.set(b, k, 1);
            }
        }
        Result r = score(b);
        InnovationResult e = r.innovation("E");
        assertThat(e.counts()).isFalse();
        assertThat(e.reason()).isEqualTo("mandatory indicators score 0: " + no + " " + key + " (not reported) (SIMONDA-IGA, A15)");
        assertThat(e.excludedBy().rule()).isEqualTo("manifest: eligibility.mandatoryIndicators");
        assertThat(e.excludedBy().source()).isEqualTo("SIMONDA-IGA");
        assertThat(e.excludedBy().assumptions()).containsExactly("A15");
        // Its own points are still reported, though they do not enter the SID sum.
        assertThat(e.points()).isEqualByComparingTo(BigDecimal.valueOf(points));
        assertThat(e.indicator(no).points()).isEqualByComparingTo("0");
        assertThat(e.indicator("aktor").points()).isEqualByComparingTo("1");
        assertThat(r.totals().n()).isZero();
        assertThat(r.totals().sidSum()).isEqualByComparingTo("0");
        assertThat(r.findings()).extracting(Finding::kind, Finding::path)
                .contains(tuple(Kind.NOT_COUNTED, "$.innovations[0]"));
    }

    @Test
    void aMandatoryIndicatorWithoutEvidenceIsMissing() {
        Result r = score(base().withoutEvidence("sdm"));
        InnovationResult e = r.innovation("E");
        assertThat(e.counts()).isFalse();
        assertThat(e.reason()).startsWith("mandatory indicators score 0: 17 sdm (reaches level 1 but has no evidence")
                .endsWith("(SIMONDA-IGA, A15)");
        assertThat(e.points()).isEqualByComparingTo("13");   // 15 − 2
        assertThat(r.findings()).extracting(Finding::kind, Finding::path).contains(
                tuple(Kind.MISSING_EVIDENCE, "$.innovations[0].indicators.sdm.evidence"),
                tuple(Kind.NOT_COUNTED, "$.innovations[0]"));
    }

    @Test
    void aMandatoryIndicatorThatReachesNoLevelIsMissing() {
        // A plain SK Kepala PD reaches no V2026 level.
        InnovationResult e = scored(base().regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH));
        assertThat(e.counts()).isFalse();
        assertThat(e.reason()).startsWith("mandatory indicators score 0: 16 regulasi (reaches no level under catalogue V2026");
        assertThat(e.points()).isEqualByComparingTo("12");
    }

    @Test
    void aRejectedVideoIsMissing() {
        InnovationResult e = scored(base().video(301, VideoElement.values()));
        assertThat(e.counts()).isFalse();
        assertThat(e.reason()).startsWith("mandatory indicators score 0: 35 video (the video lasts 301 seconds");
        assertThat(e.points()).isEqualByComparingTo("11");   // 15 − 4
    }

    @Test
    void severalMissingMandatoryIndicatorsAreAllNamed() {
        InnovationBuilder b = innovation("E", 2026).sdm(12).kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "60").aktor(5);
        InnovationResult e = scored(b);
        assertThat(e.counts()).isFalse();
        assertThat(e.reason()).startsWith("mandatory indicators score 0: 16 regulasi (not reported); 32 kecepatan (not reported); "
                + "33 kemanfaatan (reaches no level under catalogue V2026")
                .contains("; 35 video (not reported) (SIMONDA-IGA, A15)");
        assertThat(e.points()).isEqualByComparingTo("7");   // sdm 2 × 2 + aktor 1 × 3
    }

    @Test
    void everyReasonIsListed() {
        // 299 words and no video: both reasons, the rule's first.
        InnovationResult e = scored(innovation("E", 2026).rancangBangunWords(299)
                .regulasi(RegulationType.PERATURAN_DAERAH).sdm(1).kecepatan(9).kemanfaatan(BenefitBasis.BENEFICIARIES, "1"));
        assertThat(e.counts()).isFalse();
        assertThat(e.reason()).isEqualTo("its rancang bangun has 299 words; at least 300 are required; "
                + "mandatory indicators score 0: 35 video (not reported) (SIMONDA-IGA, A15)");
        assertThat(e.excludedBy().rule()).isEqualTo("2026: the rancang bangun has at least 300 words");
        assertThat(e.points()).isEqualByComparingTo("16");   // 9 + 2 + 2 + 3
    }

    @Test
    void anOptionalIndicatorMissingDoesNotExclude() {
        InnovationResult e = scored(V2026Levels.minimal("E").aktor(3).withoutEvidence("aktor").jejaring(1));
        assertThat(e.counts()).isTrue();
        assertThat(e.points()).isEqualByComparingTo("14");
    }

    @Test
    void excludedInnovationsCoverNoUrusan() {
        // Five basic services, each on an innovation missing one mandatory indicator: none counts.
        SubmissionBuilder s = SubmissionBuilder.submission(2026);
        Urusan[] basic = {Urusan.PENDIDIKAN, Urusan.KESEHATAN, Urusan.PEKERJAAN_UMUM_DAN_PENATAAN_RUANG,
                Urusan.PERUMAHAN_RAKYAT_DAN_KAWASAN_PERMUKIMAN, Urusan.SOSIAL};
        for (int k = 0; k < 5; k++) {
            InnovationBuilder b = innovation("E" + k, 2026).mainUrusan(basic[k]);
            for (int m = 0; m < 5; m++) {
                if (m != k) {
                    V2026Levels.set(b, V2026Levels.MANDATORY.get(m), 1);
                }
            }
            s.innovation(b);
        }
        Result r = RULES.evaluate(s.build());
        assertThat(r.innovations()).extracting(InnovationResult::counts).containsOnly(false);
        assertThat(r.totals().n()).isZero();
        assertThat(r.requirement().coveredCount()).isZero();
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
        assertThat(r.index()).isEqualByComparingTo("0.00");
        assertThat(r.predicate()).isEqualTo("Tidak Dapat Dinilai");
    }
}
