package org.iidrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iidrules.Language;
import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationProblem.Kind;
import org.junit.jupiter.api.Test;

/**
 * The band check on hand-made rules: which values each level's rules accept, which level each value
 * finally gets (the highest it reaches), and the gaps and overlaps that follow. Rule i of a test starts on
 * line 10 × i of "x.drl" (no text is given, so the problem is reported at the rule's own line).
 */
class LevelBandsTest {

    private static final Catalogue SID = new Catalogue("T1", "SID", "test", "A", "S", List.of(), List.of(
            new Catalogue.Indicator("17", "sdm", "Ketersediaan SDM", BigDecimal.valueOf(2), "SK"),
            new Catalogue.Indicator("33", "kemanfaatan", "Kemanfaatan", BigDecimal.valueOf(3), "data"),
            new Catalogue.Indicator("16", "regulasi", "Regulasi", BigDecimal.valueOf(3), "SK")));
    private static final Catalogue SPD = new Catalogue("T2", "SPD", "test", "A", "S", List.of(), List.of(
            new Catalogue.Indicator("3", "licensingGrowthPercent", "Perizinan", BigDecimal.ONE, "data")));

    private final List<RuleInfo> rules = new ArrayList<>();

    private void sid(String indicator, int level, String condition) {
        int n = rules.size() + 1;
        rules.add(new RuleInfo("p", "R" + n + " L" + level, "x.drl", 10 * n, n, indicator, null, level, "S", List.of(), condition));
    }

    private void spd(String row, int level, String condition) {
        int n = rules.size() + 1;
        rules.add(new RuleInfo("p", "R" + n + " L" + level, "x.drl", 10 * n, n, null, row, level, "S", List.of(), condition));
    }

    private List<ValidationProblem> errors(Catalogue catalogue) {
        return LevelBands.check(rules, catalogue, "x.yaml", Map.of()).stream()
                .filter(p -> p.severity() != ValidationProblem.Severity.NOTE).toList();
    }

    @Test
    void atLeastLevelsWithOneThresholdEachHaveNoGapAndNoOverlap() {
        // 1..10 → 1, 11..30 → 2, 31.. → 3: every value from 1 up reaches exactly its level.
        sid("17", 1, "$i : Innovation( indicators.sdm!.staff >= 1 )");
        sid("17", 2, "$i : Innovation( indicators.sdm!.staff >= 11 )");
        sid("17", 3, "$i : Innovation( indicators.sdm!.staff >= 31 )");
        assertThat(errors(SID)).isEmpty();
    }

