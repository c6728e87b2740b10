package org.iidrules.rules.y2026;

import static org.iidrules.model.SidFacts.Appointment.ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH;
import static org.iidrules.model.SidFacts.Appointment.NONE;
import static org.iidrules.model.SidFacts.Appointment.SK_KEPALA_DAERAH;
import static org.iidrules.model.SidFacts.BenefitBasis.BENEFICIARIES;
import static org.iidrules.model.SidFacts.DisseminationChannel.ACTIVITY_PHOTO;
import static org.iidrules.model.SidFacts.DisseminationChannel.INDEPENDENT_NEWS_MEDIA;
import static org.iidrules.model.SidFacts.DisseminationChannel.SOCIAL_MEDIA;
import static org.iidrules.model.SidFacts.InformationMethod.HOTLINE;
import static org.iidrules.model.SidFacts.InformationMethod.MANUAL;
import static org.iidrules.model.SidFacts.InformationMethod.ONLINE_APPLICATION;
import static org.iidrules.model.SidFacts.VideoElement.DAMPAK;
import static org.iidrules.model.SidFacts.VideoElement.LATAR_BELAKANG;
import static org.iidrules.model.SidFacts.VideoElement.MANFAAT;
import static org.iidrules.model.SidFacts.VideoElement.PEMILIHAN_IDE;
import static org.iidrules.model.SidFacts.VideoElement.PENJARINGAN_IDE;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iidrules.model.SidFacts.GuideForm;
import org.iidrules.model.SidFacts.InformationMethod;
import org.iidrules.model.SidFacts.Integration;
import org.iidrules.model.SidFacts.MonitoringKind;
import org.iidrules.model.SidFacts.RegulationType;
import org.iidrules.model.SidFacts.VideoElement;
import org.iidrules.model.SidFacts.WorkTool;
import org.iidrules.model.Urusan;
import org.iidrules.rules.support.InnovationBuilder;

/**
 * Innovations for the 2026 rule set (catalogue V2026, T-0 = 2026) described by the level of each
 * indicator rather than by raw facts. Each level is reached by one plain fact of
 * sid-indicators.md (the facts are listed in {@link #set}); {@link CatalogueV2026Test} checks the
 * facts themselves, so the formula tests can think in points.
 *
 * <p>Every innovation is at stage PENERAPAN, applied 1 July 2025 (inside the 2026 window), with a
 * 500-word rancang bangun and evidence on every indicator.
 */
final class V2026Levels {

    private V2026Levels() {
    }

    /** V2026 weights, indicator key → bobot (sid-indicators.md; Σ 37, maximum 111). */
    static final Map<String, Integer> WEIGHTS = weights();

    /** The five mandatory indicators of 2026 (A15): 16 regulasi, 17 sdm, 32 kecepatan, 33 kemanfaatan, 35 video. */
    static final List<String> MANDATORY = List.of("regulasi", "sdm", "kecepatan", "kemanfaatan", "video");

    /**
     * The order in which {@link #scoring} lowers indicators: heaviest first and the eight weight-1
     * indicators last, so that whatever a heavier indicator cannot take, they absorb.
     */
    private static final List<String> LOWERING_ORDER = List.of(
            "video", "regulasi", "replikasi", "kemanfaatan",
            "sdm", "anggaran", "alatKerja", "rkpd", "proses", "layanan", "kecepatan", "monev",
            "bimtek", "aktor", "pelaksana", "jejaring", "sosialisasi", "pedoman", "informasi", "pengaduan");

    private static Map<String, Integer> weights() {
        Map<String, Integer> w = new LinkedHashMap<>();
        w.put("regulasi", 3);
        w.put("sdm", 2);
        w.put("anggaran", 2);
        w.put("alatKerja", 2);
        w.put("bimtek", 1);
        w.put("rkpd", 2);
        w.put("aktor", 1);
        w.put("pelaksana", 1);
        w.put("jejaring", 1);
        w.put("sosialisasi", 1);
        w.put("pedoman", 1);
        w.put("informasi", 1);
        w.put("proses", 2);
        w.put("pengaduan", 1);
        w.put("layanan", 2);
        w.put("replikasi", 3);
        w.put("kecepatan", 2);
        w.put("kemanfaatan", 3);
        w.put("monev", 2);
        w.put("video", 4);
        return Map.copyOf(w);
    }

    /**
     * The smallest innovation that counts in 2026: the five mandatory indicators at level 1, nothing else.
     * Points: 16 regulasi 3×1 + 17 sdm 2×1 + 32 kecepatan 2×1 + 33 kemanfaatan 3×1 + 35 video 4×1 = 14.
     */
    static InnovationBuilder minimal(String id) {
        InnovationBuilder b = InnovationBuilder.innovation(id, 2026);
        for (String key : MANDATORY) {
            set(b, key, 1);
        }
        return b;
    }

    /** An innovation with every one of the 20 indicators at the given levels (0 = not reported). */
    static InnovationBuilder atLevels(String id, Map<String, Integer> levels) {
        InnovationBuilder b = InnovationBuilder.innovation(id, 2026);
        levels.forEach((key, level) -> set(b, key, level));
        return b;
    }

