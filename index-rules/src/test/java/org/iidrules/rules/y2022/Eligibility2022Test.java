package org.iidrules.rules.y2022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which innovations count in 2022: stage PENERAPAN only (A11), applied or last developed between
 * 2020-01-01 and 2021-12-31 (README year matrix, A12). Each innovation here has 17 sdm 31 staff ->
 * L3, 2 x 3 = 6 points.
 */
class Eligibility2022Test {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2022);

    private static InnovationResult only(InnovationBuilder b) {
        return RULES.evaluate(SubmissionBuilder.submission(2022).innovation(b.sdm(31)).build()).innovation("X");
    }

    @ParameterizedTest(name = "stage {0} does not count")
    @EnumSource(value = Stage.class, names = {"INISIATIF", "UJI_COBA"})
    void onlyPenerapanCounts(Stage stage) {
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .innovation(innovation("X", 2022).stage(stage).sdm(31)).build());
        InnovationResult x = r.innovation("X");
        assertThat(x.counts()).isFalse();
        assertThat(x.reason()).contains(stage.name());
        assertThat(x.excludedBy().assumptions()).contains("A11");
        assertThat(r.findings()).extracting(Finding::kind, Finding::path)
                .contains(tuple(Kind.NOT_COUNTED, "$.innovations[0]"));
        // not in n or the SID sum
        assertThat(r.totals().n()).isZero();
        assertThat(r.totals().sidSum()).isEqualByComparingTo("0");
    }

    @Test
    void penerapanCounts() {
        InnovationResult x = only(innovation("X", 2022).stage(Stage.PENERAPAN));
        assertThat(x.counts()).isTrue();
        assertThat(x.reason()).isNull();
    }

    static Stream<Arguments> applicationDates() {
        return Stream.of(
                Arguments.of(LocalDate.of(2019, 12, 31), false),  // the day before 1 Jan Y-2
                Arguments.of(LocalDate.of(2020, 1, 1), true),     // 1 Jan Y-2: first day in
                Arguments.of(LocalDate.of(2021, 12, 31), true),   // 31 Dec Y-1: last day in
                Arguments.of(LocalDate.of(2022, 1, 1), false));   // 1 Jan Y: T-0 itself is out
    }

    @ParameterizedTest(name = "applied {0} -> counts {1}")
    @MethodSource("applicationDates")
    void applicationWindow(LocalDate applied, boolean counts) {
        InnovationResult x = only(innovation("X", 2022).applicationDate(applied));
        assertThat(x.counts()).isEqualTo(counts);
        if (counts) {
            assertThat(x.reason()).isNull();
            // 17 sdm 31 -> L3, 2 x 3 = 6
            assertThat(x.points()).isEqualByComparingTo("6");
        } else {
            assertThat(x.reason()).isNotBlank();
            assertThat(x.excludedBy().assumptions()).contains("A12");
        }
    }

    @Test
    void appliedEarlierButLastDevelopedInTheWindowCounts() {
        // applied 2018 (out), last developed 2021 (in): counts
        InnovationResult x = only(innovation("X", 2022).applicationDate(LocalDate.of(2018, 3, 1))
                .latestDevelopmentDate(LocalDate.of(2021, 6, 1)));
        assertThat(x.counts()).isTrue();
    }

    @Test
    void appliedAndLastDevelopedBeforeTheWindowDoesNotCount() {
        // applied 2018, last developed 2019-12-31: both before 2020-01-01
        InnovationResult x = only(innovation("X", 2022).applicationDate(LocalDate.of(2018, 3, 1))
                .latestDevelopmentDate(LocalDate.of(2019, 12, 31)));
        assertThat(x.counts()).isFalse();
    }

    @Test
    void noApplicationDateDoesNotCount() {
        InnovationResult x = only(innovation("X", 2022).applicationDate(null));
        assertThat(x.counts()).isFalse();
        assertThat(x.reason()).isNotBlank();
    }

    @Test
    void onlyCountingInnovationsEnterNAndTheSidSum() {
        Result r = RULES.evaluate(SubmissionBuilder.submission(2022)
                .innovation(innovation("IN-2020", 2022).applicationDate(LocalDate.of(2020, 1, 1)).sdm(31).mainUrusan(Urusan.PENDIDIKAN))
                .innovation(innovation("IN-2021", 2022).applicationDate(LocalDate.of(2021, 12, 31)).sdm(31).mainUrusan(Urusan.KESEHATAN))
                .innovation(innovation("DEV-2021", 2022).applicationDate(LocalDate.of(2018, 1, 1))
                        .latestDevelopmentDate(LocalDate.of(2021, 1, 1)).sdm(31))
                .innovation(innovation("OUT-2019", 2022).applicationDate(LocalDate.of(2019, 12, 31)).sdm(31).mainUrusan(Urusan.SOSIAL))
                .innovation(innovation("OUT-2022", 2022).applicationDate(LocalDate.of(2022, 1, 1)).sdm(31).mainUrusan(Urusan.SOSIAL))
                .innovation(innovation("TRIAL", 2022).stage(Stage.UJI_COBA).sdm(31).mainUrusan(Urusan.SOSIAL))
                .build());
        // counting: IN-2020, IN-2021, DEV-2021 -> n = 3, sidSum = 3 x 6 = 18
        assertThat(r.innovations()).filteredOn(InnovationResult::counts).extracting(InnovationResult::id)
                .containsExactly("IN-2020", "IN-2021", "DEV-2021");
        assertThat(r.totals().n()).isEqualTo(3);
        assertThat(r.totals().sidSum()).isEqualByComparingTo("18");
        // all six are reported back
        assertThat(r.innovations()).hasSize(6);
        assertThat(r.findings()).filteredOn(f -> f.kind() == Kind.NOT_COUNTED).extracting(Finding::path)
                .containsExactlyInAnyOrder("$.innovations[3]", "$.innovations[4]", "$.innovations[5]");
        // Sosial is only the main urusan of non-counting innovations: covered = Pendidikan, Kesehatan
        assertThat(r.requirement().covered()).containsExactly("Pendidikan", "Kesehatan");
        // TOTAL = 18 / 10 + 0.38 x 3 = 1.8 + 1.14 = 2.94; IID = 1.176 -> 1.18
        assertThat(r.index()).isEqualByComparingTo("1.18");
    }

    @Test
    void theRuleSetYearNotTheSubmissionYearSetsTheWindow() {
        // A submission prepared for 2023, scored under the 2022 rules: T-0 = 2022, window 2020..2021.
        Result r = RULES.evaluate(SubmissionBuilder.submission(2023)
                .innovation(innovation("IN", 2023).applicationDate(LocalDate.of(2021, 3, 1)).sdm(31))
                .innovation(innovation("OUT", 2023).applicationDate(LocalDate.of(2022, 3, 1)).sdm(31))
                .build());
        assertThat(r.assessmentYear()).isEqualTo(2022);
        assertThat(r.innovation("IN").counts()).isTrue();
        assertThat(r.innovation("OUT").counts()).isFalse();
        assertThat(r.findings()).extracting(Finding::kind, Finding::path).contains(tuple(Kind.NOTE, "$.year"));
    }
}
