package org.iidrules.rules.support;

import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
import org.iidrules.model.SpdFacts;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;

/**
 * Innovations that score an exact number of SID points in the years 2022 and 2023 (catalogue V2023), 2024
 * and 2025 (catalogue VMID, A8), and the smallest innovation that counts under V2026 (2026, 2027).
 *
 * <p>For V2023 and VMID every indicator is filled with a fact that reaches the same level under both
 * catalogues (sid-indicators.md), relative to the assessment year Y (T-0 = Y, T-1 = Y-1, T-2 = Y-2):
 * where they differ (27, 29, 30) the fact satisfies both level lines, e.g. 27 "manual + e-mail" is
 * e-mail (V2023 L2) and 2 method groups (VMID L2), and 29 "60% resolved" is in V2023's 40.01-70.99
 * and VMID's 51-85. No fact sits on a band edge; the edges are CatalogueVmidTest's business.
 */
public final class YearLevels {

    private YearLevels() {
    }

    /** V2023 = VMID weights (sid-indicators.md), heaviest first; Σ 37, maximum 37 × 3 = 111. */
    public static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put("video", 4);
        WEIGHTS.put("regulasi", 3);
        WEIGHTS.put("replikasi", 3);
        WEIGHTS.put("kemanfaatan", 3);
        WEIGHTS.put("sdm", 2);
        WEIGHTS.put("anggaran", 2);
        WEIGHTS.put("alatKerja", 2);
        WEIGHTS.put("rkpd", 2);
        WEIGHTS.put("proses", 2);
        WEIGHTS.put("layanan", 2);
        WEIGHTS.put("kecepatan", 2);
        WEIGHTS.put("monev", 2);
        WEIGHTS.put("bimtek", 1);
        WEIGHTS.put("aktor", 1);
        WEIGHTS.put("pelaksana", 1);
        WEIGHTS.put("jejaring", 1);
        WEIGHTS.put("sosialisasi", 1);
        WEIGHTS.put("pedoman", 1);
        WEIGHTS.put("informasi", 1);
        WEIGHTS.put("pengaduan", 1);
    }

    /** Fills one indicator with a fact that reaches {@code level} (1..3) under V2023 and VMID in {@code year}. */
    public static InnovationBuilder fill(InnovationBuilder b, String key, int level, int year) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("level " + level);
        }
        int l = level - 1;
        int t0 = year;
        int t1 = year - 1;
        int t2 = year - 2;
        return switch (key) {
            // 35: elements 1-2 / 3-4 / 5, a 2-minute video
            case "video" -> b.video(120, new VideoElement[][] {
                    {VideoElement.LATAR_BELAKANG},
                    {VideoElement.LATAR_BELAKANG, VideoElement.PENJARINGAN_IDE, VideoElement.PEMILIHAN_IDE},
                    VideoElement.values()}[l]);
            // 16: SK Kepala PD / SK Kepala Daerah / Perda
            case "regulasi" -> b.regulasi(new RegulationType[] {RegulationType.SK_KEPALA_PERANGKAT_DAERAH,
                    RegulationType.SK_KEPALA_DAERAH, RegulationType.PERATURAN_DAERAH}[l]);
            // 31: replicated 1 / 2 / 3 times, by distinct regions
            case "replikasi" -> b.replikasi(new String[][] {{"6101"}, {"6101", "6102"}, {"6101", "6102", "6103"}}[l]);
            // 33: beneficiaries 1-100 / 101-200 / >= 201 (the one basis both catalogues list)
            case "kemanfaatan" -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, new String[] {"50", "150", "250"}[l]);
            // 17: staff 1-10 / 11-30 / > 30
            case "sdm" -> b.sdm(new int[] {5, 20, 40}[l]);
            // 18: T-0 only / T-1 / T-2, T-1 and T-0
            case "anggaran" -> b.anggaran(new Integer[][] {{t0}, {t1}, {t2, t1, t0}}[l]);
            // 19: manual / electronic device / online information system
            case "alatKerja" -> b.alatKerja(new WorkTool[] {WorkTool.MANUAL, WorkTool.ELECTRONIC_DEVICE,
                    WorkTool.ONLINE_INFORMATION_SYSTEM}[l]);
            // 21: RKPD of T-1 / T-2 and T-1 / T-2, T-1 and T-0
            case "rkpd" -> b.rkpd(new Integer[][] {{t1}, {t2, t1}, {t2, t1, t0}}[l]);
            // 28: >= 6 days / 2-5 days / <= 1 day
            case "proses" -> b.proses(new int[] {7, 3, 1}[l]);
            // 30: V2023 reads the online presence, VMID the integration: both at the same level
            case "layanan" -> b.layanan(
                    new OnlinePresence[] {OnlinePresence.INFORMATION_ON_WEBSITE_OR_SOCIAL_MEDIA,
                            OnlinePresence.WEB_APPLICATION, OnlinePresence.WEB_AND_MOBILE_APPLICATION}[l],
                    new Integration[] {Integration.SEPARATE, Integration.WITHIN_ONE_UNIT, Integration.ACROSS_UNITS}[l]);
            // 32: >= 9 months / 5-8 / <= 4
            case "kecepatan" -> b.kecepatan(new int[] {10, 6, 3}[l]);
            // 34: internal report / SKM / external evaluation
            case "monev" -> b.monev(new MonitoringKind[] {MonitoringKind.INTERNAL_REPORT,
                    MonitoringKind.SATISFACTION_SURVEY, MonitoringKind.EXTERNAL_EVALUATION}[l]);
            // 20: 1 / 2 / 3 trainings in T-1..T-0
            case "bimtek" -> b.bimtek(new LocalDate[][] {
                    {LocalDate.of(t0, 2, 1)},
                    {LocalDate.of(t1, 2, 1), LocalDate.of(t0, 2, 1)},
                    {LocalDate.of(t1, 2, 1), LocalDate.of(t1, 9, 1), LocalDate.of(t0, 2, 1)}}[l]);
            // 22: 3 / 4 / 5 kinds of actors
            case "aktor" -> b.aktor(new int[] {3, 4, 5}[l]);
            // 23: no SK / SK Kepala PD / SK Kepala Daerah
            case "pelaksana" -> b.pelaksana(new Appointment[] {Appointment.NONE, Appointment.SK_KEPALA_PERANGKAT_DAERAH,
                    Appointment.SK_KEPALA_DAERAH}[l]);
            // 24: 1-2 / 3-4 / 5+ perangkat daerah
            case "jejaring" -> b.jejaring(new int[] {1, 3, 5}[l]);
            // 25: activity photo / social media / independent news media
            case "sosialisasi" -> b.sosialisasi(new DisseminationChannel[] {DisseminationChannel.ACTIVITY_PHOTO,
                    DisseminationChannel.SOCIAL_MEDIA, DisseminationChannel.INDEPENDENT_NEWS_MEDIA}[l]);
            // 26: printed / e-book / online book
            case "pedoman" -> b.pedoman(new GuideForm[] {GuideForm.PRINTED, GuideForm.ELECTRONIC_BOOK,
                    GuideForm.ONLINE_BOOK}[l]);
            // 27: V2023 the highest channel, VMID the number of groups:
            //     manual (L1 / 1 group), manual + e-mail (L2 / 2 groups), manual + hotline + online app (L3 / 3 groups)
            case "informasi" -> b.informasi(new InformationMethod[][] {
                    {InformationMethod.MANUAL},
                    {InformationMethod.MANUAL, InformationMethod.EMAIL},
                    {InformationMethod.MANUAL, InformationMethod.HOTLINE, InformationMethod.ONLINE_APPLICATION}}[l]);
            // 29: 20% / 60% / 90% of 10 complaints resolved (V2023 <= 40 / 40.01-70.99 / >= 71; VMID <= 50 / 51-85 / >= 86)
            case "pengaduan" -> b.pengaduan(10, new int[] {2, 6, 9}[l]);
            default -> throw new IllegalArgumentException(key);
        };
    }

    /**
     * Fills indicators, heaviest first, so that the innovation scores exactly {@code points} (0..111)
     * under V2023 and VMID in {@code year}: each indicator takes the highest level (0..3) that does
     * not overshoot what remains; the eight weight-1 indicators (capacity 24) absorb any remainder.
     */
    public static InnovationBuilder scoring(InnovationBuilder b, int points, int year) {
        if (points < 0 || points > 111) {
            throw new IllegalArgumentException("points " + points);
        }
        int remaining = points;
        for (Map.Entry<String, Integer> e : WEIGHTS.entrySet()) {
            int level = Math.min(3, remaining / e.getValue());
            if (level > 0) {
                fill(b, e.getKey(), level, year);
                remaining -= level * e.getValue();
            }
        }
        if (remaining != 0) {
            throw new IllegalStateException("cannot reach " + points);
        }
        return b;
    }

    /**
     * A submission for {@code year} (2023, 2024 or 2025) with {@code n} counting innovations (stage
     * PENERAPAN, applied 1 July of Y-1) whose SID points add up to {@code sidSum}, spread as evenly as
     * possible. When {@code basicServicesMet}, the first two have PENDIDIKAN and KESEHATAN as main
     * urusan (2 of 6: met, A7), the others LAINNYA; otherwise all are LAINNYA (0 of 6: SJI = 0).
     */
    public static Submission withInnovations(int year, SpdFacts spd, int n, int sidSum, boolean basicServicesMet) {
        SubmissionBuilder s = SubmissionBuilder.submission(year).spd(spd);
        int q = sidSum / n;
        int r = sidSum % n;
        for (int k = 0; k < n; k++) {
            Urusan urusan = !basicServicesMet ? Urusan.LAINNYA
                    : k == 0 ? Urusan.PENDIDIKAN : k == 1 ? Urusan.KESEHATAN : Urusan.LAINNYA;
            s.innovation(scoring(innovation(String.format("I%03d", k), year).mainUrusan(urusan), k < r ? q + 1 : q, year));
        }
        return s.build();
    }

    /**
     * The smallest innovation that counts under V2026 (2026 and 2027): the five mandatory indicators
     * (A15) at level 1 and nothing else; applied 1 July of {@code year - 1}, 500-word rancang bangun.
     * Points: 16 SK Kepala Daerah 3×1 + 17 1 staff 2×1 + 32 9 months 2×1 + 33 200 persons (1–200) 3×1
     * + 35 one element 4×1 = 14. None of these facts carries a calendar year.
     */
    public static InnovationBuilder minimalV2026(String id, int year) {
        return innovation(id, year)
                .regulasi(RegulationType.SK_KEPALA_DAERAH)
                .sdm(1)
                .kecepatan(9)
                .kemanfaatan(BenefitBasis.BENEFICIARIES, "200")
                .video(120, VideoElement.LATAR_BELAKANG);
    }
}
