package org.iidrules.rules.y2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iidrules.model.SidFacts.VideoElement.DAMPAK;
import static org.iidrules.model.SidFacts.VideoElement.LATAR_BELAKANG;
import static org.iidrules.model.SidFacts.VideoElement.MANFAAT;
import static org.iidrules.model.SidFacts.VideoElement.PEMILIHAN_IDE;
import static org.iidrules.model.SidFacts.VideoElement.PENJARINGAN_IDE;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.model.SidFacts.GuideForm;
import org.iidrules.model.SidFacts.MonitoringKind;
import org.iidrules.model.SidFacts.VideoElement;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.Result;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The V2026 indicators that {@link CatalogueV2026Test} leaves out because V2026 scores them as the
 * earlier catalogues do (sid-indicators.md, "Levels, by indicator", the lines that name V2026 with
 * V2023/VMID or that hold for all versions): 17 sdm, 21 rkpd, 22 aktor, 26 pedoman, 28 proses,
 * 32 kecepatan, 34 monev, 35 video. Each is scored under the 2026 rule set (T-0 = 2026, T-1 = 2025,
 * T-2 = 2024), at both sides of every band edge. Weights: the "bobot V2023/VMID/V2026" column.
 * Points = bobot × level; the rule that decided is the indicator's own V2026 rule for that level, and
 * its source is SIMONDA-IGA.
 */
