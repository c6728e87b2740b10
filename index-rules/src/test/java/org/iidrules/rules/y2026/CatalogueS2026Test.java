package org.iidrules.rules.y2026;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.model.SpdFacts.AuditOpinion;
import org.iidrules.model.SpdFacts.HakiSupport;
import org.iidrules.model.SpdFacts.IkkCategory;
import org.iidrules.model.SpdFacts.InnovatorAward;
import org.iidrules.model.SpdFacts.RipjStatus;
import org.iidrules.model.SpdFacts.SakipGrade;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.Result;
import org.iidrules.result.SpdRowResult;
import org.iidrules.rules.support.SpdFactsMaker;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 20 SPD rows of catalogue S2026 (spd-indicators.md), each at both sides of every threshold,
 * scored under the 2026 rule set (source SIMONDA-IGA). Every expectation comes from the table of
 * spd-indicators.md and the assumptions of methodology/README.md:
 * <ul>
 *   <li>A10: a measured value is rounded half-up to 2 decimals before it meets a threshold;</li>
 *   <li>A14: a value printed in two bands takes the higher level;</li>
 *   <li>a row's points = bobot × level.</li>
 * </ul>
 * Each case fills one row (with evidence) and nothing else, so the row's points are the whole SPD
 * score. The case asserts the level, the bobot, the points, and that the rule that decided the level
 * is the row's own rule for that level ("S2026 &lt;row&gt; ... L&lt;level&gt;: ...").
 */