    @Test
    void aWholeNumberBetweenTwoBandsIsAGap() {
        // L1 1..10, L2 12.. : 11 staff reach nothing, although 10 and 12 do. Reported at the higher level's rule (R2, line 20).
        sid("17", 1, "$i : Innovation( indicators.sdm!.staff >= 1 && indicators.sdm!.staff <= 10 )");
        sid("17", 2, "$i : Innovation( indicators.sdm!.staff >= 12 )");
        sid("17", 3, "$i : Innovation( indicators.sdm!.staff >= 31 )");
        List<ValidationProblem> problems = errors(SID);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.BAND_GAP);
            assertThat(p.line()).isEqualTo(20);
            assertThat(p.message(Language.EN)).contains("staff = 11").contains("level 1: 1 ≤ staff ≤ 10").contains("level 2: 12 ≤ staff ≤ 30");
            assertThat(p.message(Language.ID)).contains("celah").contains("staff = 11");
        });
    }

    @Test
    void staffCountsAreWholeNumbersSoTenThenElevenIsNoGap() {
        sid("17", 1, "$i : Innovation( indicators.sdm!.staff >= 1, indicators.sdm!.staff <= 10 )");
        sid("17", 2, "$i : Innovation( indicators.sdm!.staff > 10 && <= 30 )");
        sid("17", 3, "$i : Innovation( indicators.sdm!.staff > 30 )");
        assertThat(errors(SID)).isEmpty();
    }

    @Test
    void aLevelSplitInTwoByAHigherOneIsAnOverlap() {
        // L1 1.. , L2 11..30 (no L3): 1..10 → 1, 11..30 → 2, 31.. → 1 again: 40 staff get level 1, below level 2's values.
        sid("17", 1, "$i : Innovation( indicators.sdm!.staff >= 1 )");
        sid("17", 2, "$i : Innovation( indicators.sdm!.staff >= 11 && indicators.sdm!.staff <= 30 )");
        assertThat(errors(SID)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.BAND_OVERLAP);
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message(Language.EN)).contains("level 1 is given to 1 ≤ staff ≤ 10 and to staff ≥ 31")
                    .contains("level 2 (11 ≤ staff ≤ 30)");
        });
    }

    @Test
    void aLevelAHigherOneTakesWhollyIsAnOverlap() {
        // L2 31.. and L3 11..: every value of level 2 reaches level 3, so level 2 is never given (rule R2, line 20).
        sid("17", 1, "$i : Innovation( indicators.sdm!.staff >= 1 )");
        sid("17", 2, "$i : Innovation( indicators.sdm!.staff >= 31 )");
        sid("17", 3, "$i : Innovation( indicators.sdm!.staff >= 11 )");
        assertThat(errors(SID)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.BAND_OVERLAP);
            assertThat(p.line()).isEqualTo(20);
            assertThat(p.message(Language.EN)).contains("level 2 (staff ≥ 31) never applies, because level 3");
            assertThat(p.message(Language.ID)).contains("tumpang tindih").contains("level 2");
        });
    }

    @Test
    void measuredValuesAreRoundedToTwoDecimalsSo816Then817IsNoGap() {
        // A10: measured is rounded to 2 decimals, so nothing lies between 8.16 and 8.17.
        spd("3", 1, "$spd : SpdFacts( licensingGrowthPercent!.measured >= -10B && licensingGrowthPercent!.measured <= 8.16B )");
        spd("3", 2, "$spd : SpdFacts( licensingGrowthPercent!.measured >= 8.17B )");
        spd("3", 3, "$spd : SpdFacts( licensingGrowthPercent!.measured >= 20B )");
        assertThat(errors(SPD)).isEmpty();
    }

    @Test
    void anUnroundedDecimalHasAGapBetween816And817ButNoneBetweenBelow817AndFrom817() {
        // Measure.value is the raw BigDecimal: 8.165 lies between <= 8.16 and >= 8.17.
        spd("3", 1, "$spd : SpdFacts( licensingGrowthPercent!.value >= -10B && licensingGrowthPercent!.value <= 8.16B )");
        spd("3", 2, "$spd : SpdFacts( licensingGrowthPercent!.value >= 8.17B )");
        spd("3", 3, "$spd : SpdFacts( licensingGrowthPercent!.value >= 20B )");
        assertThat(errors(SPD)).singleElement().satisfies(p ->
                assertThat(p.message(Language.EN)).contains("values with 8.16 < value < 8.17 reach no level"));

        rules.clear();
        spd("3", 1, "$spd : SpdFacts( licensingGrowthPercent!.value >= -10B && licensingGrowthPercent!.value < 8.17B )");
        spd("3", 2, "$spd : SpdFacts( licensingGrowthPercent!.value >= 8.17B )");
        spd("3", 3, "$spd : SpdFacts( licensingGrowthPercent!.value >= 20B )");
        assertThat(errors(SPD)).isEmpty();
    }

    @Test
    void fallingBandsAreFine() {
        // Fewer days is better: L1 0.., L2 ..5, L3 ..1 → 0..1 → 3, 2..5 → 2, 6.. → 1.
        sid("17", 1, "$i : Innovation( indicators.sdm!.staff >= 0 )");
        sid("17", 2, "$i : Innovation( indicators.sdm!.staff <= 5 )");
        sid("17", 3, "$i : Innovation( indicators.sdm!.staff <= 1 )");
        assertThat(errors(SID)).isEmpty();
    }

    @Test
    void levelsThatNeitherRiseNorFallWithTheValueAreAWarning() {
        // 1..10 → 2, 11..30 → 1, 31.. → 3: no gap, no level hidden or split, but 2, 1, 3 is no order.
        sid("17", 1, "$i : Innovation( indicators.sdm!.staff >= 11 && indicators.sdm!.staff <= 30 )");
        sid("17", 2, "$i : Innovation( indicators.sdm!.staff >= 1 && indicators.sdm!.staff <= 10 )");
        sid("17", 3, "$i : Innovation( indicators.sdm!.staff >= 31 )");
        assertThat(LevelBands.check(rules, SID, "x.yaml", Map.of())).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.BAND_ORDER);
            assertThat(p.severity()).isEqualTo(ValidationProblem.Severity.WARNING);
            assertThat(p.message(Language.EN)).contains("1 ≤ staff ≤ 10 → 2, 11 ≤ staff ≤ 30 → 1, staff ≥ 31 → 3");
        });
    }

    @Test
    void rulesThatAlsoTestANamedValueAreCheckedPerNamedValue() {
        // PRODUCTS: 1.. / 101.. / 201.. is fine; PERCENT: 1..10 then 12.. leaves 11..11.99 (step 0.01: 10.01..11.99).
        sid("33", 1, "$i : Innovation( indicators.kemanfaatan!.basis == BenefitBasis.PRODUCTS, indicators.kemanfaatan.measured >= 1B )");
        sid("33", 2, "$i : Innovation( indicators.kemanfaatan!.basis == BenefitBasis.PRODUCTS, indicators.kemanfaatan.measured >= 101B )");
        sid("33", 3, "$i : Innovation( indicators.kemanfaatan!.basis == BenefitBasis.PRODUCTS, indicators.kemanfaatan.measured >= 201B )");
        sid("33", 1, "$i : Innovation( indicators.kemanfaatan!.basis == BenefitBasis.SPENDING_EFFICIENCY_PERCENT, indicators.kemanfaatan.measured >= 1B && indicators.kemanfaatan.measured <= 10B )");
        sid("33", 2, "$i : Innovation( indicators.kemanfaatan!.basis == BenefitBasis.SPENDING_EFFICIENCY_PERCENT, indicators.kemanfaatan.measured >= 12B )");
        sid("33", 3, "$i : Innovation( indicators.kemanfaatan!.basis == BenefitBasis.SPENDING_EFFICIENCY_PERCENT, indicators.kemanfaatan.measured >= 20B )");
        assertThat(errors(SID)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.BAND_GAP);
            assertThat(p.line()).isEqualTo(50);
            assertThat(p.message(Language.EN)).contains("SPENDING_EFFICIENCY_PERCENT").contains("10.01 ≤ measured ≤ 11.99");
        });
    }

    @Test
    void indicatorsOfAnotherShapeAreListedInANoteNotChecked() {
        sid("16", 1, "$i : Innovation( indicators.regulasi!.type == RegulationType.SK_KEPALA_DAERAH )");
        sid("16", 2, "$i : Innovation( indicators.regulasi!.type in (RegulationType.PERATURAN_KEPALA_DAERAH, RegulationType.X) )");
        sid("17", 1, "Assessment( $t0 : year ) $i : Innovation( indicators.sdm!.staff >= 1 )");
        List<ValidationProblem> all = LevelBands.check(rules, SID, "x.yaml", Map.of());
        assertThat(all).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ValidationProblem.Severity.NOTE);
            assertThat(p.kind()).isEqualTo(Kind.BANDS_NOT_CHECKED);
            assertThat(p.message(Language.EN)).contains("it did not check 17 sdm, 16 regulasi");
        });
    }
}
