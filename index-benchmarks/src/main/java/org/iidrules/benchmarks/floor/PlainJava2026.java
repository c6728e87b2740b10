package org.iidrules.benchmarks.floor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.iidrules.catalogue.IndicatorDefinition;
import org.iidrules.model.Evidenced;
import org.iidrules.model.Innovation;
import org.iidrules.model.SidFacts;
import org.iidrules.model.SidFacts.InformationMethod;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.Stage;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;

/**
 * The 2026 methodology in plain Java, written straight from the specification
 * ({@code shared/methodology}: README.md, spd-indicators.md, sid-indicators.md) with no rule engine:
 * the floor the rule set is measured against, not a second product. It computes levels, points,
 * eligibility, the requirement and the index, and explains nothing.
 *
 * <p>Thresholds and formula parameters are the specification's. Weights are not repeated here: each
 * lives in one place, the catalogue, and the floor reads them from the rule set's
 * {@link org.iidrules.RuleSet#catalogue() catalogue}. Measured values are rounded half-up to 2 decimals
 * before they meet a threshold (A10), a value printed in two bands takes the higher level (A14), and
 * the index is computed from the exact terms and rounded once, half-up to 2 decimals.
 */
public final class PlainJava2026 {

    private static final int YEAR = 2026;
    // README.md, year matrix, 2026 column.
    private static final int MINIMUM_DIVISOR = 12;
    private static final BigDecimal SJI_PER_INNOVATION = new BigDecimal("0.38");
    private static final int SJI_CAP = 200;
    private static final int BASIC_SERVICES_NEEDED = 5;
    private static final BigDecimal MAXIMUM = new BigDecimal("250");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SANGAT_INOVATIF = new BigDecimal("65.01");
    private static final BigDecimal INOVATIF = new BigDecimal("40.01");
    private static final BigDecimal KURANG_INOVATIF = new BigDecimal("0.01");
    private static final int RANCANG_BANGUN_WORDS = 300;
    private static final int VIDEO_SECONDS = 300;

    // Thresholds as the specification prints them, named by value.
    private static final BigDecimal T_MINUS_50_33 = new BigDecimal("-50.33");
    private static final BigDecimal T_MINUS_47_43 = new BigDecimal("-47.43");
    private static final BigDecimal T_MINUS_5_15 = new BigDecimal("-5.15");
    private static final BigDecimal T_0_08 = new BigDecimal("0.08");
    private static final BigDecimal T_0_36 = new BigDecimal("0.36");
    private static final BigDecimal T_0_56 = new BigDecimal("0.56");
    private static final BigDecimal T_0_90 = new BigDecimal("0.90");
    private static final BigDecimal T_1_16 = new BigDecimal("1.16");
    private static final BigDecimal T_2_05 = new BigDecimal("2.05");
    private static final BigDecimal T_2_35 = new BigDecimal("2.35");
    private static final BigDecimal T_4_82 = new BigDecimal("4.82");
    private static final BigDecimal T_5_23 = new BigDecimal("5.23");
    private static final BigDecimal T_5_92 = new BigDecimal("5.92");
    private static final BigDecimal T_8_17 = new BigDecimal("8.17");
    private static final BigDecimal T_13_11 = new BigDecimal("13.11");
    private static final BigDecimal T_33_85 = new BigDecimal("33.85");
    private static final BigDecimal T_70_00 = new BigDecimal("70.00");
    private static final BigDecimal T_80_00 = new BigDecimal("80.00");
    private static final BigDecimal T_94_76 = new BigDecimal("94.76");
    private static final BigDecimal T_0_01 = new BigDecimal("0.01");
    private static final BigDecimal T_1 = new BigDecimal("1");
    private static final BigDecimal T_2 = new BigDecimal("2");
    private static final BigDecimal T_3 = new BigDecimal("3");
    private static final BigDecimal T_5 = new BigDecimal("5");
    private static final BigDecimal T_10 = new BigDecimal("10");
    private static final BigDecimal T_10_01 = new BigDecimal("10.01");
    private static final BigDecimal T_20 = new BigDecimal("20");
    private static final BigDecimal T_20_01 = new BigDecimal("20.01");
    private static final BigDecimal T_50 = new BigDecimal("50");
    private static final BigDecimal T_51 = new BigDecimal("51");
    private static final BigDecimal T_91 = new BigDecimal("91");
    private static final BigDecimal T_101 = new BigDecimal("101");
    private static final BigDecimal T_200 = new BigDecimal("200");
    private static final BigDecimal T_201 = new BigDecimal("201");
    private static final BigDecimal T_501 = new BigDecimal("501");

