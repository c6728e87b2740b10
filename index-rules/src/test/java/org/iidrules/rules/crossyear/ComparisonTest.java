package org.iidrules.rules.crossyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.iidrules.RuleSets;
import org.iidrules.UnknownYearException;
import org.iidrules.compare.Comparison;
import org.iidrules.compare.Step;
import org.iidrules.model.SidFacts.RegulationType;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.Test;

/** One submission compared across years: each year's result, and what moved the score between them. */
class ComparisonTest {

    /**
     * One innovation, applied 1 July 2021 and last developed 1 March 2025, so it is inside the window
     * of 2022 (2020-2021) and of 2026 (2024-2025), with a plain SK Kepala Perangkat Daerah and 12 staff.
     */
    private static Submission submission() {
        return SubmissionBuilder.submission(2026)
                .innovation(InnovationBuilder.innovation("X-1", 2026)
                        .mainUrusan(Urusan.PENDIDIKAN)
                        .applicationDate(LocalDate.of(2021, 7, 1))
                        .latestDevelopmentDate(LocalDate.of(2025, 3, 1))
                        .regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH)
                        .sdm(12))
                .build();
    }

    @Test
    void explainsWhatMovedFrom2022To2026() {
        Comparison c = RuleSets.builtIn().compare(submission(), List.of(2026, 2022));

        // Oldest first, whatever order was asked.
        assertThat(c.results()).extracting(r -> r.assessmentYear()).containsExactly(2022, 2026);
        assertThat(c.steps()).hasSize(1);
        Step step = c.steps().get(0);
        assertThat(step.fromYear()).isEqualTo(2022);
        assertThat(step.toYear()).isEqualTo(2026);

        // 2022 (V2023): 16 regulasi SK Kepala PD -> L1 x 3 = 3; 17 sdm 12 -> L2 x 2 = 4; points 7; n = 1, divisor 10.
        //   Requirement 2 of 6: only Pendidikan -> not met, SJI 0 (A6). TOTAL = 7/10 = 0.7 -> IID 0.7/250x100 = 0.28.
        // 2026 (V2026): 16 regulasi plain SK Kepala PD reaches no level -> 0; mandatory 16 (and 32, 33, 35) score 0
        //   -> the innovation does not count (A15): n = 0, divisor 12, SID 0, SJI 0 -> IID 0.00, Tidak Dapat Dinilai.
        assertThat(step.fromIndex()).isEqualByComparingTo("0.28");
        assertThat(step.toIndex()).isEqualByComparingTo("0.00");
        assertThat(step.indexChange()).isEqualByComparingTo("-0.28");
        assertThat(step.toPredicate()).isEqualTo("Tidak Dapat Dinilai");

        assertThat(step.movements()).anySatisfy(m -> {
            assertThat(m.what()).isEqualTo("minimum divisor d");
            assertThat(m.from()).isEqualTo("10");
            assertThat(m.to()).isEqualTo("12");
        });
        assertThat(step.movements()).anySatisfy(m -> {
            assertThat(m.what()).isEqualTo("innovation X-1 counts");
            assertThat(m.from()).isEqualTo("counts");
            assertThat(m.to()).startsWith("does not count").contains("16 regulasi");
            // It contributed its 7 points in 2022 and none in 2026.
            assertThat(m.points()).isEqualByComparingTo("-7");
        });
        assertThat(step.movements()).anySatisfy(m -> {
            assertThat(m.path()).isEqualTo("$.innovations[0].indicators.regulasi");
            assertThat(m.from()).startsWith("L1, 3 points");
            assertThat(m.to()).startsWith("L0, 0 points");
            assertThat(m.points()).isEqualByComparingTo("-3");
            assertThat(m.by()).contains("V2023 16 regulasi L1").contains("no rule");
        });
        // 17 sdm scores L2 x 2 = 4 in both catalogues: it did not move.
        assertThat(step.movements()).noneSatisfy(m -> assertThat(m.path()).endsWith(".sdm"));
    }

    @Test
    void aRangeOfYearsMustAllExist() {
        assertThat(RuleSets.builtIn().yearsBetween(2022, 2027)).containsExactly(2022, 2023, 2024, 2025, 2026, 2027);
        assertThatThrownBy(() -> RuleSets.builtIn().yearsBetween(2022, 2030))
                .isInstanceOf(UnknownYearException.class)
                .hasMessageContaining("2028")
                .hasMessageContaining("the latest defined year is 2027");
    }
}
