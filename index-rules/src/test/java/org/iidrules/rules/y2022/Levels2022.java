package org.iidrules.rules.y2022;

import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iidrules.model.SidFacts.*;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.SubmissionBuilder;

/**
 * Fixtures for the 2022 rule set (T-0 = 2022, T-1 = 2021, T-2 = 2020) built from the V2023 column of
 * sid-indicators.md: for each indicator a fact that clearly reaches level 1, 2 or 3 (no boundary
 * values: the boundaries are CatalogueV2023Test's business), and an innovation that scores an exact
 * number of SID points.
 */
final class Levels2022 {

    static final int YEAR = 2022;

    /**
     * V2023 weights (sid-indicators.md, column "bobot V2023/VMID/V2026"), heaviest first. Sum 37,
     * so an innovation scores at most 37 x 3 = 111.
     */
    static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();

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

    private Levels2022() {
    }

    /** Fills one indicator with a fact that reaches {@code level} (1..3) under V2023 in 2022. */
    static InnovationBuilder fill(InnovationBuilder b, String key, int level) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("level " + level);
        }
        int l = level - 1;
        return switch (key) {
            // 35: elements 1-2 / 3-4 / 5, a 2-minute video
            case "video" -> b.video(120, new VideoElement[][] {
                    {VideoElement.LATAR_BELAKANG},
                    {VideoElement.LATAR_BELAKANG, VideoElement.PENJARINGAN_IDE, VideoElement.PEMILIHAN_IDE},
                    VideoElement.values()}[l]);
            // 16: SK Kepala PD / SK Kepala Daerah / Perda
            case "regulasi" -> b.regulasi(new RegulationType[] {RegulationType.SK_KEPALA_PERANGKAT_DAERAH,
                    RegulationType.SK_KEPALA_DAERAH, RegulationType.PERATURAN_DAERAH}[l]);
            // 31: replicated 1 / 2 / 3 times
            case "replikasi" -> b.replikasi(new String[][] {{"6101"}, {"6101", "6102"}, {"6101", "6102", "6103"}}[l]);
            // 33: beneficiaries 1-100 / 101-200 / >= 201
            case "kemanfaatan" -> b.kemanfaatan(BenefitBasis.BENEFICIARIES, new String[] {"50", "150", "250"}[l]);
            // 17: staff 1-10 / 11-30 / > 30
            case "sdm" -> b.sdm(new int[] {5, 20, 40}[l]);
            // 18: T-0 only / T-1 / T-0, T-1 and T-2
            case "anggaran" -> b.anggaran(new Integer[][] {{2022}, {2021}, {2020, 2021, 2022}}[l]);
            // 19: manual / electronic device / online information system
            case "alatKerja" -> b.alatKerja(new WorkTool[] {WorkTool.MANUAL, WorkTool.ELECTRONIC_DEVICE,
                    WorkTool.ONLINE_INFORMATION_SYSTEM}[l]);
            // 21: RKPD of T-1 / T-1 and T-2 / T-2, T-1 and T-0
            case "rkpd" -> b.rkpd(new Integer[][] {{2021}, {2020, 2021}, {2020, 2021, 2022}}[l]);
            // 28: >= 6 days / 2-5 days / <= 1 day
            case "proses" -> b.proses(new int[] {7, 3, 1}[l]);
            // 30: information on a website / web application / web and mobile
            case "layanan" -> b.layanan(new OnlinePresence[] {OnlinePresence.INFORMATION_ON_WEBSITE_OR_SOCIAL_MEDIA,
                    OnlinePresence.WEB_APPLICATION, OnlinePresence.WEB_AND_MOBILE_APPLICATION}[l], null);
            // 32: >= 9 months / 5-8 / <= 4
            case "kecepatan" -> b.kecepatan(new int[] {10, 6, 3}[l]);
            // 34: internal report / SKM / external evaluation
            case "monev" -> b.monev(new MonitoringKind[] {MonitoringKind.INTERNAL_REPORT,
                    MonitoringKind.SATISFACTION_SURVEY, MonitoringKind.EXTERNAL_EVALUATION}[l]);
            // 20: 1 / 2 / 3 trainings in T-1..T-0
            case "bimtek" -> b.bimtek(new LocalDate[][] {
                    {LocalDate.of(2022, 2, 1)},
                    {LocalDate.of(2021, 2, 1), LocalDate.of(2022, 2, 1)},
                    {LocalDate.of(2021, 2, 1), LocalDate.of(2021, 9, 1), LocalDate.of(2022, 2, 1)}}[l]);
            // 22: 3 / 4 / 5 kinds of actors
            case "aktor" -> b.aktor(new int[] {3, 4, 5}[l]);
            // 23: no SK / SK Kepala PD / SK Kepala Daerah
            case "pelaksana" -> b.pelaksana(new Appointment[] {Appointment.NONE, Appointment.SK_KEPALA_PERANGKAT_DAERAH,
                    Appointment.SK_KEPALA_DAERAH}[l]);
            // 24: 1-2 / 3-4 / 5+ perangkat daerah
            case "jejaring" -> b.jejaring(new int[] {1, 3, 5}[l]);
            // 25: activity photo / social media / news media
            case "sosialisasi" -> b.sosialisasi(new DisseminationChannel[] {DisseminationChannel.ACTIVITY_PHOTO,
                    DisseminationChannel.SOCIAL_MEDIA, DisseminationChannel.INDEPENDENT_NEWS_MEDIA}[l]);
            // 26: printed / e-book / online book
            case "pedoman" -> b.pedoman(new GuideForm[] {GuideForm.PRINTED, GuideForm.ELECTRONIC_BOOK,
                    GuideForm.ONLINE_BOOK}[l]);
            // 27: face to face / e-mail / online application
            case "informasi" -> b.informasi(new InformationMethod[] {InformationMethod.MANUAL, InformationMethod.EMAIL,
                    InformationMethod.ONLINE_APPLICATION}[l]);
            // 29: 20% / 50% / 90% of 10 complaints resolved
            case "pengaduan" -> b.pengaduan(10, new int[] {2, 5, 9}[l]);
            default -> throw new IllegalArgumentException(key);
        };
    }

    /**
     * Fills indicators, heaviest first, so that the innovation scores exactly {@code points} (0..111)
     * under V2023: each indicator takes the highest level (0..3) that does not overshoot what remains.
     * The eight weight-1 indicators (capacity 24) absorb any remainder, so every value is reachable.
     */
    static InnovationBuilder scoring(InnovationBuilder b, int points) {
        if (points < 0 || points > 111) {
            throw new IllegalArgumentException("points " + points);
        }
        int remaining = points;
        for (Map.Entry<String, Integer> e : WEIGHTS.entrySet()) {
            int level = Math.min(3, remaining / e.getValue());
            if (level > 0) {
                fill(b, e.getKey(), level);
                remaining -= level * e.getValue();
            }
        }
        if (remaining != 0) {
            throw new IllegalStateException("cannot reach " + points);
        }
        return b;
    }

    /**
     * A 2022 submission with {@code n} counting innovations (stage PENERAPAN, applied 2021-07-01)
     * whose SID points add up to {@code sidSum}, spread as evenly as possible. When
     * {@code basicServicesMet}, the first two innovations have PENDIDIKAN and KESEHATAN as main urusan
     * (2 of 6: met), all others LAINNYA; otherwise every innovation is LAINNYA (0 of 6: SJI = 0, A6).
     */
    static Submission withInnovations(SpdFacts spd, int n, int sidSum, boolean basicServicesMet) {
        SubmissionBuilder s = SubmissionBuilder.submission(YEAR).spd(spd);
        int q = sidSum / n;
        int r = sidSum % n;
        for (int k = 0; k < n; k++) {
            Urusan urusan = !basicServicesMet ? Urusan.LAINNYA
                    : k == 0 ? Urusan.PENDIDIKAN : k == 1 ? Urusan.KESEHATAN : Urusan.LAINNYA;
            s.innovation(scoring(innovation(String.format("I%03d", k), YEAR).mainUrusan(urusan), k < r ? q + 1 : q));
        }
        return s.build();
    }
}