    /** The S2026 rows in catalogue order (spd-indicators.md). */
    public static final List<String> SPD_ROWS = List.of("1", "2a", "2b", "3", "4", "5a", "5b", "6", "7", "8", "9",
            "10a", "10b", "11a", "11b", "12", "13a", "13b", "14", "15");
    /** The V2026 indicators, 16..35. */
    public static final int SID_INDICATORS = 20;
    /** Slots (indicator − 16) of the mandatory V2026 indicators 16, 17, 32, 33, 35 (A15). */
    private static final int[] MANDATORY = {0, 1, 16, 17, 19};

    /** points[slot][level]: weight × level, from the catalogue's weights. */
    private final BigDecimal[][] spdPoints;
    private final BigDecimal[][] sidPoints;

    /** @param catalogue the 2026 rule set's catalogue: the floor takes the weights from it, and nothing else */
    public PlainJava2026(List<IndicatorDefinition> catalogue) {
        spdPoints = new BigDecimal[SPD_ROWS.size()][];
        sidPoints = new BigDecimal[SID_INDICATORS][];
        for (IndicatorDefinition d : catalogue) {
            BigDecimal[] points = new BigDecimal[4];
            for (int level = 0; level <= 3; level++) {
                points[level] = level == 0 ? BigDecimal.ZERO : d.weight().multiply(BigDecimal.valueOf(level));
            }
            if (d.aspect() == IndicatorDefinition.Aspect.SPD) {
                spdPoints[SPD_ROWS.indexOf(d.number())] = points;
            } else {
                sidPoints[Integer.parseInt(d.number()) - 16] = points;
            }
        }
        for (BigDecimal[] p : spdPoints) {
            if (p == null) {
                throw new IllegalArgumentException("the catalogue lacks an S2026 row");
            }
        }
        for (BigDecimal[] p : sidPoints) {
            if (p == null) {
                throw new IllegalArgumentException("the catalogue lacks a V2026 indicator");
            }
        }
    }

    /** What the floor computes for one region. */
    public record Score(String region, BigDecimal index, String predicate, BigDecimal spd, BigDecimal sidSum, int n,
                        int divisor, BigDecimal sji, boolean requirementMet, byte[] spdLevels, List<InnovationScore> innovations) {
    }

    /** One innovation: whether it counts, its SID points, and the level each indicator scores (0 when it scores nothing). */
    public record InnovationScore(boolean counts, BigDecimal points, byte[] levels) {
    }