class CatalogueS2026Test {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2026);
    private static final RuleSet RULES_2022 = RuleSets.builtIn().forYear(2022);

    // ---- case builders -------------------------------------------------------------------------

    private static Arguments at(String row, String label, UnaryOperator<SpdFactsMaker> fill, int level,
                                String weight, String points, String... cites) {
        return Arguments.of(row + " " + label + " -> L" + level, row, fill, level, weight, points, List.of(cites));
    }

    /** A measured row: the value is given as a decimal string; every measured rule cites A10. */
    private static Arguments measured(String row, BiFunction<SpdFactsMaker, String, SpdFactsMaker> setter, String value,
                                      int level, String weight, String points, String... cites) {
        List<String> all = new ArrayList<>(List.of("A10"));
        all.addAll(List.of(cites));
        return at(row, value, m -> setter.apply(m, value), level, weight, points, all.toArray(new String[0]));
    }

    static Stream<Arguments> levels() {
        return Stream.of(
                // ---- 1 Visi dan misi, bobot 1: mission only L1 / vision only L2 / both L3
                at("1", "mission only", m -> m.visiMisi(false, true), 1, "1", "1"),        // 1 × 1
                at("1", "vision only", m -> m.visiMisi(true, false), 2, "1", "2"),         // 1 × 2
                at("1", "vision and mission", m -> m.visiMisi(true, true), 3, "1", "3"),   // 1 × 3

                // ---- 2a APBD on time, bobot 1: on-time years of the last 3: 1 L1 / 2 L2 / 3 L3
                at("2a", "1 year", m -> m.apbdOnTimeYears(1), 1, "1", "1"),                // 1 × 1
                at("2a", "2 years", m -> m.apbdOnTimeYears(2), 2, "1", "2"),               // 1 × 2
                at("2a", "3 years", m -> m.apbdOnTimeYears(3), 3, "1", "3"),               // 1 × 3

                // ---- 2b mandatory spending, bobot 1: components met 2 L1 / 3 L2 / more than 3 L3
                at("2b", "2 components", m -> m.mandatorySpendingComponents(2), 1, "1", "1"),   // 1 × 1
                at("2b", "3 components", m -> m.mandatorySpendingComponents(3), 2, "1", "2"),   // 1 × 2
                at("2b", "4 components", m -> m.mandatorySpendingComponents(4), 3, "1", "3"),   // 4 > 3; 1 × 3

                // ---- 3 licensing growth %, bobot 1: ≤ −50.32 L1 / −50.33 … 8.16 L2 / ≥ 8.17 L3
                measured("3", SpdFactsMaker::licensingGrowthPercent, "-100", 1, "1", "1"),     // far below: L1 only
                measured("3", SpdFactsMaker::licensingGrowthPercent, "-50.34", 1, "1", "1"),   // ≤ −50.32, below −50.33: L1 only
                // −50.3351 → −50.34 (A10): L1 only
                measured("3", SpdFactsMaker::licensingGrowthPercent, "-50.3351", 1, "1", "1"),
                // −50.33 is in L1 (≤ −50.32) and in L2 (−50.33 …): the higher, L2 (A14); 1 × 2
                measured("3", SpdFactsMaker::licensingGrowthPercent, "-50.33", 2, "1", "2", "A14"),
                // −50.3349 → −50.33 (A10), then as above: L2 (A14)
                measured("3", SpdFactsMaker::licensingGrowthPercent, "-50.3349", 2, "1", "2", "A14"),
                // −50.32 is the printed top of L1 but also inside −50.33 … 8.16: L2 (A14)
                measured("3", SpdFactsMaker::licensingGrowthPercent, "-50.32", 2, "1", "2", "A14"),
                measured("3", SpdFactsMaker::licensingGrowthPercent, "0", 2, "1", "2"),        // inside L2
                measured("3", SpdFactsMaker::licensingGrowthPercent, "8.16", 2, "1", "2"),     // top of L2
                measured("3", SpdFactsMaker::licensingGrowthPercent, "8.164", 2, "1", "2"),    // → 8.16 (A10): L2
                measured("3", SpdFactsMaker::licensingGrowthPercent, "8.165", 3, "1", "3"),    // → 8.17 (A10, half-up): L3; 1 × 3
                measured("3", SpdFactsMaker::licensingGrowthPercent, "8.17", 3, "1", "3"),     // ≥ 8.17: L3

                // ---- 4 per-capita income growth %, bobot 1: ≤ 2.04 L1 / 2.05 … 5.23 L2 / ≥ 5.23 L3
                measured("4", SpdFactsMaker::incomePerCapitaGrowthPercent, "-3", 1, "1", "1"),     // ≤ 2.04
                measured("4", SpdFactsMaker::incomePerCapitaGrowthPercent, "2.04", 1, "1", "1"),   // top of L1
                measured("4", SpdFactsMaker::incomePerCapitaGrowthPercent, "2.044", 1, "1", "1"),  // → 2.04 (A10): L1
                measured("4", SpdFactsMaker::incomePerCapitaGrowthPercent, "2.045", 2, "1", "2"),  // → 2.05 (A10): L2; 1 × 2
                measured("4", SpdFactsMaker::incomePerCapitaGrowthPercent, "2.05", 2, "1", "2"),   // bottom of L2
                measured("4", SpdFactsMaker::incomePerCapitaGrowthPercent, "5.22", 2, "1", "2"),   // inside L2, below 5.23
                measured("4", SpdFactsMaker::incomePerCapitaGrowthPercent, "5.224", 2, "1", "2"),  // → 5.22 (A10): L2
                // 5.23 is printed in L2 (… 5.23) and in L3 (≥ 5.23): the higher, L3 (A14); 1 × 3
                measured("4", SpdFactsMaker::incomePerCapitaGrowthPercent, "5.23", 3, "1", "3", "A14"),
                measured("4", SpdFactsMaker::incomePerCapitaGrowthPercent, "5.225", 3, "1", "3", "A14"),  // → 5.23 (A10): L3

                // ---- 5a TPT reduction, points (T-2 minus T-1), bobot 0.75: ≤ 0.00 L1 / 0.01 … 0.36 L2 / ≥ 0.36 L3
                measured("5a", SpdFactsMaker::unemploymentReductionPoints, "-0.50", 1, "0.75", "0.75"),  // TPT rose: ≤ 0.00; 0.75 × 1
                measured("5a", SpdFactsMaker::unemploymentReductionPoints, "0.00", 1, "0.75", "0.75"),   // top of L1
                measured("5a", SpdFactsMaker::unemploymentReductionPoints, "0.004", 1, "0.75", "0.75"),  // → 0.00 (A10): L1
                measured("5a", SpdFactsMaker::unemploymentReductionPoints, "0.005", 2, "0.75", "1.50"),  // → 0.01 (A10): L2; 0.75 × 2
                measured("5a", SpdFactsMaker::unemploymentReductionPoints, "0.01", 2, "0.75", "1.50"),   // bottom of L2
                measured("5a", SpdFactsMaker::unemploymentReductionPoints, "0.35", 2, "0.75", "1.50"),   // below 0.36
                measured("5a", SpdFactsMaker::unemploymentReductionPoints, "0.354", 2, "0.75", "1.50"),  // → 0.35 (A10): L2
                // 0.36 is printed in L2 (… 0.36) and L3 (≥ 0.36): L3 (A14); 0.75 × 3 = 2.25
                measured("5a", SpdFactsMaker::unemploymentReductionPoints, "0.36", 3, "0.75", "2.25", "A14"),
                measured("5a", SpdFactsMaker::unemploymentReductionPoints, "0.355", 3, "0.75", "2.25", "A14"),  // → 0.36 (A10)

                // ---- 5b TPT T-1 %, bobot 0.75, lower is better: ≥ 5.91 L1 / 2.34 … 5.92 L2 / ≤ 2.35 L3
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "10.00", 1, "0.75", "0.75"),  // ≥ 5.91 only
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "5.93", 1, "0.75", "0.75"),   // above 5.92: L1 only
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "5.925", 1, "0.75", "0.75"),  // → 5.93 (A10): L1
                // 5.92 is in L1 (≥ 5.91) and L2 (… 5.92): L2 (A14); 0.75 × 2 = 1.50
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "5.92", 2, "0.75", "1.50", "A14"),
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "5.924", 2, "0.75", "1.50", "A14"),  // → 5.92 (A10)
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "5.91", 2, "0.75", "1.50", "A14"),   // in both bands: L2
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "2.36", 2, "0.75", "1.50"),          // L2 only
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "2.355", 2, "0.75", "1.50"),         // → 2.36 (A10): L2
                // 2.35 is in L2 (2.34 …) and L3 (≤ 2.35): L3 (A14); 0.75 × 3 = 2.25
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "2.35", 3, "0.75", "2.25", "A14"),
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "2.354", 3, "0.75", "2.25", "A14"),  // → 2.35 (A10)
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "2.34", 3, "0.75", "2.25", "A14"),   // in both bands: L3
                measured("5b", SpdFactsMaker::unemploymentRatePercent, "0.50", 3, "0.75", "2.25"),          // ≤ 2.35 only

                // ---- 6 investment growth %, bobot 1.5: ≤ −47.42 L1 / −47.43 … 94.75 L2 / ≥ 94.76 L3
                measured("6", SpdFactsMaker::investmentGrowthPercent, "-47.44", 1, "1.5", "1.5"),    // L1 only; 1.5 × 1
                measured("6", SpdFactsMaker::investmentGrowthPercent, "-47.4351", 1, "1.5", "1.5"),  // → −47.44 (A10)
                // −47.43 is in L1 (≤ −47.42) and L2 (−47.43 …): L2 (A14); 1.5 × 2 = 3.0
                measured("6", SpdFactsMaker::investmentGrowthPercent, "-47.43", 2, "1.5", "3.0", "A14"),
                measured("6", SpdFactsMaker::investmentGrowthPercent, "-47.42", 2, "1.5", "3.0", "A14"),  // both bands: L2
                measured("6", SpdFactsMaker::investmentGrowthPercent, "94.75", 2, "1.5", "3.0"),          // top of L2
                measured("6", SpdFactsMaker::investmentGrowthPercent, "94.754", 2, "1.5", "3.0"),         // → 94.75 (A10)
                measured("6", SpdFactsMaker::investmentGrowthPercent, "94.755", 3, "1.5", "4.5"),         // → 94.76 (A10): L3; 1.5 × 3
                measured("6", SpdFactsMaker::investmentGrowthPercent, "94.76", 3, "1.5", "4.5"),          // ≥ 94.76

                // ---- 7 PAD growth %, bobot 1.5: ≤ −5.14 L1 / −5.15 … 33.84 L2 / ≥ 33.85 L3
                measured("7", SpdFactsMaker::ownSourceRevenueGrowthPercent, "-5.16", 1, "1.5", "1.5"),   // L1 only
                measured("7", SpdFactsMaker::ownSourceRevenueGrowthPercent, "-5.1551", 1, "1.5", "1.5"), // → −5.16 (A10)
                // −5.15 is in L1 (≤ −5.14) and L2 (−5.15 …): L2 (A14); 1.5 × 2 = 3.0
                measured("7", SpdFactsMaker::ownSourceRevenueGrowthPercent, "-5.15", 2, "1.5", "3.0", "A14"),
                measured("7", SpdFactsMaker::ownSourceRevenueGrowthPercent, "-5.14", 2, "1.5", "3.0", "A14"),  // both: L2
                measured("7", SpdFactsMaker::ownSourceRevenueGrowthPercent, "33.84", 2, "1.5", "3.0"),         // top of L2
                measured("7", SpdFactsMaker::ownSourceRevenueGrowthPercent, "33.844", 2, "1.5", "3.0"),        // → 33.84 (A10)
                measured("7", SpdFactsMaker::ownSourceRevenueGrowthPercent, "33.845", 3, "1.5", "4.5"),        // → 33.85 (A10): L3
                measured("7", SpdFactsMaker::ownSourceRevenueGrowthPercent, "33.85", 3, "1.5", "4.5"),         // ≥ 33.85; 1.5 × 3

                // ---- 8 audit opinion, bobot 1.5: TMP or TW L1 / WDP L2 / WTP L3
                at("8", "TMP (disclaimer)", m -> m.auditOpinion(AuditOpinion.TMP), 1, "1.5", "1.5"),   // 1.5 × 1
                at("8", "TW (adverse)", m -> m.auditOpinion(AuditOpinion.TW), 1, "1.5", "1.5"),
                at("8", "WDP (qualified)", m -> m.auditOpinion(AuditOpinion.WDP), 2, "1.5", "3.0"),    // 1.5 × 2
                at("8", "WTP (unqualified)", m -> m.auditOpinion(AuditOpinion.WTP), 3, "1.5", "4.5"),  // 1.5 × 3

                // ---- 9 SAKIP grade, bobot 1: D, C or CC L1 / B or BB L2 / A or AA L3
                at("9", "D", m -> m.sakipGrade(SakipGrade.D), 1, "1", "1"),
                at("9", "C", m -> m.sakipGrade(SakipGrade.C), 1, "1", "1"),
                at("9", "CC", m -> m.sakipGrade(SakipGrade.CC), 1, "1", "1"),
                at("9", "B", m -> m.sakipGrade(SakipGrade.B), 2, "1", "2"),
                at("9", "BB", m -> m.sakipGrade(SakipGrade.BB), 2, "1", "2"),
                at("9", "A", m -> m.sakipGrade(SakipGrade.A), 3, "1", "3"),
                at("9", "AA", m -> m.sakipGrade(SakipGrade.AA), 3, "1", "3"),

                // ---- 10a poverty reduction, points, bobot 0.75: ≤ 0.07 L1 / 0.08 … 1.15 L2 / ≥ 1.16 L3
                measured("10a", SpdFactsMaker::povertyReductionPoints, "-0.20", 1, "0.75", "0.75"),  // poverty rose: ≤ 0.07
                measured("10a", SpdFactsMaker::povertyReductionPoints, "0.07", 1, "0.75", "0.75"),   // top of L1
                measured("10a", SpdFactsMaker::povertyReductionPoints, "0.074", 1, "0.75", "0.75"),  // → 0.07 (A10)
                measured("10a", SpdFactsMaker::povertyReductionPoints, "0.075", 2, "0.75", "1.50"),  // → 0.08 (A10): L2
                measured("10a", SpdFactsMaker::povertyReductionPoints, "0.08", 2, "0.75", "1.50"),   // bottom of L2; 0.75 × 2
                measured("10a", SpdFactsMaker::povertyReductionPoints, "1.15", 2, "0.75", "1.50"),   // top of L2
                measured("10a", SpdFactsMaker::povertyReductionPoints, "1.154", 2, "0.75", "1.50"),  // → 1.15 (A10)
                measured("10a", SpdFactsMaker::povertyReductionPoints, "1.155", 3, "0.75", "2.25"),  // → 1.16 (A10): L3
                measured("10a", SpdFactsMaker::povertyReductionPoints, "1.16", 3, "0.75", "2.25"),   // ≥ 1.16; 0.75 × 3

                // ---- 10b poor population T-1 %, bobot 0.75, lower is better: ≥ 13.10 L1 / 4.81 … 13.11 L2 / ≤ 4.82 L3
                measured("10b", SpdFactsMaker::povertyRatePercent, "13.12", 1, "0.75", "0.75"),   // above 13.11: L1 only
                measured("10b", SpdFactsMaker::povertyRatePercent, "13.115", 1, "0.75", "0.75"),  // → 13.12 (A10): L1
                // 13.11 is in L1 (≥ 13.10) and L2 (… 13.11): L2 (A14); 0.75 × 2 = 1.50
                measured("10b", SpdFactsMaker::povertyRatePercent, "13.11", 2, "0.75", "1.50", "A14"),
                measured("10b", SpdFactsMaker::povertyRatePercent, "13.114", 2, "0.75", "1.50", "A14"),  // → 13.11 (A10)
                measured("10b", SpdFactsMaker::povertyRatePercent, "13.10", 2, "0.75", "1.50", "A14"),   // both bands: L2
                measured("10b", SpdFactsMaker::povertyRatePercent, "4.83", 2, "0.75", "1.50"),           // L2 only
                measured("10b", SpdFactsMaker::povertyRatePercent, "4.825", 2, "0.75", "1.50"),          // → 4.83 (A10): L2
                // 4.82 is in L2 (4.81 …) and L3 (≤ 4.82): L3 (A14); 0.75 × 3 = 2.25
                measured("10b", SpdFactsMaker::povertyRatePercent, "4.82", 3, "0.75", "2.25", "A14"),
                measured("10b", SpdFactsMaker::povertyRatePercent, "4.824", 3, "0.75", "2.25", "A14"),  // → 4.82 (A10)
                measured("10b", SpdFactsMaker::povertyRatePercent, "4.81", 3, "0.75", "2.25", "A14"),   // both bands: L3

                // ---- 11a IPM increase over 2 years, bobot 0.75: ≤ 0.55 L1 / 0.56 … 0.90 L2 / ≥ 0.90 L3
                measured("11a", SpdFactsMaker::ipmIncreasePoints, "-0.10", 1, "0.75", "0.75"),  // ≤ 0.55
                measured("11a", SpdFactsMaker::ipmIncreasePoints, "0.55", 1, "0.75", "0.75"),   // top of L1
                measured("11a", SpdFactsMaker::ipmIncreasePoints, "0.554", 1, "0.75", "0.75"),  // → 0.55 (A10)
                measured("11a", SpdFactsMaker::ipmIncreasePoints, "0.555", 2, "0.75", "1.50"),  // → 0.56 (A10): L2
                measured("11a", SpdFactsMaker::ipmIncreasePoints, "0.56", 2, "0.75", "1.50"),   // bottom of L2; 0.75 × 2
                measured("11a", SpdFactsMaker::ipmIncreasePoints, "0.89", 2, "0.75", "1.50"),   // below 0.90
                measured("11a", SpdFactsMaker::ipmIncreasePoints, "0.894", 2, "0.75", "1.50"),  // → 0.89 (A10)
                // 0.90 is printed in L2 (… 0.90) and L3 (≥ 0.90): L3 (A14); 0.75 × 3 = 2.25
                measured("11a", SpdFactsMaker::ipmIncreasePoints, "0.90", 3, "0.75", "2.25", "A14"),
                measured("11a", SpdFactsMaker::ipmIncreasePoints, "0.895", 3, "0.75", "2.25", "A14"),  // → 0.90 (A10)

                // ---- 11b latest IPM, bobot 0.75: ≤ 69.99 L1 / 70.00 … 79.99 L2 / ≥ 80.00 L3
                measured("11b", SpdFactsMaker::ipm, "60.00", 1, "0.75", "0.75"),
                measured("11b", SpdFactsMaker::ipm, "69.99", 1, "0.75", "0.75"),   // top of L1
                measured("11b", SpdFactsMaker::ipm, "69.994", 1, "0.75", "0.75"),  // → 69.99 (A10)
                measured("11b", SpdFactsMaker::ipm, "69.995", 2, "0.75", "1.50"),  // → 70.00 (A10): L2
                measured("11b", SpdFactsMaker::ipm, "70.00", 2, "0.75", "1.50"),   // bottom of L2; 0.75 × 2
                measured("11b", SpdFactsMaker::ipm, "79.99", 2, "0.75", "1.50"),   // top of L2
                measured("11b", SpdFactsMaker::ipm, "79.994", 2, "0.75", "1.50"),  // → 79.99 (A10)
                measured("11b", SpdFactsMaker::ipm, "79.995", 3, "0.75", "2.25"),  // → 80.00 (A10): L3
                measured("11b", SpdFactsMaker::ipm, "80.00", 3, "0.75", "2.25"),   // ≥ 80.00; 0.75 × 3

                // ---- 12 innovator awards, bobot 2: certificate L1 / + reward or incentive L2 / + culture mechanism L3
                at("12", "certificate", m -> m.innovatorAwards(InnovatorAward.CERTIFICATE), 1, "2", "2"),                 // 2 × 1
                at("12", "certificate and incentive", m -> m.innovatorAwards(InnovatorAward.CERTIFICATE_AND_INCENTIVE),
                        2, "2", "4"),                                                                                      // 2 × 2
                at("12", "certificate, incentive and culture",
                        m -> m.innovatorAwards(InnovatorAward.CERTIFICATE_INCENTIVE_AND_CULTURE), 3, "2", "6"),            // 2 × 3

                // ---- 13a policy recommendations, bobot 1: 1–3 L1 / 4–7 L2 / more than 7 L3
                at("13a", "1", m -> m.policyRecommendations(1), 1, "1", "1"),
                at("13a", "3", m -> m.policyRecommendations(3), 1, "1", "1"),
                at("13a", "4", m -> m.policyRecommendations(4), 2, "1", "2"),
                at("13a", "7", m -> m.policyRecommendations(7), 2, "1", "2"),
                at("13a", "8", m -> m.policyRecommendations(8), 3, "1", "3"),   // 8 > 7

                // ---- 13b IKK category, bobot 1: Cukup or Kurang L1 / Baik L2 / Sangat Baik or Unggul L3
                at("13b", "Kurang", m -> m.policyQualityIndex(IkkCategory.KURANG), 1, "1", "1"),
                at("13b", "Cukup", m -> m.policyQualityIndex(IkkCategory.CUKUP), 1, "1", "1"),
                at("13b", "Baik", m -> m.policyQualityIndex(IkkCategory.BAIK), 2, "1", "2"),
                at("13b", "Sangat Baik", m -> m.policyQualityIndex(IkkCategory.SANGAT_BAIK), 3, "1", "3"),
                at("13b", "Unggul", m -> m.policyQualityIndex(IkkCategory.UNGGUL), 3, "1", "3"),

                // ---- 14 RIPJ PID, bobot 1: draft L1 / finished and agreed L2 / enacted by Perkada L3
                at("14", "draft", m -> m.scienceMasterPlan(RipjStatus.DRAFT), 1, "1", "1"),
                at("14", "agreed", m -> m.scienceMasterPlan(RipjStatus.AGREED), 2, "1", "2"),
                at("14", "enacted by Perkada", m -> m.scienceMasterPlan(RipjStatus.ENACTED_BY_PERKADA), 3, "1", "3"),

                // ---- 15 HAKI facilitation, bobot 1: socialisation L1 / + administrative facilitation L2 / + financing L3
                at("15", "socialisation", m -> m.intellectualProperty(HakiSupport.SOCIALISATION), 1, "1", "1"),
                at("15", "administrative facilitation", m -> m.intellectualProperty(HakiSupport.ADMINISTRATIVE_FACILITATION),
                        2, "1", "2"),
                at("15", "financing incentive", m -> m.intellectualProperty(HakiSupport.FINANCING_INCENTIVE), 3, "1", "3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void level(String name, String row, UnaryOperator<SpdFactsMaker> fill, int level, String weight, String points,
               List<String> cites) {
        Result r = score(RULES, 2026, fill.apply(SpdFactsMaker.spd()));
        SpdRowResult res = r.spdRow(row);
        assertThat(res.fact()).as("the row under test is filled").isNotNull();
        assertThat(res.level()).as("level (%s)", res.fact()).isEqualTo(level);
        assertThat(res.weight()).as("bobot").isEqualByComparingTo(weight);
        assertThat(res.points()).as("points").isEqualByComparingTo(points);
        assertThat(res.points()).as("points = bobot × level")
                .isEqualByComparingTo(new BigDecimal(weight).multiply(BigDecimal.valueOf(level)));
        assertThat(res.note()).isNull();
        assertThat(res.by().rule()).as("the rule of row %s, level %d", row, level)
                .matches(Pattern.quote("S2026 " + row + " ") + ".* L" + level + ": .+");
        assertThat(res.by().source()).isEqualTo("SIMONDA-IGA");
        assertThat(res.by().assumptions()).containsAll(cites).doesNotContain("A1");
        // the only row filled: its points are the whole SPD score, and nothing is reported about it
        assertThat(r.totals().spd()).isEqualByComparingTo(points);
        assertThat(findingsOn(r, res.key())).isEmpty();
    }

    // ---- filled rows that reach no level ---------------------------------------------------------

    static Stream<Arguments> unrecognised() {
        return Stream.of(
                // 1: innovation in neither the vision nor the mission: no band
                Arguments.of("1 neither vision nor mission", "1", (UnaryOperator<SpdFactsMaker>) m -> m.visiMisi(false, false)),
                // 2a: 0 on-time years; L1 needs 1
                Arguments.of("2a 0 years", "2a", (UnaryOperator<SpdFactsMaker>) m -> m.apbdOnTimeYears(0)),
                // 2b: L1 needs 2 components, so 1 (and 0) reach no level
                Arguments.of("2b 1 component", "2b", (UnaryOperator<SpdFactsMaker>) m -> m.mandatorySpendingComponents(1)),
                Arguments.of("2b 0 components", "2b", (UnaryOperator<SpdFactsMaker>) m -> m.mandatorySpendingComponents(0)),
                // 13a: L1 is 1–3 recommendations, so 0 reaches no level
                Arguments.of("13a 0 recommendations", "13a", (UnaryOperator<SpdFactsMaker>) m -> m.policyRecommendations(0)));
    }

    @ParameterizedTest(name = "{0} -> 0, UNRECOGNISED_VALUE")
    @MethodSource("unrecognised")
    void filledButInNoBandScoresZero(String name, String row, UnaryOperator<SpdFactsMaker> fill) {
        Result r = score(RULES, 2026, fill.apply(SpdFactsMaker.spd()));
        SpdRowResult res = r.spdRow(row);
        assertThat(res.fact()).isNotNull();
        assertThat(res.level()).isZero();
        assertThat(res.points()).isEqualByComparingTo("0");
        assertThat(res.by()).isNull();
        assertThat(res.note()).startsWith("reaches no level under catalogue S2026");
        assertThat(r.totals().spd()).isEqualByComparingTo("0");
        assertThat(findingsOn(r, res.key())).extracting(Finding::kind).contains(Kind.UNRECOGNISED_VALUE);
        assertThat(r.findings()).extracting(Finding::kind, Finding::path)
                .contains(tuple(Kind.UNRECOGNISED_VALUE, "$.spd." + res.key()));
    }

    // ---- every level rule is reached by some case ------------------------------------------------

    @Test
    void theCasesReachEveryRowAtEveryLevelThroughItsOwnRule() {
        // 20 rows × 3 levels = 60 level rules in spd-s2026.drl; each must decide at least one case above.
        Set<String> rowLevels = new HashSet<>();
        Set<String> rules = new HashSet<>();
        levels().forEach(a -> {
            Object[] p = a.get();
            @SuppressWarnings("unchecked")
            UnaryOperator<SpdFactsMaker> fill = (UnaryOperator<SpdFactsMaker>) p[2];
            SpdRowResult res = score(RULES, 2026, fill.apply(SpdFactsMaker.spd())).spdRow((String) p[1]);
            rowLevels.add(p[1] + "/L" + p[3]);
            assertThat(res.by()).as("case %s is decided by a rule", p[0]).isNotNull();
            rules.add(res.by().rule());
        });
        assertThat(rowLevels).hasSize(60);
        assertThat(rules).hasSize(60);
    }

    // ---- the same rows under 2022 (A1) -------------------------------------------------------------

    @Test
    void under2022TheSameRowsScoreTheSameAndAlsoCiteA1() {
        // Every row at L3 (spd-indicators.md: 3 years, 4 components, 8.17, 5.23, 0.36, 2.35, 94.76, 33.85, WTP, AA,
        // 1.16, 4.82, 0.90, 80.00, the full award scheme, 8 recommendations, Unggul, Perkada, financing):
        // Σ bobot 21 × 3 = 63 in both years. The 2022 manifest applies S2026 by A1, so every 2022 row cites A1.
        Result y2026 = score(RULES, 2026, SpdFactsMaker.allAtLevel3());
        Result y2022 = score(RULES_2022, 2022, SpdFactsMaker.allAtLevel3());
        assertThat(y2026.totals().spd()).isEqualByComparingTo("63");
        assertThat(y2022.totals().spd()).isEqualByComparingTo("63");
        assertThat(y2022.spd()).hasSize(20);
        for (SpdRowResult row : y2022.spd()) {
            SpdRowResult same = y2026.spdRow(row.row());
            assertThat(row.level()).as("row %s", row.row()).isEqualTo(3);
            assertThat(row.points()).as("row %s", row.row()).isEqualByComparingTo(same.points());
            assertThat(row.by().rule()).as("row %s", row.row()).isEqualTo(same.by().rule());
            assertThat(row.by().source()).isEqualTo("SIMONDA-IGA");
            assertThat(row.by().assumptions()).as("row %s under 2022", row.row()).contains("A1")
                    .containsAll(same.by().assumptions());
            assertThat(same.by().assumptions()).as("row %s under 2026", row.row()).doesNotContain("A1");
        }
        // row 3 at its L3 edge, by itself: 8.165 → 8.17 (A10) → L3, 1 × 3 = 3, citing A1 and A10 under 2022
        SpdRowResult row3 = score(RULES_2022, 2022, SpdFactsMaker.spd().licensingGrowthPercent("8.165")).spdRow("3");
        assertThat(row3.level()).isEqualTo(3);
        assertThat(row3.points()).isEqualByComparingTo("3");
        assertThat(row3.by().rule()).startsWith("S2026 3 ").contains(" L3: ");
        assertThat(row3.by().assumptions()).contains("A1", "A10");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static Result score(RuleSet rules, int year, SpdFactsMaker spd) {
        return rules.evaluate(SubmissionBuilder.submission(year).spd(spd.build()).build());
    }

    /** Findings about one row: its own path or a path below it ("$.spd.ipm" is not "$.spd.ipmIncreasePoints"). */
    private static List<Finding> findingsOn(Result r, String key) {
        String path = "$.spd." + key;
        return r.findings().stream().filter(f -> f.path().equals(path) || f.path().startsWith(path + ".")).toList();
    }
}