    /** Every indicator at level 3: 37 × 3 = 111 points. */
    static InnovationBuilder maximal(String id) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        WEIGHTS.keySet().forEach(k -> levels.put(k, 3));
        return atLevels(id, levels);
    }

    /**
     * An innovation that counts and scores exactly {@code points} (14 to 111) under V2026: every
     * indicator starts at level 3 (111 points) and is lowered in {@link #LOWERING_ORDER} until the
     * points are reached; a mandatory indicator never goes below level 1, an optional one may be left out.
     */
    static InnovationBuilder scoring(String id, int points, Urusan urusan) {
        if (points < 14 || points > 111) {
            throw new IllegalArgumentException("an innovation that counts in 2026 scores 14 to 111, not " + points);
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        WEIGHTS.keySet().forEach(k -> levels.put(k, 3));
        int deficit = 111 - points;
        for (String key : LOWERING_ORDER) {
            int w = WEIGHTS.get(key);
            int floor = MANDATORY.contains(key) ? 1 : 0;
            int steps = Math.min(levels.get(key) - floor, deficit / w);
            levels.put(key, levels.get(key) - steps);
            deficit -= steps * w;
        }
        if (deficit != 0) {
            throw new IllegalStateException("cannot reach " + points + " points");
        }
        return atLevels(id, levels).mainUrusan(urusan);
    }

    /** Sets one indicator to a fact that reaches exactly {@code level} under V2026 (T-0 = 2026). */
    static InnovationBuilder set(InnovationBuilder b, String key, int level) {
        if (level == 0) {
            return b;
        }
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("level " + level);
        }
        int l = level - 1;
        return switch (key) {
            case "regulasi" -> b.regulasi(List.of(RegulationType.SK_KEPALA_DAERAH, RegulationType.PERATURAN_KEPALA_DAERAH,
                    RegulationType.PERATURAN_DAERAH).get(l));
            case "sdm" -> b.sdm(List.of(1, 11, 31).get(l));
            case "anggaran" -> b.anggaran(List.of(new Integer[] {2025}, new Integer[] {2024, 2025},
                    new Integer[] {2024, 2025, 2026}).get(l));
            case "alatKerja" -> b.alatKerja(List.of(WorkTool.MANUAL, WorkTool.ELECTRONIC_DEVICE,
                    WorkTool.ONLINE_INFORMATION_SYSTEM).get(l));
            case "bimtek" -> b.bimtek(List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1),
                    LocalDate.of(2026, 3, 1)).subList(0, level).toArray(new LocalDate[0]));
            case "rkpd" -> b.rkpd(List.of(new Integer[] {2025}, new Integer[] {2024, 2025},
                    new Integer[] {2024, 2025, 2026}).get(l));
            case "aktor" -> b.aktor(List.of(3, 4, 5).get(l));
            case "pelaksana" -> b.pelaksana(List.of(NONE, ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH, SK_KEPALA_DAERAH).get(l));
            case "jejaring" -> b.jejaring(List.of(2, 3, 5).get(l));
            case "sosialisasi" -> b.sosialisasi(List.of(ACTIVITY_PHOTO, SOCIAL_MEDIA, INDEPENDENT_NEWS_MEDIA).get(l));
            case "pedoman" -> b.pedoman(List.of(GuideForm.PRINTED, GuideForm.ELECTRONIC_BOOK, GuideForm.ONLINE_BOOK).get(l));
            case "informasi" -> b.informasi(List.of(MANUAL, HOTLINE, ONLINE_APPLICATION).subList(0, level)
                    .toArray(new InformationMethod[0]));
            case "proses" -> b.proses(List.of(6, 5, 1).get(l));
            case "pengaduan" -> b.pengaduan(100, List.of(50, 51, 91).get(l));
            case "layanan" -> b.layanan(null, List.of(Integration.SEPARATE, Integration.WITHIN_ONE_UNIT,
                    Integration.ACROSS_UNITS).get(l));
            case "replikasi" -> b.replikasi(List.of("R1", "R2", "R3").subList(0, level).toArray(new String[0]));
            case "kecepatan" -> b.kecepatan(List.of(9, 8, 4).get(l));
            case "kemanfaatan" -> b.kemanfaatan(BENEFICIARIES, List.of("200", "201", "501").get(l));
            case "monev" -> b.monev(List.of(MonitoringKind.INTERNAL_REPORT, MonitoringKind.SATISFACTION_SURVEY,
                    MonitoringKind.EXTERNAL_EVALUATION).get(l));
            case "video" -> b.video(300, List.of(
                    new VideoElement[] {LATAR_BELAKANG},
                    new VideoElement[] {LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE},
                    new VideoElement[] {LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE,
                            MANFAAT, DAMPAK}).get(l));
            default -> throw new IllegalArgumentException("no V2026 indicator '" + key + "'");
        };
    }
}