    public Score score(Submission s) {
        // ---- SPD --------------------------------------------------------------------------------
        SpdFacts f = s.spd();
        byte[] spd = new byte[SPD_ROWS.size()];
        spd[0] = ev(f.visiMisi(), visiMisi(f.visiMisi()));
        spd[1] = ev(f.apbdOnTimeYears(), f.apbdOnTimeYears() == null ? 0 : atLeast(f.apbdOnTimeYears().value(), 1, 2, 3));
        spd[2] = ev(f.mandatorySpendingComponents(), f.mandatorySpendingComponents() == null ? 0
                : atLeast(f.mandatorySpendingComponents().value(), 2, 3, 4));
        spd[3] = ev(f.licensingGrowthPercent(), higher(f.licensingGrowthPercent(), T_MINUS_50_33, T_8_17));
        spd[4] = ev(f.incomePerCapitaGrowthPercent(), higher(f.incomePerCapitaGrowthPercent(), T_2_05, T_5_23));
        spd[5] = ev(f.unemploymentReductionPoints(), higher(f.unemploymentReductionPoints(), T_0_01, T_0_36));
        spd[6] = ev(f.unemploymentRatePercent(), lower(f.unemploymentRatePercent(), T_5_92, T_2_35));
        spd[7] = ev(f.investmentGrowthPercent(), higher(f.investmentGrowthPercent(), T_MINUS_47_43, T_94_76));
        spd[8] = ev(f.ownSourceRevenueGrowthPercent(), higher(f.ownSourceRevenueGrowthPercent(), T_MINUS_5_15, T_33_85));
        spd[9] = ev(f.auditOpinion(), f.auditOpinion() == null ? 0 : switch (f.auditOpinion().opinion()) {
            case TMP, TW -> 1;
            case WDP -> 2;
            case WTP -> 3;
        });
        spd[10] = ev(f.sakipGrade(), f.sakipGrade() == null ? 0 : switch (f.sakipGrade().grade()) {
            case D, C, CC -> 1;
            case B, BB -> 2;
            case A, AA -> 3;
        });
        spd[11] = ev(f.povertyReductionPoints(), higher(f.povertyReductionPoints(), T_0_08, T_1_16));
        spd[12] = ev(f.povertyRatePercent(), lower(f.povertyRatePercent(), T_13_11, T_4_82));
        spd[13] = ev(f.ipmIncreasePoints(), higher(f.ipmIncreasePoints(), T_0_56, T_0_90));
        spd[14] = ev(f.ipm(), higher(f.ipm(), T_70_00, T_80_00));
        spd[15] = ev(f.innovatorAwards(), f.innovatorAwards() == null ? 0 : f.innovatorAwards().scheme().ordinal() + 1);
        spd[16] = ev(f.policyRecommendations(), f.policyRecommendations() == null ? 0
                : atLeast(f.policyRecommendations().value(), 1, 4, 8));
        spd[17] = ev(f.policyQualityIndex(), f.policyQualityIndex() == null ? 0 : switch (f.policyQualityIndex().category()) {
            case KURANG, CUKUP -> 1;
            case BAIK -> 2;
            case SANGAT_BAIK, UNGGUL -> 3;
        });
        spd[18] = ev(f.scienceMasterPlan(), f.scienceMasterPlan() == null ? 0 : f.scienceMasterPlan().status().ordinal() + 1);
        spd[19] = ev(f.intellectualProperty(), f.intellectualProperty() == null ? 0 : f.intellectualProperty().support().ordinal() + 1);
        BigDecimal spdTotal = BigDecimal.ZERO;
        for (int r = 0; r < spd.length; r++) {
            spdTotal = spdTotal.add(spdPoints[r][spd[r]]);
        }

        // ---- SID, eligibility, requirement ------------------------------------------------------
        List<Innovation> innovations = s.innovations();
        InnovationScore[] scores = new InnovationScore[innovations.size()];
        BigDecimal sidSum = BigDecimal.ZERO;
        int n = 0;
        EnumSet<Urusan> covered = EnumSet.noneOf(Urusan.class);
        for (int j = 0; j < scores.length; j++) {
            Innovation i = innovations.get(j);
            byte[] levels = sid(i.indicators());
            BigDecimal points = BigDecimal.ZERO;
            for (int k = 0; k < SID_INDICATORS; k++) {
                points = points.add(sidPoints[k][levels[k]]);
            }
            boolean counts = i.stage() == Stage.PENERAPAN                                    // A11
                    && (inWindow(i.applicationDate()) || inWindow(i.latestDevelopmentDate())) // A12
                    && i.rancangBangunWords() != null && i.rancangBangunWords() >= RANCANG_BANGUN_WORDS;
            for (int m : MANDATORY) {                                                         // A15
                counts &= levels[m] > 0;
            }
            if (counts) {
                sidSum = sidSum.add(points);
                n++;
                if (i.mainUrusan() != null && i.mainUrusan().isBasicService()) {
                    covered.add(i.mainUrusan());
                }
            }
            scores[j] = new InnovationScore(counts, points, levels);
        }
        boolean met = covered.size() >= BASIC_SERVICES_NEEDED;

        // ---- formula ----------------------------------------------------------------------------
        int divisor = Math.max(MINIMUM_DIVISOR, n);
        BigDecimal sji = met ? SJI_PER_INNOVATION.multiply(BigDecimal.valueOf(Math.min(n, SJI_CAP))) : BigDecimal.ZERO;
        // IID = (SPD + sidSum / divisor + SJI) / 250 × 100, from the exact terms, rounded once (A10).
        BigDecimal d = BigDecimal.valueOf(divisor);
        BigDecimal index = spdTotal.add(sji).multiply(d).add(sidSum).multiply(HUNDRED)
                .divide(MAXIMUM.multiply(d), 2, RoundingMode.HALF_UP);
        String predicate = index.compareTo(SANGAT_INOVATIF) >= 0 ? "Sangat Inovatif"
                : index.compareTo(INOVATIF) >= 0 ? "Inovatif"
                : index.compareTo(KURANG_INOVATIF) >= 0 ? "Kurang Inovatif"
                : "Tidak Dapat Dinilai";
        return new Score(s.region().code(), index, predicate, spdTotal, sidSum, n, divisor, sji, met, spd, List.of(scores));
    }

