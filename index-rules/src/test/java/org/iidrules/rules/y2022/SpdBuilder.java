package org.iidrules.rules.y2022;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.iidrules.model.Evidence;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.SpdFacts.*;
import org.iidrules.rules.support.InnovationBuilder;

/**
 * Builds the SPD facts of a test submission row by row (by the S2026 row names of
 * spd-indicators.md). Every row set here carries one piece of evidence unless
 * {@link #withoutEvidence(String)} names its key. Unset rows are not reported.
 */
final class SpdBuilder {

    private final Set<String> withoutEvidence = new HashSet<>();

    private Boolean inVision;
    private Boolean inMission;
    private Integer apbdOnTimeYears;
    private Integer mandatorySpendingComponents;
    private String licensingGrowthPercent;
    private String incomePerCapitaGrowthPercent;
    private String unemploymentReductionPoints;
    private String unemploymentRatePercent;
    private String investmentGrowthPercent;
    private String ownSourceRevenueGrowthPercent;
    private AuditOpinion auditOpinion;
    private SakipGrade sakipGrade;
    private String povertyReductionPoints;
    private String povertyRatePercent;
    private String ipmIncreasePoints;
    private String ipm;
    private InnovatorAward innovatorAwards;
    private Integer policyRecommendations;
    private IkkCategory policyQualityIndex;
    private RipjStatus scienceMasterPlan;
    private HakiSupport intellectualProperty;

    private SpdBuilder() {
    }

    static SpdBuilder spd() {
        return new SpdBuilder();
    }

    /**
     * Every one of the 20 rows at level 3, with values well inside the L3 band of spd-indicators.md
     * (no boundary values): SPD = sum of weights 21 x 3 = 63, the catalogue maximum.
     */
    static SpdBuilder allLevel3() {
        return spd()
                .visiMisi(true, true)                      // 1: both -> L3
                .apbdOnTimeYears(3)                        // 2a: 3 of 3 -> L3
                .mandatorySpendingComponents(4)            // 2b: more than 3 -> L3
                .licensingGrowthPercent("20")              // 3: >= 8.17 -> L3
                .incomePerCapitaGrowthPercent("7")         // 4: >= 5.23 -> L3
                .unemploymentReductionPoints("0.80")       // 5a: >= 0.36 -> L3
                .unemploymentRatePercent("1.50")           // 5b: <= 2.35 -> L3
                .investmentGrowthPercent("120")            // 6: >= 94.76 -> L3
                .ownSourceRevenueGrowthPercent("40")       // 7: >= 33.85 -> L3
                .auditOpinion(AuditOpinion.WTP)            // 8: WTP -> L3
                .sakipGrade(SakipGrade.AA)                 // 9: A or AA -> L3
                .povertyReductionPoints("1.50")            // 10a: >= 1.16 -> L3
                .povertyRatePercent("3.00")                // 10b: <= 4.82 -> L3
                .ipmIncreasePoints("1.20")                 // 11a: >= 0.90 -> L3
                .ipm("82.00")                              // 11b: >= 80.00 -> L3
                .innovatorAwards(InnovatorAward.CERTIFICATE_INCENTIVE_AND_CULTURE) // 12 -> L3
                .policyRecommendations(9)                  // 13a: more than 7 -> L3
                .policyQualityIndex(IkkCategory.UNGGUL)    // 13b: Sangat Baik or Unggul -> L3
                .scienceMasterPlan(RipjStatus.ENACTED_BY_PERKADA) // 14 -> L3
                .intellectualProperty(HakiSupport.FINANCING_INCENTIVE); // 15 -> L3
    }

