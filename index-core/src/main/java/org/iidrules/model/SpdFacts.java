package org.iidrules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The raw facts behind the SPD (region-level) rows of the S2026 catalogue, each with its evidence.
 * Every row is optional: an absent row scores 0.
 */
public record SpdFacts(
        VisiMisi visiMisi,
        Count apbdOnTimeYears,
        Count mandatorySpendingComponents,
        Measure licensingGrowthPercent,
        Measure incomePerCapitaGrowthPercent,
        Measure unemploymentReductionPoints,
        Measure unemploymentRatePercent,
        Measure investmentGrowthPercent,
        Measure ownSourceRevenueGrowthPercent,
        AuditOpinionFact auditOpinion,
        SakipGradeFact sakipGrade,
        Measure povertyReductionPoints,
        Measure povertyRatePercent,
        Measure ipmIncreasePoints,
        Measure ipm,
        InnovatorAwardFact innovatorAwards,
        Count policyRecommendations,
        IkkCategoryFact policyQualityIndex,
        RipjStatusFact scienceMasterPlan,
        HakiSupportFact intellectualProperty) {

    /** Nothing reported. */
    public static final SpdFacts NONE = new SpdFacts(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    /** The fact behind a row key (the record component's name), or null when it is not filled. */
    public Evidenced byKey(String key) {
        return switch (key) {
            case "visiMisi" -> visiMisi;
            case "apbdOnTimeYears" -> apbdOnTimeYears;
            case "mandatorySpendingComponents" -> mandatorySpendingComponents;
            case "licensingGrowthPercent" -> licensingGrowthPercent;
            case "incomePerCapitaGrowthPercent" -> incomePerCapitaGrowthPercent;
            case "unemploymentReductionPoints" -> unemploymentReductionPoints;
            case "unemploymentRatePercent" -> unemploymentRatePercent;
            case "investmentGrowthPercent" -> investmentGrowthPercent;
            case "ownSourceRevenueGrowthPercent" -> ownSourceRevenueGrowthPercent;
            case "auditOpinion" -> auditOpinion;
            case "sakipGrade" -> sakipGrade;
            case "povertyReductionPoints" -> povertyReductionPoints;
            case "povertyRatePercent" -> povertyRatePercent;
            case "ipmIncreasePoints" -> ipmIncreasePoints;
            case "ipm" -> ipm;
            case "innovatorAwards" -> innovatorAwards;
            case "policyRecommendations" -> policyRecommendations;
            case "policyQualityIndex" -> policyQualityIndex;
            case "scienceMasterPlan" -> scienceMasterPlan;
            case "intellectualProperty" -> intellectualProperty;
            default -> throw new IllegalArgumentException("no SPD row with key '" + key + "'");
        };
    }

    /** A measured statistic (growth %, rate %, points). */
    public record Measure(BigDecimal value, List<Evidence> evidence) implements Evidenced {
        public Measure { evidence = Facts.list(evidence); }

        /** The value rounded half-up to 2 decimals before it meets a threshold (A10). */
        public BigDecimal measured() {
            return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A whole number of things (years, components, recommendations). */
    public record Count(Integer value, List<Evidence> evidence) implements Evidenced {
        public Count { evidence = Facts.list(evidence); }
    }

    /** Whether the regional head's vision and mission name innovation. */
    public record VisiMisi(Boolean inVision, Boolean inMission, List<Evidence> evidence) implements Evidenced {
        public VisiMisi { evidence = Facts.list(evidence); }
    }

    public enum AuditOpinion {
        /** Wajar Tanpa Pengecualian (unqualified). */ WTP,
        /** Wajar Dengan Pengecualian (qualified). */ WDP,
        /** Tidak Wajar (adverse). */ TW,
        /** Tidak Menyatakan Pendapat (disclaimer). */ TMP
    }

    public record AuditOpinionFact(AuditOpinion opinion, List<Evidence> evidence) implements Evidenced {
        public AuditOpinionFact { evidence = Facts.list(evidence); }
    }

    public enum SakipGrade { AA, A, BB, B, CC, C, D }

    public record SakipGradeFact(SakipGrade grade, List<Evidence> evidence) implements Evidenced {
        public SakipGradeFact { evidence = Facts.list(evidence); }
    }

    public enum InnovatorAward {
        CERTIFICATE,
        CERTIFICATE_AND_INCENTIVE,
        /** Certificate, incentive and a mechanism to build an innovation culture. */
        CERTIFICATE_INCENTIVE_AND_CULTURE
    }

    public record InnovatorAwardFact(InnovatorAward scheme, List<Evidence> evidence) implements Evidenced {
        public InnovatorAwardFact { evidence = Facts.list(evidence); }
    }

    public enum IkkCategory { KURANG, CUKUP, BAIK, SANGAT_BAIK, UNGGUL }

    public record IkkCategoryFact(IkkCategory category, List<Evidence> evidence) implements Evidenced {
        public IkkCategoryFact { evidence = Facts.list(evidence); }
    }

    public enum RipjStatus { DRAFT, AGREED, ENACTED_BY_PERKADA }

    public record RipjStatusFact(RipjStatus status, List<Evidence> evidence) implements Evidenced {
        public RipjStatusFact { evidence = Facts.list(evidence); }
    }

    public enum HakiSupport { SOCIALISATION, ADMINISTRATIVE_FACILITATION, FINANCING_INCENTIVE }

    public record HakiSupportFact(HakiSupport support, List<Evidence> evidence) implements Evidenced {
        public HakiSupportFact { evidence = Facts.list(evidence); }
    }
}
