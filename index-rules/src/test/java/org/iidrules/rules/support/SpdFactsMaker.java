package org.iidrules.rules.support;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.iidrules.model.Evidence;
import org.iidrules.model.Evidenced;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.SpdFacts.AuditOpinion;
import org.iidrules.model.SpdFacts.AuditOpinionFact;
import org.iidrules.model.SpdFacts.Count;
import org.iidrules.model.SpdFacts.HakiSupport;
import org.iidrules.model.SpdFacts.HakiSupportFact;
import org.iidrules.model.SpdFacts.IkkCategory;
import org.iidrules.model.SpdFacts.IkkCategoryFact;
import org.iidrules.model.SpdFacts.InnovatorAward;
import org.iidrules.model.SpdFacts.InnovatorAwardFact;
import org.iidrules.model.SpdFacts.Measure;
import org.iidrules.model.SpdFacts.RipjStatus;
import org.iidrules.model.SpdFacts.RipjStatusFact;
import org.iidrules.model.SpdFacts.SakipGrade;
import org.iidrules.model.SpdFacts.SakipGradeFact;
import org.iidrules.model.SpdFacts.VisiMisi;

/**
 * Builds {@link SpdFacts} for a test, one row at a time. Every row set here carries one piece of
 * evidence ({@link InnovationBuilder#EVIDENCE}) unless {@link #withoutEvidence(String)} removes it;
 * a row not set is not reported. Measures are given as decimal strings ("8.17") so that no binary
 * float ever reaches a threshold.
 */
public final class SpdFactsMaker {

    private final Map<String, Function<List<Evidence>, Evidenced>> rows = new LinkedHashMap<>();
    private final Set<String> withoutEvidence = new HashSet<>();

    private SpdFactsMaker() {
    }

    /** No row filled yet. */
    public static SpdFactsMaker spd() {
        return new SpdFactsMaker();
    }

    /**
     * Every S2026 row at level 3, with evidence: Σ weight × 3 = 21 × 3 = 63 points, the SPD maximum.
     */
    public static SpdFactsMaker allAtLevel3() {
        return spd()
                .visiMisi(true, true)
                .apbdOnTimeYears(3)
                .mandatorySpendingComponents(4)
                .licensingGrowthPercent("8.17")
                .incomePerCapitaGrowthPercent("5.23")
                .unemploymentReductionPoints("0.36")
                .unemploymentRatePercent("2.35")
                .investmentGrowthPercent("94.76")
                .ownSourceRevenueGrowthPercent("33.85")
                .auditOpinion(AuditOpinion.WTP)
                .sakipGrade(SakipGrade.AA)
                .povertyReductionPoints("1.16")
                .povertyRatePercent("4.82")
                .ipmIncreasePoints("0.90")
                .ipm("80.00")
                .innovatorAwards(InnovatorAward.CERTIFICATE_INCENTIVE_AND_CULTURE)
                .policyRecommendations(8)
                .policyQualityIndex(IkkCategory.UNGGUL)
                .scienceMasterPlan(RipjStatus.ENACTED_BY_PERKADA)
                .intellectualProperty(HakiSupport.FINANCING_INCENTIVE);
    }