    // ---- SID V2026 (sid-indicators.md) ----------------------------------------------------------

    private static byte[] sid(SidFacts f) {
        byte[] l = new byte[SID_INDICATORS];
        int t0 = YEAR;
        int t1 = YEAR - 1;
        int t2 = YEAR - 2;
        if (f.regulasi() != null) {                                                  // 16
            l[0] = ev(f.regulasi(), switch (f.regulasi().type()) {
                case SK_KEPALA_DAERAH, SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH -> 1;
                case PERATURAN_KEPALA_DAERAH -> 2;
                case PERATURAN_DAERAH -> 3;
                case SK_KEPALA_PERANGKAT_DAERAH -> 0; // a plain SK Kepala PD scores 0 in V2026
            });
        }
        if (f.sdm() != null) {                                                       // 17: 1-10 / 11-30 / >30
            l[1] = ev(f.sdm(), atLeast(f.sdm().staff(), 1, 11, 31));
        }
        if (f.anggaran() != null) {                                                  // 18
            boolean a2 = f.anggaran().years().contains(t2);
            boolean a1 = f.anggaran().years().contains(t1);
            boolean a0 = f.anggaran().years().contains(t0);
            l[2] = ev(f.anggaran(), a2 && a1 && a0 ? 3 : (a2 && a1) || (a1 && a0) ? 2 : a2 || a1 || a0 ? 1 : 0);
        }
        if (f.alatKerja() != null) {                                                 // 19
            l[3] = ev(f.alatKerja(), switch (f.alatKerja().tool()) {
                case MANUAL -> 1;
                case ELECTRONIC_DEVICE -> 2;
                case ONLINE_INFORMATION_SYSTEM, ARTIFICIAL_INTELLIGENCE -> 3;
            });
        }
        if (f.bimtek() != null) {                                                    // 20: in T-2..T-0, 1 / 2 / 3+
            int trainings = 0;
            for (LocalDate d : f.bimtek().trainings()) {
                if (d.getYear() >= t2 && d.getYear() <= t0) {
                    trainings++;
                }
            }
            l[4] = ev(f.bimtek(), atLeast(trainings, 1, 2, 3));
        }
        if (f.rkpd() != null) {                                                      // 21
            boolean r1 = f.rkpd().years().contains(t1);
            boolean r2 = f.rkpd().years().contains(t2);
            boolean r0 = f.rkpd().years().contains(t0);
            l[5] = ev(f.rkpd(), r1 && r2 && r0 ? 3 : r1 && r2 ? 2 : r1 || r2 ? 1 : 0);
        }
        if (f.aktor() != null) {                                                     // 22: 3 / 4 / 5+
            l[6] = ev(f.aktor(), atLeast(f.aktor().kinds(), 3, 4, 5));
        }
        if (f.pelaksana() != null) {                                                 // 23 (A17)
            l[7] = ev(f.pelaksana(), switch (f.pelaksana().appointment()) {
                case NONE -> 1;
                case ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH, SK_KEPALA_PERANGKAT_DAERAH -> 2;
                case SK_KEPALA_DAERAH, SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH -> 3;
            });
        }
        if (f.jejaring() != null) {                                                  // 24: 2 / 3-4 / 5+
            l[8] = ev(f.jejaring(), atLeast(f.jejaring().perangkatDaerah(), 2, 3, 5));
        }
        if (f.sosialisasi() != null) {                                               // 25: the highest channel
            int level = 0;
            for (SidFacts.DisseminationChannel c : f.sosialisasi().channels()) {
                level = Math.max(level, switch (c) {
                    case ACTIVITY_PHOTO -> 1;
                    case SOCIAL_MEDIA, PEMDA_NEWS_MEDIA -> 2;
                    case INDEPENDENT_NEWS_MEDIA -> 3;
                });
            }
            l[9] = ev(f.sosialisasi(), level);
        }
        if (f.pedoman() != null) {                                                   // 26
            l[10] = ev(f.pedoman(), f.pedoman().form().ordinal() + 1);
        }
        if (f.informasi() != null) {                                                 // 27: groups used, 1 / 2 / 3+
            boolean manual = false;
            boolean hotline = false;
            boolean social = false;
            boolean online = false;
            for (InformationMethod m : f.informasi().methods()) {
                switch (m) {
                    case MANUAL -> manual = true;
                    case HOTLINE -> hotline = true;
                    case EMAIL, SOCIAL_MEDIA -> social = true;
                    case ONLINE_APPLICATION, ARTIFICIAL_INTELLIGENCE -> online = true;
                }
            }
            int groups = (manual ? 1 : 0) + (hotline ? 1 : 0) + (social ? 1 : 0) + (online ? 1 : 0);
            l[11] = ev(f.informasi(), atLeast(groups, 1, 2, 3));
        }
        if (f.proses() != null) {                                                    // 28: 6+ days / 2-5 / 1 or less
            int days = f.proses().days();
            l[12] = ev(f.proses(), days <= 1 ? 3 : days <= 5 ? 2 : 1);
        }
        if (f.pengaduan() != null) {                                                 // 29
            int received = f.pengaduan().received();
            int level = 1; // no complaints received: L1
            if (received > 0) {
                BigDecimal percent = BigDecimal.valueOf(f.pengaduan().resolved()).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(received), 2, RoundingMode.HALF_UP);
                // <= 50 / 51-90 / >= 91; a value between printed bands takes the lower band.
                level = percent.compareTo(T_91) >= 0 ? 3 : percent.compareTo(T_51) >= 0 ? 2 : 1;
            }
            l[13] = ev(f.pengaduan(), level);
        }
        if (f.layanan() != null) {                                                   // 30: degree of integration
            l[14] = ev(f.layanan(), f.layanan().integration() == null ? 0 : f.layanan().integration().ordinal() + 1);
        }
        if (f.replikasi() != null) {                                                 // 31: distinct regions 1 / 2 / 3+
            l[15] = ev(f.replikasi(), atLeast((int) f.replikasi().regions().stream().distinct().count(), 1, 2, 3));
        }
        if (f.kecepatan() != null) {                                                 // 32: 9+ months / 5-8 / 4 or less
            int months = f.kecepatan().months();
            l[16] = ev(f.kecepatan(), months <= 4 ? 3 : months <= 8 ? 2 : 1);
        }
        if (f.kemanfaatan() != null) {                                               // 33
            l[17] = ev(f.kemanfaatan(), benefit(f.kemanfaatan()));
        }
        if (f.monev() != null) {                                                     // 34
            l[18] = ev(f.monev(), f.monev().kind().ordinal() + 1);
        }
        if (f.video() != null) {                                                     // 35: 1-2 / 3-4 / 5; > 5 minutes invalid
            l[19] = f.video().durationSeconds() > VIDEO_SECONDS ? 0 : ev(f.video(), atLeast(f.video().elements().size(), 1, 3, 5));
        }
        return l;
    }

    private static int benefit(SidFacts.Kemanfaatan k) {
        BigDecimal v = k.value().setScale(2, RoundingMode.HALF_UP); // A10
        return switch (k.basis()) {
            case BENEFICIARIES -> levels(v, T_1, T_201, T_501, false);                    // (a) 1-200 / 201-500 / >= 501
            case TARGET_COVERAGE_PERCENT -> levels(v, T_5, T_20_01, T_50, true);          // (b) 5-20 / 20.01-50 / > 50
            case SPENDING_EFFICIENCY_PERCENT -> levels(v, T_0_01, T_10_01, T_20_01, false); // (c)
            case INCOME_INCREASE_PERCENT -> levels(v, T_0_01, T_10, T_20, false);        // (d) 0.01-9.99 / 10-19.99 / >= 20
            case PRODUCTS -> levels(v, T_1, T_101, T_200, true);                         // (e) 1-100 / 101-200 / > 200
            case POSITIVE_TREND_PERIODS -> levels(v, T_1, T_2, T_3, false);              // (f) 1 / 2 / 3
            case UNIT_INCREASE_PERCENT -> 0;                                             // a VMID basis, not V2026's
        };
    }

    /** L1 from {@code l1}, L2 from {@code l2}, L3 from {@code l3} (above it when {@code l3Strict}). */
    private static int levels(BigDecimal v, BigDecimal l1, BigDecimal l2, BigDecimal l3, boolean l3Strict) {
        int c3 = v.compareTo(l3);
        if (l3Strict ? c3 > 0 : c3 >= 0) {
            return 3;
        }
        return v.compareTo(l2) >= 0 ? 2 : v.compareTo(l1) >= 0 ? 1 : 0;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static boolean inWindow(LocalDate date) {                                  // A12: T-2 .. T-1
        return date != null && date.getYear() >= YEAR - 2 && date.getYear() <= YEAR - 1;
    }

    /** The level a fact reaches, or 0 when it has no evidence (A13). */
    private static byte ev(Evidenced fact, int level) {
        return (byte) (fact == null || fact.evidence().isEmpty() ? 0 : level);
    }

    private static int atLeast(Integer value, int l1, int l2, int l3) {
        if (value == null) {
            return 0;
        }
        return value >= l3 ? 3 : value >= l2 ? 2 : value >= l1 ? 1 : 0;
    }

    private static int visiMisi(SpdFacts.VisiMisi v) {
        if (v == null) {
            return 0;
        }
        boolean vision = Boolean.TRUE.equals(v.inVision());
        boolean mission = Boolean.TRUE.equals(v.inMission());
        return vision && mission ? 3 : vision ? 2 : mission ? 1 : 0;
    }

    /** A growth or change where higher is better: L1 any value, L2 from {@code l2}, L3 from {@code l3} (A10, A14). */
    private static int higher(SpdFacts.Measure m, BigDecimal l2, BigDecimal l3) {
        if (m == null) {
            return 0;
        }
        BigDecimal v = m.value().setScale(2, RoundingMode.HALF_UP);
        return v.compareTo(l3) >= 0 ? 3 : v.compareTo(l2) >= 0 ? 2 : 1;
    }

    /** A rate where lower is better: L1 any value, L2 up to {@code l2}, L3 up to {@code l3} (A10, A14). */
    private static int lower(SpdFacts.Measure m, BigDecimal l2, BigDecimal l3) {
        if (m == null) {
            return 0;
        }
        BigDecimal v = m.value().setScale(2, RoundingMode.HALF_UP);
        return v.compareTo(l3) <= 0 ? 3 : v.compareTo(l2) <= 0 ? 2 : 1;
    }
}