class CatalogueV2026SharedTest {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2026);
    private static final String PATH = "$.innovations[0].indicators.";

    private static Arguments at(String no, String label, UnaryOperator<InnovationBuilder> fill, int level,
                                String weight, String points) {
        return Arguments.of(no + " " + label + " -> L" + level, no, fill, level, weight, points);
    }

    private static VideoElement[] first(int n) {
        return List.of(LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE, MANFAAT, DAMPAK).subList(0, n)
                .toArray(new VideoElement[0]);
    }

    static Stream<Arguments> levels() {
        return Stream.of(
                // ---- 17 sdm, bobot 2 (all versions): 1–10 L1 / 11–30 L2 / more than 30 L3
                at("17", "1 staff", b -> b.sdm(1), 1, "2", "2"),      // 2 × 1
                at("17", "10 staff", b -> b.sdm(10), 1, "2", "2"),    // top of L1
                at("17", "11 staff", b -> b.sdm(11), 2, "2", "4"),    // 2 × 2
                at("17", "30 staff", b -> b.sdm(30), 2, "2", "4"),    // top of L2
                at("17", "31 staff", b -> b.sdm(31), 3, "2", "6"),    // 31 > 30; 2 × 3
                at("17", "120 staff", b -> b.sdm(120), 3, "2", "6"),

                // ---- 21 rkpd, bobot 2 (V2023, VMID, V2026): RKPD of T-1 or T-2 L1 / T-1 and T-2 L2 / T-1, T-2 and T-0 L3
                at("21", "2025 (T-1)", b -> b.rkpd(2025), 1, "2", "2"),                 // 2 × 1
                at("21", "2024 (T-2)", b -> b.rkpd(2024), 1, "2", "2"),
                at("21", "2025 2026 (T-1, T-0)", b -> b.rkpd(2025, 2026), 1, "2", "2"),  // T-1 without T-2: still L1
                at("21", "2024 2026 (T-2, T-0)", b -> b.rkpd(2024, 2026), 1, "2", "2"),  // T-2 without T-1: still L1
                at("21", "2024 2025 (T-2, T-1)", b -> b.rkpd(2024, 2025), 2, "2", "4"),  // 2 × 2
                at("21", "2023 2024 2025", b -> b.rkpd(2023, 2024, 2025), 2, "2", "4"),  // 2023 = T-3 adds nothing
                at("21", "2024 2025 2026 (all three)", b -> b.rkpd(2024, 2025, 2026), 3, "2", "6"),  // 2 × 3

                // ---- 22 aktor, bobot 1 (V2023, VMID, V2026): 3 L1 / 4 L2 / 5 or more L3
                at("22", "3 kinds", b -> b.aktor(3), 1, "1", "1"),
                at("22", "4 kinds", b -> b.aktor(4), 2, "1", "2"),
                at("22", "5 kinds", b -> b.aktor(5), 3, "1", "3"),
                at("22", "9 kinds", b -> b.aktor(9), 3, "1", "3"),

                // ---- 26 pedoman, bobot 1 (all versions): printed L1 / electronic book L2 / online book L3
                at("26", "printed", b -> b.pedoman(GuideForm.PRINTED), 1, "1", "1"),
                at("26", "electronic book", b -> b.pedoman(GuideForm.ELECTRONIC_BOOK), 2, "1", "2"),
                at("26", "online book", b -> b.pedoman(GuideForm.ONLINE_BOOK), 3, "1", "3"),

                // ---- 28 proses, bobot 2 (all versions): 6 days or more L1 / 2–5 days L2 / 1 day or less L3
                at("28", "30 days", b -> b.proses(30), 1, "2", "2"),   // 2 × 1
                at("28", "6 days", b -> b.proses(6), 1, "2", "2"),     // bottom of L1
                at("28", "5 days", b -> b.proses(5), 2, "2", "4"),     // 2 × 2
                at("28", "2 days", b -> b.proses(2), 2, "2", "4"),
                at("28", "1 day", b -> b.proses(1), 3, "2", "6"),      // 2 × 3
                at("28", "0 days (same day)", b -> b.proses(0), 3, "2", "6"),   // "1 day or less"

                // ---- 32 kecepatan, bobot 2 (all versions): 9 months or more L1 / 5–8 months L2 / 4 months or less L3
                at("32", "24 months", b -> b.kecepatan(24), 1, "2", "2"),
                at("32", "9 months", b -> b.kecepatan(9), 1, "2", "2"),   // bottom of L1
                at("32", "8 months", b -> b.kecepatan(8), 2, "2", "4"),   // 2 × 2
                at("32", "5 months", b -> b.kecepatan(5), 2, "2", "4"),
                at("32", "4 months", b -> b.kecepatan(4), 3, "2", "6"),   // 2 × 3
                at("32", "1 month", b -> b.kecepatan(1), 3, "2", "6"),

                // ---- 34 monev, bobot 2 (all versions): internal report L1 / satisfaction survey (SKM) L2 / external evaluation L3
                at("34", "internal report", b -> b.monev(MonitoringKind.INTERNAL_REPORT), 1, "2", "2"),
                at("34", "satisfaction survey", b -> b.monev(MonitoringKind.SATISFACTION_SURVEY), 2, "2", "4"),
                at("34", "external evaluation", b -> b.monev(MonitoringKind.EXTERNAL_EVALUATION), 3, "2", "6"),

                // ---- 35 video, bobot 4 (all versions): elements 1–2 L1 / 3–4 L2 / all 5 L3; at most 5 minutes.
                // 300 s is exactly 5 minutes, not "over 5 minutes": valid.
                at("35", "1 element, 300 s", b -> b.video(300, first(1)), 1, "4", "4"),     // 4 × 1
                at("35", "2 elements, 300 s", b -> b.video(300, first(2)), 1, "4", "4"),
                at("35", "3 elements, 300 s", b -> b.video(300, first(3)), 2, "4", "8"),     // 4 × 2
                at("35", "4 elements, 300 s", b -> b.video(300, first(4)), 2, "4", "8"),
                at("35", "5 elements, 300 s", b -> b.video(300, first(5)), 3, "4", "12"),    // 4 × 3
                at("35", "2 elements, 30 s", b -> b.video(30, MANFAAT, DAMPAK), 1, "4", "4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void level(String name, String no, UnaryOperator<InnovationBuilder> fill, int level, String weight, String points) {
        Result r = score(fill);
        IndicatorResult ind = r.innovation("X").indicator(no);
        assertThat(ind.fact()).as("the indicator under test is filled").isNotNull();
        assertThat(ind.level()).as("level (%s)", ind.fact()).isEqualTo(level);
        assertThat(ind.weight()).as("bobot").isEqualByComparingTo(weight);
        assertThat(ind.points()).as("points").isEqualByComparingTo(points);
        assertThat(ind.points()).as("points = bobot × level")
                .isEqualByComparingTo(new BigDecimal(weight).multiply(BigDecimal.valueOf(level)));
        assertThat(ind.note()).isNull();
        assertThat(ind.by().rule()).as("the rule of indicator %s, level %d", no, level)
                .matches(Pattern.quote("V2026 " + no + " ") + ".* L" + level + ": .+");
        assertThat(ind.by().source()).isEqualTo("SIMONDA-IGA");
        // the only indicator filled: its points are the innovation's points, and nothing is reported about it
        assertThat(r.innovation("X").points()).isEqualByComparingTo(points);
        assertThat(findingsOn(r, ind.key())).isEmpty();
    }

    // ---- filled indicators that reach no level ---------------------------------------------------

    static Stream<Arguments> unrecognised() {
        return Stream.of(
                // 17: 0 staff is below the 1–10 band
                Arguments.of("17 0 staff", "17", (UnaryOperator<InnovationBuilder>) b -> b.sdm(0)),
                // 21: every band needs the RKPD of T-1 or T-2; T-0 (2026) alone, or T-3 (2023) alone, is in none
                Arguments.of("21 2026 (T-0) only", "21", (UnaryOperator<InnovationBuilder>) b -> b.rkpd(2026)),
                Arguments.of("21 2023 (T-3) only", "21", (UnaryOperator<InnovationBuilder>) b -> b.rkpd(2023)),
                // 22: L1 is 3 kinds of actors (the implementer included): 2 is below it
                Arguments.of("22 2 kinds", "22", (UnaryOperator<InnovationBuilder>) b -> b.aktor(2)),
                // 35: a video showing none of the 5 elements is below the 1–2 band
                Arguments.of("35 no element", "35", (UnaryOperator<InnovationBuilder>) b -> b.video(120)));
    }

    @ParameterizedTest(name = "{0} -> 0, UNRECOGNISED_VALUE")
    @MethodSource("unrecognised")
    void filledButInNoBandScoresZero(String name, String no, UnaryOperator<InnovationBuilder> fill) {
        Result r = score(fill);
        IndicatorResult ind = r.innovation("X").indicator(no);
        assertThat(ind.fact()).isNotNull();
        assertThat(ind.level()).isZero();
        assertThat(ind.points()).isEqualByComparingTo("0");
        assertThat(ind.by()).isNull();
        assertThat(ind.note()).startsWith("reaches no level under catalogue V2026");
        assertThat(findingsOn(r, ind.key())).extracting(Finding::kind, Finding::path)
                .containsExactly(tuple(Kind.UNRECOGNISED_VALUE, PATH + ind.key()));
    }

    // ---- 35: over 5 minutes ----------------------------------------------------------------------

    @ParameterizedTest(name = "35 {0} elements, 301 s -> 0, REJECTED")
    @MethodSource("videoElementCounts")
    void videoOf301SecondsIsRejectedWhateverItShows(int elements) {
        // 301 s > 300 s = 5 minutes: not valid evidence (sid-indicators.md, 35), so 0 whatever level the
        // elements reach (1 → L1, 3 → L2, 5 → L3 at 300 s above).
        Result r = score(b -> b.video(301, first(elements)));
        IndicatorResult video = r.innovation("X").indicator("35");
        assertThat(video.level()).isZero();
        assertThat(video.points()).isEqualByComparingTo("0");
        assertThat(video.note()).contains("301 seconds");
        assertThat(video.by().rule()).startsWith("V2026 35 ").doesNotContain(" L");
        assertThat(video.by().source()).isEqualTo("SIMONDA-IGA");
        assertThat(r.innovation("X").points()).isEqualByComparingTo("0");
        assertThat(findingsOn(r, "video")).extracting(Finding::kind, Finding::path)
                .containsExactly(tuple(Kind.REJECTED, PATH + "video"));
    }

    static Stream<Integer> videoElementCounts() {
        return Stream.of(1, 3, 5);
    }

    @Test
    void theCasesReachEachOfTheEightIndicatorsAtEveryLevelThroughItsOwnRule() {
        // 8 indicators × 3 levels = 24 level rules of sid-v2026.drl; each must decide at least one case above.
        Set<String> levels = new HashSet<>();
        Set<String> rules = new HashSet<>();
        levels().forEach(a -> {
            Object[] p = a.get();
            @SuppressWarnings("unchecked")
            UnaryOperator<InnovationBuilder> fill = (UnaryOperator<InnovationBuilder>) p[2];
            IndicatorResult ind = score(fill).innovation("X").indicator((String) p[1]);
            levels.add(p[1] + "/L" + p[3]);
            assertThat(ind.by()).as("case %s is decided by a rule", p[0]).isNotNull();
            rules.add(ind.by().rule());
        });
        assertThat(levels).hasSize(24);
        assertThat(rules).hasSize(24);
    }

    @Test
    void theEightIndicatorsTogetherAtLevelThree() {
        // 17 sdm 31 → 2 × 3 = 6; 21 rkpd 2024–2026 → 2 × 3 = 6; 22 aktor 5 → 1 × 3 = 3; 26 online book → 1 × 3 = 3;
        // 28 proses 1 day → 2 × 3 = 6; 32 kecepatan 4 months → 2 × 3 = 6; 34 external evaluation → 2 × 3 = 6;
        // 35 all 5 elements in 300 s → 4 × 3 = 12. Sum 6 + 6 + 3 + 3 + 6 + 6 + 6 + 12 = 48.
        Result r = score(b -> b.sdm(31).rkpd(2024, 2025, 2026).aktor(5).pedoman(GuideForm.ONLINE_BOOK).proses(1)
                .kecepatan(4).monev(MonitoringKind.EXTERNAL_EVALUATION).video(300, first(5)));
        assertThat(r.innovation("X").points()).isEqualByComparingTo("48");
        for (String no : List.of("17", "21", "22", "26", "28", "32", "34", "35")) {
            assertThat(r.innovation("X").indicator(no).level()).as("indicator %s", no).isEqualTo(3);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static Result score(UnaryOperator<InnovationBuilder> fill) {
        return RULES.evaluate(SubmissionBuilder.submission(2026).innovation(fill.apply(innovation("X", 2026))).build());
    }

    /** Findings about one indicator of innovation [0]: its own path or a path below it. */
    private static List<Finding> findingsOn(Result r, String key) {
        String path = PATH + key;
        return r.findings().stream().filter(f -> f.path().equals(path) || f.path().startsWith(path + ".")).toList();
    }
}
