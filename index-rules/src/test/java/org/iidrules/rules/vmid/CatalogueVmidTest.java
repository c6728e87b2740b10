package org.iidrules.rules.vmid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.catalogue.IndicatorDefinition;
import org.iidrules.catalogue.IndicatorDefinition.Aspect;
import org.iidrules.catalogue.LevelRule;
import org.iidrules.model.SidFacts.Appointment;
import org.iidrules.model.SidFacts.BenefitBasis;
import org.iidrules.model.SidFacts.DisseminationChannel;
import org.iidrules.model.SidFacts.GuideForm;
import org.iidrules.model.SidFacts.InformationMethod;
import org.iidrules.model.SidFacts.Integration;
import org.iidrules.model.SidFacts.MonitoringKind;
import org.iidrules.model.SidFacts.OnlinePresence;
import org.iidrules.model.SidFacts.RegulationType;
import org.iidrules.model.SidFacts.VideoElement;
import org.iidrules.model.SidFacts.WorkTool;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 20 indicators of catalogue VMID as the 2024 rule set scores them (A8), one fact at a time, at
 * the edges of every band. Assessment year 2024: T-0 = 2024, T-1 = 2023, T-2 = 2022.
 *
 * <p>Expectations come from sid-indicators.md: VMID has "the same weights as V2023" (column "bobot
 * V2023/VMID/V2026") and, where a level line does not name VMID separately, VMID's levels are
 * V2023's. VMID differs from V2023 in 27 (how many of 4 method groups), 29 (≤ 50 / 51–85 / ≥ 86, a
 * value between printed bands takes the lower band), 30 (degree of integration, not online presence)
 * and 33 (five bases instead of one). Every level case asserts the level, the V2023 weight,
 * points = weight × level, the source MKS-SEED and that the rule deciding it is the VMID rule of that
 * indicator and level; {@link #everyLevelRuleOfTheCatalogueIsExercised} checks that the cases below
 * reach each of the 73 rules of sid-vmid.drl (20 × 3 level rules, with 33's five bases × 3 = 15
 * instead of 3, plus the video rejection: 19 × 3 + 15 + 1 = 73).
 */
class CatalogueVmidTest {

    private static final int YEAR = 2024;
    private static final RuleSet RULES = RuleSets.builtIn().forYear(YEAR);
    private static final String PATH = "$.innovations[0].indicators.";

    /** VMID weights = V2023 weights (sid-indicators.md), indicator key → bobot. Σ 37, maximum 111. */
    static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put("regulasi", 3);
        WEIGHTS.put("sdm", 2);
        WEIGHTS.put("anggaran", 2);
        WEIGHTS.put("alatKerja", 2);
        WEIGHTS.put("bimtek", 1);
        WEIGHTS.put("rkpd", 2);
        WEIGHTS.put("aktor", 1);
        WEIGHTS.put("pelaksana", 1);
        WEIGHTS.put("jejaring", 1);
        WEIGHTS.put("sosialisasi", 1);
        WEIGHTS.put("pedoman", 1);
        WEIGHTS.put("informasi", 1);
        WEIGHTS.put("proses", 2);
        WEIGHTS.put("pengaduan", 1);
        WEIGHTS.put("layanan", 2);
        WEIGHTS.put("replikasi", 3);
        WEIGHTS.put("kecepatan", 2);
        WEIGHTS.put("kemanfaatan", 3);
        WEIGHTS.put("monev", 2);
        WEIGHTS.put("video", 4);
    }

    private static Arguments row(String name, String key, UnaryOperator<InnovationBuilder> fill, int level,
                                 String weight, String points) {
        return Arguments.of(name, key, fill, level, weight, points);
    }

    static Stream<Arguments> levels() {
        return Stream.of(
                // ---- 16 regulasi, weight 3: SK Kepala PD / SK Kepala Daerah / Perkada or Perda (as V2023)
                row("16 SK Kepala PD -> L1", "regulasi", b -> b.regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH), 1, "3", "3"),      // 3 x 1
                row("16 SK Kepala Daerah -> L2", "regulasi", b -> b.regulasi(RegulationType.SK_KEPALA_DAERAH), 2, "3", "6"),            // 3 x 2
                row("16 SK Kepala PD a.n. Kepala Daerah -> L2 (A16)", "regulasi",
                        b -> b.regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH), 2, "3", "6"),                   // 3 x 2
                row("16 Peraturan Kepala Daerah -> L3", "regulasi", b -> b.regulasi(RegulationType.PERATURAN_KEPALA_DAERAH), 3, "3", "9"), // 3 x 3
                row("16 Peraturan Daerah -> L3", "regulasi", b -> b.regulasi(RegulationType.PERATURAN_DAERAH), 3, "3", "9"),             // 3 x 3

                // ---- 17 sdm, weight 2: 1-10 / 11-30 / more than 30
                row("17 1 staff -> L1", "sdm", b -> b.sdm(1), 1, "2", "2"),      // 2 x 1
                row("17 10 staff -> L1", "sdm", b -> b.sdm(10), 1, "2", "2"),    // 2 x 1
                row("17 11 staff -> L2", "sdm", b -> b.sdm(11), 2, "2", "4"),    // 2 x 2
                row("17 30 staff -> L2", "sdm", b -> b.sdm(30), 2, "2", "4"),    // 2 x 2
                row("17 31 staff -> L3", "sdm", b -> b.sdm(31), 3, "2", "6"),    // 2 x 3

                // ---- 18 anggaran, weight 2: T-0 only / T-1 or T-2 (not all three) / T-0, T-1 and T-2
                row("18 2024 (T-0) only -> L1", "anggaran", b -> b.anggaran(2024), 1, "2", "2"),                     // 2 x 1
                row("18 2023 (T-1) -> L2", "anggaran", b -> b.anggaran(2023), 2, "2", "4"),                          // 2 x 2
                row("18 2022 (T-2) -> L2", "anggaran", b -> b.anggaran(2022), 2, "2", "4"),                          // 2 x 2
                row("18 T-1 and T-0, not T-2 -> L2", "anggaran", b -> b.anggaran(2023, 2024), 2, "2", "4"),          // 2 x 2
                row("18 T-2 and T-0, not T-1 -> L2", "anggaran", b -> b.anggaran(2022, 2024), 2, "2", "4"),          // 2 x 2
                row("18 T-2 and T-1, not T-0 -> L2", "anggaran", b -> b.anggaran(2022, 2023), 2, "2", "4"),          // 2 x 2
                row("18 T-2, T-1 and T-0 -> L3", "anggaran", b -> b.anggaran(2022, 2023, 2024), 3, "2", "6"),        // 2 x 3

                // ---- 19 alat kerja, weight 2: manual / electronic devices / online information system
                row("19 manual -> L1", "alatKerja", b -> b.alatKerja(WorkTool.MANUAL), 1, "2", "2"),                                  // 2 x 1
                row("19 electronic device -> L2", "alatKerja", b -> b.alatKerja(WorkTool.ELECTRONIC_DEVICE), 2, "2", "4"),            // 2 x 2
                row("19 online information system -> L3", "alatKerja", b -> b.alatKerja(WorkTool.ONLINE_INFORMATION_SYSTEM), 3, "2", "6"), // 2 x 3

                // ---- 20 bimtek, weight 1: trainings in the last 2 years (T-1 = 2023 and T-0 = 2024): 1 / 2 / more than 2
                row("20 1 training on 2023-01-01 -> L1", "bimtek", b -> b.bimtek(d(2023, 1, 1)), 1, "1", "1"),
                row("20 1 training on 2024-12-31 -> L1", "bimtek", b -> b.bimtek(d(2024, 12, 31)), 1, "1", "1"),
                row("20 2 trainings in 2023-2024 -> L2", "bimtek", b -> b.bimtek(d(2023, 1, 1), d(2024, 12, 31)), 2, "1", "2"),
                row("20 3 trainings in 2023-2024 -> L3", "bimtek", b -> b.bimtek(d(2023, 3, 1), d(2023, 9, 1), d(2024, 3, 1)), 3, "1", "3"),
                // three trainings on 2022-12-31 are in T-2, outside the last 2 years: only 2023-01-01 counts -> 1 -> L1
                row("20 only 1 of 4 trainings in T-1..T-0 -> L1", "bimtek",
                        b -> b.bimtek(d(2022, 12, 31), d(2022, 12, 31), d(2022, 12, 31), d(2023, 1, 1)), 1, "1", "1"),
                // two in T-2 and two in T-1..T-0: 2 count -> L2 (all 4 would be L3)
                row("20 2 of 4 trainings in T-1..T-0 -> L2", "bimtek",
                        b -> b.bimtek(d(2022, 2, 1), d(2022, 3, 1), d(2023, 2, 1), d(2024, 2, 1)), 2, "1", "2"),

                // ---- 21 rkpd, weight 2: RKPD of T-1 or T-2 / T-1 and T-2 / T-1, T-2 and T-0
                row("21 T-1 -> L1", "rkpd", b -> b.rkpd(2023), 1, "2", "2"),                            // 2 x 1
                row("21 T-2 -> L1", "rkpd", b -> b.rkpd(2022), 1, "2", "2"),                            // 2 x 1
                row("21 T-1 and T-0, not T-2 -> L1", "rkpd", b -> b.rkpd(2023, 2024), 1, "2", "2"),     // 2 x 1
                row("21 T-2 and T-0, not T-1 -> L1", "rkpd", b -> b.rkpd(2022, 2024), 1, "2", "2"),     // 2 x 1
                row("21 T-1 and T-2 -> L2", "rkpd", b -> b.rkpd(2022, 2023), 2, "2", "4"),              // 2 x 2
                row("21 T-2, T-1 and T-0 -> L3", "rkpd", b -> b.rkpd(2022, 2023, 2024), 3, "2", "6"),   // 2 x 3

                // ---- 22 aktor, weight 1: 3 (implementer included) / 4 / 5 or more
                row("22 3 kinds -> L1", "aktor", b -> b.aktor(3), 1, "1", "1"),
                row("22 4 kinds -> L2", "aktor", b -> b.aktor(4), 2, "1", "2"),
                row("22 5 kinds -> L3", "aktor", b -> b.aktor(5), 3, "1", "3"),
                row("22 9 kinds -> L3", "aktor", b -> b.aktor(9), 3, "1", "3"),

                // ---- 23 pelaksana, weight 1: team without an SK of the Kepala PD / SK Kepala PD / SK Kepala Daerah
                row("23 no appointment -> L1", "pelaksana", b -> b.pelaksana(Appointment.NONE), 1, "1", "1"),
                // a Surat Penugasan is not an SK: still "a team without an SK of the Kepala PD" -> L1
                row("23 assignment letter -> L1", "pelaksana", b -> b.pelaksana(Appointment.ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH), 1, "1", "1"),
                row("23 SK Kepala PD -> L2", "pelaksana", b -> b.pelaksana(Appointment.SK_KEPALA_PERANGKAT_DAERAH), 2, "1", "2"),
                row("23 SK Kepala Daerah -> L3", "pelaksana", b -> b.pelaksana(Appointment.SK_KEPALA_DAERAH), 3, "1", "3"),
                row("23 SK Kepala PD a.n. Kepala Daerah -> L3 (A16)", "pelaksana",
                        b -> b.pelaksana(Appointment.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH), 3, "1", "3"),

                // ---- 24 jejaring, weight 1: 1-2 / 3-4 / 5 or more PD (V2026's "1 scores 0" is not VMID's)
                row("24 1 PD -> L1", "jejaring", b -> b.jejaring(1), 1, "1", "1"),
                row("24 2 PD -> L1", "jejaring", b -> b.jejaring(2), 1, "1", "1"),
                row("24 3 PD -> L2", "jejaring", b -> b.jejaring(3), 2, "1", "2"),
                row("24 4 PD -> L2", "jejaring", b -> b.jejaring(4), 2, "1", "2"),
                row("24 5 PD -> L3", "jejaring", b -> b.jejaring(5), 3, "1", "3"),

                // ---- 25 sosialisasi, weight 1: activity photo / social media / news media (the highest channel)
                row("25 activity photo -> L1", "sosialisasi", b -> b.sosialisasi(DisseminationChannel.ACTIVITY_PHOTO), 1, "1", "1"),
                row("25 social media -> L2", "sosialisasi", b -> b.sosialisasi(DisseminationChannel.SOCIAL_MEDIA), 2, "1", "2"),
                row("25 photo + social media -> L2 (highest)", "sosialisasi",
                        b -> b.sosialisasi(DisseminationChannel.ACTIVITY_PHOTO, DisseminationChannel.SOCIAL_MEDIA), 2, "1", "2"),
                row("25 independent news media -> L3", "sosialisasi", b -> b.sosialisasi(DisseminationChannel.INDEPENDENT_NEWS_MEDIA), 3, "1", "3"),
                // V2026 puts the pemda's own news media at L2; VMID does not tell them apart (A18)
                row("25 pemda news media -> L3 (A18)", "sosialisasi", b -> b.sosialisasi(DisseminationChannel.PEMDA_NEWS_MEDIA), 3, "1", "3"),

                // ---- 26 pedoman, weight 1: printed / electronic book / book accessible online
                row("26 printed -> L1", "pedoman", b -> b.pedoman(GuideForm.PRINTED), 1, "1", "1"),
                row("26 e-book -> L2", "pedoman", b -> b.pedoman(GuideForm.ELECTRONIC_BOOK), 2, "1", "2"),
                row("26 online book -> L3", "pedoman", b -> b.pedoman(GuideForm.ONLINE_BOOK), 3, "1", "3"),

                // ---- 27 informasi, weight 1 (VMID): how many of 4 method groups (manual; hotline;
                //      social media or e-mail; online application or AI): 1 / 2 / 3 or more
                row("27 manual -> L1", "informasi", b -> b.informasi(InformationMethod.MANUAL), 1, "1", "1"),
                row("27 hotline -> L1", "informasi", b -> b.informasi(InformationMethod.HOTLINE), 1, "1", "1"),
                // e-mail and social media are one group -> 1 group
                row("27 e-mail + social media (one group) -> L1", "informasi",
                        b -> b.informasi(InformationMethod.EMAIL, InformationMethod.SOCIAL_MEDIA), 1, "1", "1"),
                // V2023 scores an online application alone at L3; VMID counts it as 1 group
                row("27 online application only -> L1 (V2023: L3)", "informasi",
                        b -> b.informasi(InformationMethod.ONLINE_APPLICATION), 1, "1", "1"),
                row("27 online application + AI (one group) -> L1", "informasi",
                        b -> b.informasi(InformationMethod.ONLINE_APPLICATION, InformationMethod.ARTIFICIAL_INTELLIGENCE), 1, "1", "1"),
                row("27 AI only -> L1", "informasi", b -> b.informasi(InformationMethod.ARTIFICIAL_INTELLIGENCE), 1, "1", "1"),
                row("27 manual + hotline -> L2", "informasi", b -> b.informasi(InformationMethod.MANUAL, InformationMethod.HOTLINE), 2, "1", "2"),
                row("27 e-mail + social media + online application (2 groups) -> L2", "informasi",
                        b -> b.informasi(InformationMethod.EMAIL, InformationMethod.SOCIAL_MEDIA, InformationMethod.ONLINE_APPLICATION), 2, "1", "2"),
                row("27 manual + hotline + e-mail -> L3", "informasi",
                        b -> b.informasi(InformationMethod.MANUAL, InformationMethod.HOTLINE, InformationMethod.EMAIL), 3, "1", "3"),
                row("27 all six methods (4 groups) -> L3", "informasi", b -> b.informasi(InformationMethod.values()), 3, "1", "3"),

                // ---- 28 proses, weight 2: 6 days or more / 2-5 days / 1 day or less
                row("28 30 days -> L1", "proses", b -> b.proses(30), 1, "2", "2"),
                row("28 6 days -> L1", "proses", b -> b.proses(6), 1, "2", "2"),
                row("28 5 days -> L2", "proses", b -> b.proses(5), 2, "2", "4"),
                row("28 2 days -> L2", "proses", b -> b.proses(2), 2, "2", "4"),
                row("28 1 day -> L3", "proses", b -> b.proses(1), 3, "2", "6"),
                row("28 0 days -> L3", "proses", b -> b.proses(0), 3, "2", "6"),

                // ---- 29 pengaduan, weight 1 (VMID): resolved/received <= 50 / 51-85 / >= 86 %; no complaints
                //      = L1; a value between printed bands takes the lower band; A10 rounds the ratio first
                row("29 no complaints received -> L1", "pengaduan", b -> b.pengaduan(0, 0), 1, "1", "1"),
                row("29 0 of 5 = 0% -> L1", "pengaduan", b -> b.pengaduan(5, 0), 1, "1", "1"),
                // 4001/10000 = 40.01%: V2023 L2, VMID still <= 50 -> L1
                row("29 40.01% -> L1 (V2023: L2)", "pengaduan", b -> b.pengaduan(10000, 4001), 1, "1", "1"),
                row("29 50/100 = 50.00% -> L1", "pengaduan", b -> b.pengaduan(100, 50), 1, "1", "1"),
                // 101/200 = 50.50%: between 50 and 51 -> the lower band
                row("29 101/200 = 50.50% (between bands) -> L1", "pengaduan", b -> b.pengaduan(200, 101), 1, "1", "1"),
                // 101989/200000 = 50.9945% -> 50.99 (A10) -> still between bands -> L1
                row("29 50.9945% rounds to 50.99 -> L1", "pengaduan", b -> b.pengaduan(200000, 101989), 1, "1", "1"),
                // 10199/20000 = 50.995% -> 51.00 (A10, half-up) -> L2
                row("29 50.995% rounds to 51.00 -> L2", "pengaduan", b -> b.pengaduan(20000, 10199), 2, "1", "2"),
                row("29 51/100 = 51.00% -> L2", "pengaduan", b -> b.pengaduan(100, 51), 2, "1", "2"),
                // 71/100 = 71.00%: V2023 L3, VMID 51-85 -> L2
                row("29 71.00% -> L2 (V2023: L3)", "pengaduan", b -> b.pengaduan(100, 71), 2, "1", "2"),
                row("29 85/100 = 85.00% -> L2", "pengaduan", b -> b.pengaduan(100, 85), 2, "1", "2"),
                // 171/200 = 85.50%: between 85 and 86 -> the lower band
                row("29 171/200 = 85.50% (between bands) -> L2", "pengaduan", b -> b.pengaduan(200, 171), 2, "1", "2"),
                row("29 8599/10000 = 85.99% -> L2", "pengaduan", b -> b.pengaduan(10000, 8599), 2, "1", "2"),
                // 17199/20000 = 85.995% -> 86.00 (A10) -> L3
                row("29 85.995% rounds to 86.00 -> L3", "pengaduan", b -> b.pengaduan(20000, 17199), 3, "1", "3"),
                row("29 86/100 = 86.00% -> L3", "pengaduan", b -> b.pengaduan(100, 86), 3, "1", "3"),
                row("29 10/10 = 100% -> L3", "pengaduan", b -> b.pengaduan(10, 10), 3, "1", "3"),

                // ---- 30 layanan, weight 2 (VMID): run separately / integrated in one unit's portal / across units
                row("30 separate -> L1", "layanan", b -> b.layanan(null, Integration.SEPARATE), 1, "2", "2"),                // 2 x 1
                row("30 within one unit -> L2", "layanan", b -> b.layanan(null, Integration.WITHIN_ONE_UNIT), 2, "2", "4"),  // 2 x 2
                row("30 across units -> L3", "layanan", b -> b.layanan(null, Integration.ACROSS_UNITS), 3, "2", "6"),        // 2 x 3
                // VMID reads the integration only: a web + mobile app (V2023 L3) run separately is L1
                row("30 web and mobile app, separate -> L1", "layanan",
                        b -> b.layanan(OnlinePresence.WEB_AND_MOBILE_APPLICATION, Integration.SEPARATE), 1, "2", "2"),
                row("30 website info, across units -> L3", "layanan",
                        b -> b.layanan(OnlinePresence.INFORMATION_ON_WEBSITE_OR_SOCIAL_MEDIA, Integration.ACROSS_UNITS), 3, "2", "6"),

                // ---- 31 replikasi, weight 3: replicated 1 / 2 / 3 or more times (distinct regions only from V2026)
                row("31 1 replication -> L1", "replikasi", b -> b.replikasi("6101"), 1, "3", "3"),
                row("31 2 replications -> L2", "replikasi", b -> b.replikasi("6101", "6102"), 2, "3", "6"),
                row("31 3 replications -> L3", "replikasi", b -> b.replikasi("6101", "6102", "6103"), 3, "3", "9"),
                // 3 replications by one region: 3 times -> L3 (V2026 would count 1 region -> L1)
                row("31 3 replications, one region -> L3", "replikasi", b -> b.replikasi("6101", "6101", "6101"), 3, "3", "9"),

                // ---- 32 kecepatan, weight 2: 9 months or more / 5-8 months / 4 months or less
                row("32 12 months -> L1", "kecepatan", b -> b.kecepatan(12), 1, "2", "2"),
                row("32 9 months -> L1", "kecepatan", b -> b.kecepatan(9), 1, "2", "2"),
                row("32 8 months -> L2", "kecepatan", b -> b.kecepatan(8), 2, "2", "4"),
                row("32 5 months -> L2", "kecepatan", b -> b.kecepatan(5), 2, "2", "4"),
                row("32 4 months -> L3", "kecepatan", b -> b.kecepatan(4), 3, "2", "6"),
                row("32 1 month -> L3", "kecepatan", b -> b.kecepatan(1), 3, "2", "6"),

                // ---- 33 kemanfaatan, weight 3 (VMID): one basis, one value, rounded to 2 decimals first (A10)
                // persons 1-100 / 101-200 / >= 201
                row("33 persons 1 -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "1"), 1, "3", "3"),       // 3 x 1
                row("33 persons 100 -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "100"), 1, "3", "3"),
                row("33 persons 101 -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "101"), 2, "3", "6"),   // 3 x 2
                row("33 persons 200 -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "200"), 2, "3", "6"),
                row("33 persons 201 -> L3", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "201"), 3, "3", "9"),   // 3 x 3
                // unit increase % 5-20 / 20.01-50 / > 50
                row("33 unit increase 4.995% -> 5.00 -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "4.995"), 1, "3", "3"),
                row("33 unit increase 5% -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "5"), 1, "3", "3"),
                row("33 unit increase 20.00% -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "20.00"), 1, "3", "3"),
                row("33 unit increase 20.004% -> 20.00 -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "20.004"), 1, "3", "3"),
                row("33 unit increase 20.005% -> 20.01 -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "20.005"), 2, "3", "6"),
                row("33 unit increase 20.01% -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "20.01"), 2, "3", "6"),
                row("33 unit increase 50.00% -> L2 (not > 50)", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "50.00"), 2, "3", "6"),
                row("33 unit increase 50.004% -> 50.00 -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "50.004"), 2, "3", "6"),
                row("33 unit increase 50.005% -> 50.01 -> L3", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "50.005"), 3, "3", "9"),
                row("33 unit increase 50.01% -> L3", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "50.01"), 3, "3", "9"),
                // spending efficiency % 0.01-10 / 10.01-20 / >= 20.01
                row("33 spending efficiency 0.005% -> 0.01 -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "0.005"), 1, "3", "3"),
                row("33 spending efficiency 0.01% -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "0.01"), 1, "3", "3"),
                row("33 spending efficiency 10.00% -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "10.00"), 1, "3", "3"),
                row("33 spending efficiency 10.01% -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "10.01"), 2, "3", "6"),
                row("33 spending efficiency 20.00% -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "20.00"), 2, "3", "6"),
                row("33 spending efficiency 20.005% -> 20.01 -> L3", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "20.005"), 3, "3", "9"),
                row("33 spending efficiency 20.01% -> L3", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "20.01"), 3, "3", "9"),
                // income increase % 0.01-49.99 / 50-99.99 / >= 100 (V2026: 0.01-9.99 / 10-19.99 / >= 20)
                row("33 income increase 0.01% -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.INCOME_INCREASE_PERCENT, "0.01"), 1, "3", "3"),
                row("33 income increase 20% -> L1 (V2026: L3)", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.INCOME_INCREASE_PERCENT, "20"), 1, "3", "3"),
                row("33 income increase 49.99% -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.INCOME_INCREASE_PERCENT, "49.99"), 1, "3", "3"),
                row("33 income increase 49.995% -> 50.00 -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.INCOME_INCREASE_PERCENT, "49.995"), 2, "3", "6"),
                row("33 income increase 50% -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.INCOME_INCREASE_PERCENT, "50"), 2, "3", "6"),
                row("33 income increase 99.99% -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.INCOME_INCREASE_PERCENT, "99.99"), 2, "3", "6"),
                row("33 income increase 99.995% -> 100.00 -> L3", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.INCOME_INCREASE_PERCENT, "99.995"), 3, "3", "9"),
                row("33 income increase 100% -> L3", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.INCOME_INCREASE_PERCENT, "100"), 3, "3", "9"),
                // products 1-100 / 101-200 / > 200
                row("33 products 1 -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.PRODUCTS, "1"), 1, "3", "3"),
                row("33 products 100 -> L1", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.PRODUCTS, "100"), 1, "3", "3"),
                row("33 products 101 -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.PRODUCTS, "101"), 2, "3", "6"),
                row("33 products 200 -> L2", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.PRODUCTS, "200"), 2, "3", "6"),
                row("33 products 201 -> L3", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.PRODUCTS, "201"), 3, "3", "9"),

                // ---- 34 monev, weight 2: internal report / SKM / external research-based evaluation
                row("34 internal report -> L1", "monev", b -> b.monev(MonitoringKind.INTERNAL_REPORT), 1, "2", "2"),
                row("34 satisfaction survey -> L2", "monev", b -> b.monev(MonitoringKind.SATISFACTION_SURVEY), 2, "2", "4"),
                row("34 external evaluation -> L3", "monev", b -> b.monev(MonitoringKind.EXTERNAL_EVALUATION), 3, "2", "6"),

                // ---- 35 video, weight 4: elements 1-2 / 3-4 / all 5; at most 5 minutes
                row("35 1 element -> L1", "video", b -> b.video(60, VideoElement.LATAR_BELAKANG), 1, "4", "4"),
                row("35 2 elements -> L1", "video", b -> b.video(60, VideoElement.LATAR_BELAKANG, VideoElement.DAMPAK), 1, "4", "4"),
                row("35 3 elements -> L2", "video",
                        b -> b.video(60, VideoElement.LATAR_BELAKANG, VideoElement.MANFAAT, VideoElement.DAMPAK), 2, "4", "8"),
                row("35 4 elements -> L2", "video", b -> b.video(60, VideoElement.LATAR_BELAKANG, VideoElement.PENJARINGAN_IDE,
                        VideoElement.PEMILIHAN_IDE, VideoElement.MANFAAT), 2, "4", "8"),
                row("35 5 elements -> L3", "video", b -> b.video(60, VideoElement.values()), 3, "4", "12"),
                // exactly 5 minutes is not "over 5 minutes": valid
                row("35 5 elements, 300 s -> L3", "video", b -> b.video(300, VideoElement.values()), 3, "4", "12"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void level(String name, String key, UnaryOperator<InnovationBuilder> fill, int level, String weight, String points) {
        Result r = score(fill.apply(innovation("X", YEAR)));
        IndicatorResult ind = r.innovation("X").indicator(key);
        assertThat(ind.level()).as("level (%s)", ind.fact()).isEqualTo(level);
        assertThat(ind.weight()).as("weight = V2023 bobot").isEqualByComparingTo(weight)
                .isEqualByComparingTo(BigDecimal.valueOf(WEIGHTS.get(key)));
        assertThat(ind.points()).as("points = weight x level").isEqualByComparingTo(points)
                .isEqualByComparingTo(ind.weight().multiply(BigDecimal.valueOf(level)));
        assertThat(ind.note()).isNull();
        assertThat(ind.by().source()).isEqualTo("MKS-SEED");
        // the rule that decided it is VMID's rule for this indicator and this level
        assertThat(ind.by().rule()).startsWith("VMID " + ind.indicator() + " ").contains(" L" + level + ":");
        // 2024 uses VMID by A8, so every VMID level carries it
        assertThat(ind.by().assumptions()).contains("A8");
        // the only filled indicator: it is the innovation's whole SID score
        assertThat(r.innovation("X").points()).isEqualByComparingTo(points);
        assertThat(indicatorFindings(r)).isEmpty();
    }

    static Stream<Arguments> unrecognised() {
        return Stream.of(
                // 17: 0 staff is below the 1-10 band
                none("17 0 staff", "sdm", b -> b.sdm(0)),
                // 18: a budget in T-3 (2021) or in T+1 (2025) only is in no band
                none("18 T-3 only", "anggaran", b -> b.anggaran(2021)),
                none("18 T+1 only", "anggaran", b -> b.anggaran(2025)),
                // 19: VMID does not list AI (V2026 does)
                none("19 AI", "alatKerja", b -> b.alatKerja(WorkTool.ARTIFICIAL_INTELLIGENCE)),
                // 20: trainings only in T-2 (2022): none in the last 2 years
                none("20 trainings in T-2 only", "bimtek", b -> b.bimtek(d(2022, 1, 1), d(2022, 6, 1), d(2022, 12, 31))),
                // 21: the RKPD of T-0 alone is in no band (every band needs T-1 or T-2)
                none("21 T-0 only", "rkpd", b -> b.rkpd(2024)),
                // 22: 2 kinds of actors, below 3
                none("22 2 kinds", "aktor", b -> b.aktor(2)),
                // 24: 0 PD
                none("24 0 PD", "jejaring", b -> b.jejaring(0)),
                // 25: no channel at all
                none("25 no channel", "sosialisasi", b -> b.sosialisasi()),
                // 27: no method at all: 0 of the 4 groups
                none("27 no methods", "informasi", b -> b.informasi()),
                // 30: only the V2023 online presence, no degree of integration
                none("30 website information only", "layanan", b -> b.layanan(OnlinePresence.INFORMATION_ON_WEBSITE_OR_SOCIAL_MEDIA, null)),
                none("30 web application only", "layanan", b -> b.layanan(OnlinePresence.WEB_APPLICATION, null)),
                none("30 web and mobile app only", "layanan", b -> b.layanan(OnlinePresence.WEB_AND_MOBILE_APPLICATION, null)),
                // 31: no replication
                none("31 no replication", "replikasi", b -> b.replikasi()),
                // 33: below the first band of each basis
                none("33 persons 0", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, "0")),
                none("33 unit increase 4.99%", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "4.99")),
                none("33 unit increase 4.994% -> 4.99", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "4.994")),
                none("33 spending efficiency 0%", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "0")),
                none("33 spending efficiency 0.004% -> 0.00", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.SPENDING_EFFICIENCY_PERCENT, "0.004")),
                none("33 income increase 0%", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.INCOME_INCREASE_PERCENT, "0")),
                none("33 products 0", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.PRODUCTS, "0")),
                // 33: V2026's bases (b) coverage of target units and (f) positive trend periods are not VMID bases
                none("33 target coverage 60%", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.TARGET_COVERAGE_PERCENT, "60")),
                none("33 positive trend 3 periods", "kemanfaatan", b -> b.kemanfaatan(BenefitBasis.POSITIVE_TREND_PERIODS, "3")),
                // 35: a video showing none of the 5 elements
                none("35 no element", "video", b -> b.video(60)));
    }

    private static Arguments none(String name, String key, UnaryOperator<InnovationBuilder> fill) {
        return Arguments.of(name, key, fill);
    }

    @ParameterizedTest(name = "{0} -> 0, UNRECOGNISED_VALUE")
    @MethodSource("unrecognised")
    void unrecognisedValueScoresZero(String name, String key, UnaryOperator<InnovationBuilder> fill) {
        Result r = score(fill.apply(innovation("X", YEAR)));
        IndicatorResult ind = r.innovation("X").indicator(key);
        assertThat(ind.level()).isZero();
        assertThat(ind.points()).isEqualByComparingTo("0");
        assertThat(ind.weight()).isEqualByComparingTo(BigDecimal.valueOf(WEIGHTS.get(key)));
        assertThat(ind.by()).isNull();
        assertThat(ind.note()).startsWith("reaches no level under catalogue VMID");
        assertThat(indicatorFindings(r)).extracting(Finding::kind, Finding::path)
                .containsExactly(tuple(Kind.UNRECOGNISED_VALUE, PATH + key));
        // the innovation still counts; it just scores 0 here
        assertThat(r.innovation("X").counts()).isTrue();
        assertThat(r.innovation("X").points()).isEqualByComparingTo("0");
    }

    // ---- the video rejection -------------------------------------------------------------------

    @Test
    void videoOverFiveMinutesIsRejected() {
        // all 5 elements would be L3 (4 x 3 = 12), but 301 s > 300 s: not valid evidence -> 0, REJECTED
        Result r = score(rejectedVideo(innovation("X", YEAR)).sdm(12));
        IndicatorResult video = r.innovation("X").indicator("35");
        assertThat(video.level()).isZero();
        assertThat(video.points()).isEqualByComparingTo("0");
        assertThat(video.weight()).isEqualByComparingTo("4");
        assertThat(video.note()).contains("301 seconds");
        assertThat(video.by().source()).isEqualTo("MKS-SEED");
        assertThat(video.by().rule()).startsWith("VMID 35 ").contains("5 minutes");
        assertThat(indicatorFindings(r)).extracting(Finding::kind, Finding::path)
                .containsExactly(tuple(Kind.REJECTED, PATH + "video"));
        // the rest of the innovation is unaffected: 17 sdm 12 -> L2, 2 x 2 = 4
        assertThat(r.innovation("X").points()).isEqualByComparingTo("4");
        assertThat(r.innovation("X").counts()).isTrue();
    }

    @Test
    void aLongVideoIsRejectedWhateverItShows() {
        // 1 element would be L1 (4 x 1 = 4); 600 s is over 5 minutes -> 0
        Result r = score(innovation("X", YEAR).video(600, VideoElement.MANFAAT));
        assertThat(r.innovation("X").indicator("video").points()).isEqualByComparingTo("0");
        assertThat(indicatorFindings(r)).extracting(Finding::kind).containsExactly(Kind.REJECTED);
    }

    private static InnovationBuilder rejectedVideo(InnovationBuilder b) {
        return b.video(301, VideoElement.values());
    }

    // ---- assumptions and evidence ---------------------------------------------------------------

    @Test
    void anSkOnBehalfOfTheKepalaDaerahCitesA16AndPemdaNewsMediaA18() {
        Result r = score(innovation("X", YEAR)
                .regulasi(RegulationType.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH)
                .pelaksana(Appointment.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH)
                .sosialisasi(DisseminationChannel.PEMDA_NEWS_MEDIA));
        InnovationResult x = r.innovation("X");
        // regulasi = SK Kepala Daerah -> L2, 3 x 2 = 6; pelaksana = SK Kepala Daerah -> L3, 1 x 3 = 3;
        // sosialisasi: news media (the pemda's own, A18) -> L3, 1 x 3 = 3
        assertThat(x.indicator("regulasi").points()).isEqualByComparingTo("6");
        assertThat(x.indicator("pelaksana").points()).isEqualByComparingTo("3");
        assertThat(x.indicator("sosialisasi").points()).isEqualByComparingTo("3");
        assertThat(x.indicator("regulasi").by().assumptions()).contains("A16");
        assertThat(x.indicator("pelaksana").by().assumptions()).contains("A16");
        assertThat(x.indicator("sosialisasi").by().assumptions()).contains("A18");
        // 6 + 3 + 3 = 12
        assertThat(x.points()).isEqualByComparingTo("12");
    }

    @Test
    void pengaduanAndKemanfaatanThresholdsCiteA10() {
        // 29 and 33 meet their thresholds after rounding to 2 decimals (A10)
        Result r = score(innovation("X", YEAR).pengaduan(20000, 10199)
                .kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "50.005"));
        assertThat(r.innovation("X").indicator("29").by().assumptions()).contains("A10");
        assertThat(r.innovation("X").indicator("33").by().assumptions()).contains("A10");
        // 29: 50.995 -> 51.00 -> L2, 1 x 2 = 2; 33: 50.005 -> 50.01 > 50 -> L3, 3 x 3 = 9; 2 + 9 = 11
        assertThat(r.innovation("X").points()).isEqualByComparingTo("11");
    }

    @Test
    void indicatorWithoutEvidenceScoresZero() {
        // 27: 3 groups would be L3 (1 x 3 = 3) and 33: 60% unit increase L3 (3 x 3 = 9), but 27 has no
        // evidence: 27 -> 0 (A13), X = 0 + 9 = 9
        Result r = score(innovation("X", YEAR)
                .informasi(InformationMethod.MANUAL, InformationMethod.HOTLINE, InformationMethod.ONLINE_APPLICATION)
                .kemanfaatan(BenefitBasis.UNIT_INCREASE_PERCENT, "60")
                .withoutEvidence("informasi"));
        IndicatorResult informasi = r.innovation("X").indicator("27");
        assertThat(informasi.level()).isZero();
        assertThat(informasi.points()).isEqualByComparingTo("0");
        assertThat(informasi.note()).contains("level 3").contains("A13");
        assertThat(informasi.by().assumptions()).contains("A13");
        assertThat(r.innovation("X").points()).isEqualByComparingTo("9");
        assertThat(indicatorFindings(r)).extracting(Finding::kind, Finding::path)
                .containsExactly(tuple(Kind.MISSING_EVIDENCE, PATH + "informasi.evidence"));
    }

    // ---- the catalogue as a whole ---------------------------------------------------------------

    @Test
    void everyWeightIsTheV2023BobotAndTheMaximumIs111() {
        // every indicator at its top level, with VMID facts: Σ bobot 37 x 3 = 111
        Result r = score(innovation("X", YEAR)
                .regulasi(RegulationType.PERATURAN_DAERAH).sdm(31).anggaran(2022, 2023, 2024)
                .alatKerja(WorkTool.ONLINE_INFORMATION_SYSTEM).bimtek(d(2023, 1, 1), d(2023, 6, 1), d(2024, 1, 1))
                .rkpd(2022, 2023, 2024).aktor(5).pelaksana(Appointment.SK_KEPALA_DAERAH).jejaring(5)
                .sosialisasi(DisseminationChannel.INDEPENDENT_NEWS_MEDIA).pedoman(GuideForm.ONLINE_BOOK)
                .informasi(InformationMethod.MANUAL, InformationMethod.HOTLINE, InformationMethod.EMAIL)
                .proses(1).pengaduan(100, 86).layanan(null, Integration.ACROSS_UNITS).replikasi("A", "B", "C")
                .kecepatan(4).kemanfaatan(BenefitBasis.PRODUCTS, "201").monev(MonitoringKind.EXTERNAL_EVALUATION)
                .video(300, VideoElement.values()));
        InnovationResult x = r.innovation("X");
        assertThat(x.indicators()).extracting(IndicatorResult::indicator).containsExactly(
                "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
                "32", "33", "34", "35");
        for (IndicatorResult ind : x.indicators()) {
            assertThat(ind.weight()).as("bobot of %s", ind.key())
                    .isEqualByComparingTo(BigDecimal.valueOf(WEIGHTS.get(ind.key())));
            assertThat(ind.level()).as("level of %s", ind.key()).isEqualTo(3);
        }
        assertThat(x.points()).isEqualByComparingTo("111");
        assertThat(r.totals().maximum().sidPerInnovation()).isEqualByComparingTo("111");
        assertThat(WEIGHTS.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(37);
    }

    /**
     * All the level cases above and the rejection, scored together (one innovation per case): the
     * rules that decided them are 73 distinct rules, which are exactly the SID rules the 2024 rule set
     * lists. A rule without a case (or a case that no longer reaches the rule it was written for)
     * makes this fail.
     */
    @Test
    void everyLevelRuleOfTheCatalogueIsExercised() {
        List<UnaryOperator<InnovationBuilder>> fills = levels()
                .map(a -> {
                    @SuppressWarnings("unchecked")
                    UnaryOperator<InnovationBuilder> f = (UnaryOperator<InnovationBuilder>) a.get()[2];
                    return f;
                })
                .collect(Collectors.toList());
        fills.add(CatalogueVmidTest::rejectedVideo);

        SubmissionBuilder s = SubmissionBuilder.submission(YEAR);
        for (int k = 0; k < fills.size(); k++) {
            s.innovation(fills.get(k).apply(innovation("C" + k, YEAR)));
        }
        Result r = RULES.evaluate(s.build());

        Set<String> hit = new TreeSet<>();
        for (InnovationResult x : r.innovations()) {
            for (IndicatorResult ind : x.indicators()) {
                if (ind.by() != null) {
                    assertThat(ind.by().source()).isEqualTo("MKS-SEED");
                    hit.add(ind.by().rule());
                }
            }
        }
        // 19 indicators x 3 levels + 33's 5 bases x 3 levels + the video rejection = 57 + 15 + 1 = 73
        assertThat(hit).hasSize(73);
        Set<String> listed = RULES.catalogue().stream()
                .filter(d -> d.aspect() == Aspect.SID)
                .flatMap(d -> d.rules().stream())
                .map(LevelRule::rule)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(hit).isEqualTo(listed);
        assertThat(RULES.catalogue().stream().filter(d -> d.aspect() == Aspect.SID).map(IndicatorDefinition::catalogue))
                .containsOnly("VMID");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Result score(InnovationBuilder b) {
        return RULES.evaluate(SubmissionBuilder.submission(YEAR).innovation(b).build());
    }

    /**
     * The findings about single indicators (these one-innovation submissions also carry the
     * REQUIREMENT_UNMET finding of a region covering no basic service, which is not under test here).
     */
    private static List<Finding> indicatorFindings(Result r) {
        return r.findings().stream().filter(f -> f.path().contains(".indicators.")).toList();
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