    SpdBuilder visiMisi(boolean vision, boolean mission) { inVision = vision; inMission = mission; return this; }
    SpdBuilder apbdOnTimeYears(int v) { apbdOnTimeYears = v; return this; }
    SpdBuilder mandatorySpendingComponents(int v) { mandatorySpendingComponents = v; return this; }
    SpdBuilder licensingGrowthPercent(String v) { licensingGrowthPercent = v; return this; }
    SpdBuilder incomePerCapitaGrowthPercent(String v) { incomePerCapitaGrowthPercent = v; return this; }
    SpdBuilder unemploymentReductionPoints(String v) { unemploymentReductionPoints = v; return this; }
    SpdBuilder unemploymentRatePercent(String v) { unemploymentRatePercent = v; return this; }
    SpdBuilder investmentGrowthPercent(String v) { investmentGrowthPercent = v; return this; }
    SpdBuilder ownSourceRevenueGrowthPercent(String v) { ownSourceRevenueGrowthPercent = v; return this; }
    SpdBuilder auditOpinion(AuditOpinion v) { auditOpinion = v; return this; }
    SpdBuilder sakipGrade(SakipGrade v) { sakipGrade = v; return this; }
    SpdBuilder povertyReductionPoints(String v) { povertyReductionPoints = v; return this; }
    SpdBuilder povertyRatePercent(String v) { povertyRatePercent = v; return this; }
    SpdBuilder ipmIncreasePoints(String v) { ipmIncreasePoints = v; return this; }
    SpdBuilder ipm(String v) { ipm = v; return this; }
    SpdBuilder innovatorAwards(InnovatorAward v) { innovatorAwards = v; return this; }
    SpdBuilder policyRecommendations(int v) { policyRecommendations = v; return this; }
    SpdBuilder policyQualityIndex(IkkCategory v) { policyQualityIndex = v; return this; }
    SpdBuilder scienceMasterPlan(RipjStatus v) { scienceMasterPlan = v; return this; }
    SpdBuilder intellectualProperty(HakiSupport v) { intellectualProperty = v; return this; }

    /** The row with this key (e.g. "auditOpinion") is reported without evidence. */
    SpdBuilder withoutEvidence(String key) { withoutEvidence.add(key); return this; }

    SpdFacts build() {
        return new SpdFacts(
                inVision == null && inMission == null ? null : new VisiMisi(inVision, inMission, ev("visiMisi")),
                count(apbdOnTimeYears, "apbdOnTimeYears"),
                count(mandatorySpendingComponents, "mandatorySpendingComponents"),
                measure(licensingGrowthPercent, "licensingGrowthPercent"),
                measure(incomePerCapitaGrowthPercent, "incomePerCapitaGrowthPercent"),
                measure(unemploymentReductionPoints, "unemploymentReductionPoints"),
                measure(unemploymentRatePercent, "unemploymentRatePercent"),
                measure(investmentGrowthPercent, "investmentGrowthPercent"),
                measure(ownSourceRevenueGrowthPercent, "ownSourceRevenueGrowthPercent"),
                auditOpinion == null ? null : new AuditOpinionFact(auditOpinion, ev("auditOpinion")),
                sakipGrade == null ? null : new SakipGradeFact(sakipGrade, ev("sakipGrade")),
                measure(povertyReductionPoints, "povertyReductionPoints"),
                measure(povertyRatePercent, "povertyRatePercent"),
                measure(ipmIncreasePoints, "ipmIncreasePoints"),
                measure(ipm, "ipm"),
                innovatorAwards == null ? null : new InnovatorAwardFact(innovatorAwards, ev("innovatorAwards")),
                count(policyRecommendations, "policyRecommendations"),
                policyQualityIndex == null ? null : new IkkCategoryFact(policyQualityIndex, ev("policyQualityIndex")),
                scienceMasterPlan == null ? null : new RipjStatusFact(scienceMasterPlan, ev("scienceMasterPlan")),
                intellectualProperty == null ? null : new HakiSupportFact(intellectualProperty, ev("intellectualProperty")));
    }

    private List<Evidence> ev(String key) {
        return withoutEvidence.contains(key) ? List.of() : InnovationBuilder.EVIDENCE;
    }

    private Count count(Integer value, String key) {
        return value == null ? null : new Count(value, ev(key));
    }

    private Measure measure(String value, String key) {
        return value == null ? null : new Measure(new BigDecimal(value), ev(key));
    }
}