    public SpdFactsMaker visiMisi(Boolean inVision, Boolean inMission) { return put("visiMisi", e -> new VisiMisi(inVision, inMission, e)); }
    public SpdFactsMaker apbdOnTimeYears(int years) { return put("apbdOnTimeYears", e -> new Count(years, e)); }
    public SpdFactsMaker mandatorySpendingComponents(int components) { return put("mandatorySpendingComponents", e -> new Count(components, e)); }
    public SpdFactsMaker licensingGrowthPercent(String value) { return measure("licensingGrowthPercent", value); }
    public SpdFactsMaker incomePerCapitaGrowthPercent(String value) { return measure("incomePerCapitaGrowthPercent", value); }
    public SpdFactsMaker unemploymentReductionPoints(String value) { return measure("unemploymentReductionPoints", value); }
    public SpdFactsMaker unemploymentRatePercent(String value) { return measure("unemploymentRatePercent", value); }
    public SpdFactsMaker investmentGrowthPercent(String value) { return measure("investmentGrowthPercent", value); }
    public SpdFactsMaker ownSourceRevenueGrowthPercent(String value) { return measure("ownSourceRevenueGrowthPercent", value); }
    public SpdFactsMaker auditOpinion(AuditOpinion opinion) { return put("auditOpinion", e -> new AuditOpinionFact(opinion, e)); }
    public SpdFactsMaker sakipGrade(SakipGrade grade) { return put("sakipGrade", e -> new SakipGradeFact(grade, e)); }
    public SpdFactsMaker povertyReductionPoints(String value) { return measure("povertyReductionPoints", value); }
    public SpdFactsMaker povertyRatePercent(String value) { return measure("povertyRatePercent", value); }
    public SpdFactsMaker ipmIncreasePoints(String value) { return measure("ipmIncreasePoints", value); }
    public SpdFactsMaker ipm(String value) { return measure("ipm", value); }
    public SpdFactsMaker innovatorAwards(InnovatorAward scheme) { return put("innovatorAwards", e -> new InnovatorAwardFact(scheme, e)); }
    public SpdFactsMaker policyRecommendations(int count) { return put("policyRecommendations", e -> new Count(count, e)); }
    public SpdFactsMaker policyQualityIndex(IkkCategory category) { return put("policyQualityIndex", e -> new IkkCategoryFact(category, e)); }
    public SpdFactsMaker scienceMasterPlan(RipjStatus status) { return put("scienceMasterPlan", e -> new RipjStatusFact(status, e)); }
    public SpdFactsMaker intellectualProperty(HakiSupport support) { return put("intellectualProperty", e -> new HakiSupportFact(support, e)); }

    /** Leaves a row unreported again, by key (e.g. "ipm"). */
    public SpdFactsMaker without(String key) {
        rows.remove(key);
        return this;
    }

    /** Keeps a row's fact but drops its evidence, by key (e.g. "ipm"). */
    public SpdFactsMaker withoutEvidence(String key) {
        withoutEvidence.add(key);
        return this;
    }

    public SpdFacts build() {
        return new SpdFacts(
                (VisiMisi) row("visiMisi"),
                (Count) row("apbdOnTimeYears"),
                (Count) row("mandatorySpendingComponents"),
                (Measure) row("licensingGrowthPercent"),
                (Measure) row("incomePerCapitaGrowthPercent"),
                (Measure) row("unemploymentReductionPoints"),
                (Measure) row("unemploymentRatePercent"),
                (Measure) row("investmentGrowthPercent"),
                (Measure) row("ownSourceRevenueGrowthPercent"),
                (AuditOpinionFact) row("auditOpinion"),
                (SakipGradeFact) row("sakipGrade"),
                (Measure) row("povertyReductionPoints"),
                (Measure) row("povertyRatePercent"),
                (Measure) row("ipmIncreasePoints"),
                (Measure) row("ipm"),
                (InnovatorAwardFact) row("innovatorAwards"),
                (Count) row("policyRecommendations"),
                (IkkCategoryFact) row("policyQualityIndex"),
                (RipjStatusFact) row("scienceMasterPlan"),
                (HakiSupportFact) row("intellectualProperty"));
    }

    private SpdFactsMaker measure(String key, String value) {
        return put(key, e -> new Measure(new BigDecimal(value), e));
    }

    private SpdFactsMaker put(String key, Function<List<Evidence>, Evidenced> row) {
        rows.put(key, row);
        return this;
    }

    private Evidenced row(String key) {
        Function<List<Evidence>, Evidenced> row = rows.get(key);
        if (row == null) {
            return null;
        }
        return row.apply(withoutEvidence.contains(key) ? List.of() : InnovationBuilder.EVIDENCE);
    }
}
