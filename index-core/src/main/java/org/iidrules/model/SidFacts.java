package org.iidrules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The raw facts behind the 20 SID indicators (16–35) of one innovation, each with its evidence.
 *
 * <p>These are facts, not levels: "12 staff", "budgeted in 2020 and 2021", "a Peraturan Kepala
 * Daerah". Each year's rule set turns them into levels, so one record can be scored under any
 * catalogue. Every indicator is optional: an absent one scores 0.
 */
public record SidFacts(
        Regulasi regulasi,
        Sdm sdm,
        Anggaran anggaran,
        AlatKerja alatKerja,
        Bimtek bimtek,
        Rkpd rkpd,
        Aktor aktor,
        Pelaksana pelaksana,
        Jejaring jejaring,
        Sosialisasi sosialisasi,
        Pedoman pedoman,
        Informasi informasi,
        Proses proses,
        Pengaduan pengaduan,
        Layanan layanan,
        Replikasi replikasi,
        Kecepatan kecepatan,
        Kemanfaatan kemanfaatan,
        Monev monev,
        Video video) {

    /** No indicator filled. */
    public static final SidFacts NONE = new SidFacts(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    /** The fact behind an indicator key (regulasi, sdm, ...), or null when it is not filled. */
    public Evidenced byKey(String key) {
        return switch (key) {
            case "regulasi" -> regulasi;
            case "sdm" -> sdm;
            case "anggaran" -> anggaran;
            case "alatKerja" -> alatKerja;
            case "bimtek" -> bimtek;
            case "rkpd" -> rkpd;
            case "aktor" -> aktor;
            case "pelaksana" -> pelaksana;
            case "jejaring" -> jejaring;
            case "sosialisasi" -> sosialisasi;
            case "pedoman" -> pedoman;
            case "informasi" -> informasi;
            case "proses" -> proses;
            case "pengaduan" -> pengaduan;
            case "layanan" -> layanan;
            case "replikasi" -> replikasi;
            case "kecepatan" -> kecepatan;
            case "kemanfaatan" -> kemanfaatan;
            case "monev" -> monev;
            case "video" -> video;
            default -> throw new IllegalArgumentException("no SID indicator with key '" + key + "'");
        };
    }

    // ---- 16 regulasi -------------------------------------------------------------------------

    /** The kind of regulation that establishes the innovation. */
    public enum RegulationType {
        SK_KEPALA_PERANGKAT_DAERAH,
        /** An SK signed by the head of a perangkat daerah on behalf of (a.n.) the Kepala Daerah. */
        SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH,
        SK_KEPALA_DAERAH,
        PERATURAN_KEPALA_DAERAH,
        PERATURAN_DAERAH
    }

    public record Regulasi(RegulationType type, List<Evidence> evidence) implements Evidenced {
        public Regulasi { evidence = Facts.list(evidence); }
    }

    // ---- 17 sdm ------------------------------------------------------------------------------

    public record Sdm(Integer staff, List<Evidence> evidence) implements Evidenced {
        public Sdm { evidence = Facts.list(evidence); }
    }

    // ---- 18 anggaran -------------------------------------------------------------------------

    /** Fiscal years in which the innovation had a budget allocation, and (for V2021) the stage funded. */
    public record Anggaran(Set<Integer> years, Stage fundedStage, List<Evidence> evidence) implements Evidenced {
        public Anggaran {
            years = Facts.sorted(years);
            evidence = Facts.list(evidence);
        }

        public boolean fundedIn(int year) {
            return years.contains(year);
        }
    }

    // ---- 19 alat kerja -----------------------------------------------------------------------

    public enum WorkTool { MANUAL, ELECTRONIC_DEVICE, ONLINE_INFORMATION_SYSTEM, ARTIFICIAL_INTELLIGENCE }

    /** The most advanced working tool the innovation uses. */
    public record AlatKerja(WorkTool tool, List<Evidence> evidence) implements Evidenced {
        public AlatKerja { evidence = Facts.list(evidence); }
    }

    // ---- 20 bimtek ---------------------------------------------------------------------------

    /** Dates of technical trainings (bimtek, training, TOT) on the innovation. */
    public record Bimtek(List<LocalDate> trainings, List<Evidence> evidence) implements Evidenced {
        public Bimtek {
            trainings = Facts.list(trainings);
            evidence = Facts.list(evidence);
        }

        /** True when at least {@code times} trainings took place in the calendar years {@code from} to {@code to}. */
        public boolean trainedAtLeast(int times, int from, int to) {
            return trainingsIn(from, to) >= times;
        }

        /** How many trainings took place in the calendar years {@code from} to {@code to}, inclusive. */
        public int trainingsIn(int from, int to) {
            int count = 0;
            for (LocalDate d : trainings) {
                if (d.getYear() >= from && d.getYear() <= to) {
                    count++;
                }
            }
            return count;
        }
    }

    // ---- 21 rkpd -----------------------------------------------------------------------------

    /** Years whose RKPD lists the innovation, and whether the RPJMD does. */
    public record Rkpd(Set<Integer> years, Boolean inRpjmd, List<Evidence> evidence) implements Evidenced {
        public Rkpd {
            years = Facts.sorted(years);
            evidence = Facts.list(evidence);
        }

        public boolean listedIn(int year) {
            return years.contains(year);
        }
    }

    // ---- 22 aktor ----------------------------------------------------------------------------

    /** Number of distinct kinds of actors involved, the implementer included. */
    public record Aktor(Integer kinds, List<Evidence> evidence) implements Evidenced {
        public Aktor { evidence = Facts.list(evidence); }
    }

    // ---- 23 pelaksana ------------------------------------------------------------------------

    public enum Appointment {
        /** A team with no appointment letter at all. */
        NONE,
        /** A Surat Penugasan (assignment letter) of the head of the perangkat daerah, or equivalent. */
        ASSIGNMENT_LETTER_KEPALA_PERANGKAT_DAERAH,
        SK_KEPALA_PERANGKAT_DAERAH,
        SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH,
        SK_KEPALA_DAERAH
    }

    /** How the implementing team is appointed. */
    public record Pelaksana(Appointment appointment, List<Evidence> evidence) implements Evidenced {
        public Pelaksana { evidence = Facts.list(evidence); }
    }

    // ---- 24 jejaring -------------------------------------------------------------------------

    /** Number of perangkat daerah involved. */
    public record Jejaring(Integer perangkatDaerah, List<Evidence> evidence) implements Evidenced {
        public Jejaring { evidence = Facts.list(evidence); }
    }

    // ---- 25 sosialisasi ----------------------------------------------------------------------

    public enum DisseminationChannel {
        /** Photo of an activity with the innovation's banner. */
        ACTIVITY_PHOTO,
        SOCIAL_MEDIA,
        /** News media owned by the pemda. */
        PEMDA_NEWS_MEDIA,
        /** News media not owned by the pemda. */
        INDEPENDENT_NEWS_MEDIA
    }

    public record Sosialisasi(Set<DisseminationChannel> channels, List<Evidence> evidence) implements Evidenced {
        public Sosialisasi {
            channels = Facts.sorted(channels);
            evidence = Facts.list(evidence);
        }

        public boolean uses(DisseminationChannel channel) {
            return channels.contains(channel);
        }
    }

    // ---- 26 pedoman --------------------------------------------------------------------------

    public enum GuideForm { PRINTED, ELECTRONIC_BOOK, ONLINE_BOOK }

    /** The form of the technical guide. */
    public record Pedoman(GuideForm form, List<Evidence> evidence) implements Evidenced {
        public Pedoman { evidence = Facts.list(evidence); }
    }

    // ---- 27 informasi ------------------------------------------------------------------------

    public enum InformationMethod {
        /** Face to face or printed. */
        MANUAL,
        /** Telephone hotline. */
        HOTLINE,
        EMAIL,
        SOCIAL_MEDIA,
        ONLINE_APPLICATION,
        ARTIFICIAL_INTELLIGENCE
    }

    /** Channels through which service information is given. */
    public record Informasi(Set<InformationMethod> methods, List<Evidence> evidence) implements Evidenced {
        public Informasi {
            methods = Facts.sorted(methods);
            evidence = Facts.list(evidence);
        }

        public boolean uses(InformationMethod method) {
            return methods.contains(method);
        }

        /**
         * How many of the four method groups of VMID/V2026 are used: manual; hotline; social media or
         * e-mail; online application or AI.
         */
        public int methodGroups() {
            // A bit per group; the rules ask this once per level, so it allocates nothing.
            int groups = 0;
            for (InformationMethod m : methods) {
                groups |= switch (m) {
                    case MANUAL -> 1;
                    case HOTLINE -> 2;
                    case EMAIL, SOCIAL_MEDIA -> 4;
                    case ONLINE_APPLICATION, ARTIFICIAL_INTELLIGENCE -> 8;
                };
            }
            return Integer.bitCount(groups);
        }
    }

    // ---- 28 proses ---------------------------------------------------------------------------

    /** Calendar days until the user gets the result. */
    public record Proses(Integer days, List<Evidence> evidence) implements Evidenced {
        public Proses { evidence = Facts.list(evidence); }
    }

    // ---- 29 pengaduan ------------------------------------------------------------------------

    /** Complaints received and resolved in the last year. */
    public record Pengaduan(Integer received, Integer resolved, List<Evidence> evidence) implements Evidenced {
        public Pengaduan { evidence = Facts.list(evidence); }

        /**
         * Resolved as a percentage of received, rounded half-up to 2 decimals (A10); null when no
         * complaint was received.
         */
        public BigDecimal resolvedPercent() {
            if (received == null || resolved == null || received == 0) {
                return null;
            }
            return BigDecimal.valueOf(resolved).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(received), 2, RoundingMode.HALF_UP);
        }
    }

    // ---- 30 layanan --------------------------------------------------------------------------

    public enum OnlinePresence { INFORMATION_ON_WEBSITE_OR_SOCIAL_MEDIA, WEB_APPLICATION, WEB_AND_MOBILE_APPLICATION }

    public enum Integration {
        /** Services run separately. */
        SEPARATE,
        /** Integrated in one portal of the organisation unit, or within one urusan. */
        WITHIN_ONE_UNIT,
        /** Integrated with other units, or across more than one urusan. */
        ACROSS_UNITS
    }

    /** The service's online presence (V2021/V2023) and its degree of integration (VMID/V2026). */
    public record Layanan(OnlinePresence presence, Integration integration, List<Evidence> evidence)
            implements Evidenced {
        public Layanan { evidence = Facts.list(evidence); }
    }

    // ---- 31 replikasi ------------------------------------------------------------------------

    /** One entry per replication: the code of the region that replicated the innovation. */
    public record Replikasi(List<String> regions, List<Evidence> evidence) implements Evidenced {
        public Replikasi {
            regions = Facts.list(regions);
            evidence = Facts.list(evidence);
        }

        public int replications() {
            return regions.size();
        }

        public int distinctRegions() {
            // A handful of entries: comparing each with those before it allocates nothing.
            int distinct = 0;
            for (int i = 0; i < regions.size(); i++) {
                String region = regions.get(i);
                boolean seen = false;
                for (int j = 0; j < i && !seen; j++) {
                    seen = java.util.Objects.equals(regions.get(j), region);
                }
                if (!seen) {
                    distinct++;
                }
            }
            return distinct;
        }
    }

    // ---- 32 kecepatan ------------------------------------------------------------------------

    /** Months taken to create the innovation. */
    public record Kecepatan(Integer months, List<Evidence> evidence) implements Evidenced {
        public Kecepatan { evidence = Facts.list(evidence); }
    }

    // ---- 33 kemanfaatan ----------------------------------------------------------------------

    public enum BenefitBasis {
        /** Beneficiaries, in persons. */
        BENEFICIARIES,
        /** Coverage of target units, percent (V2026 (b)). */
        TARGET_COVERAGE_PERCENT,
        /** Increase in units served, percent (VMID). */
        UNIT_INCREASE_PERCENT,
        SPENDING_EFFICIENCY_PERCENT,
        INCOME_INCREASE_PERCENT,
        PRODUCTS,
        /** Periods of positive performance trend. */
        POSITIVE_TREND_PERIODS
    }

    /** One benefit measure: its basis and value. */
    public record Kemanfaatan(BenefitBasis basis, BigDecimal value, List<Evidence> evidence) implements Evidenced {
        public Kemanfaatan { evidence = Facts.list(evidence); }

        /** The value rounded half-up to 2 decimals before it meets a threshold (A10). */
        public BigDecimal measured() {
            return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
        }
    }

    // ---- 34 monev ----------------------------------------------------------------------------

    public enum MonitoringKind { INTERNAL_REPORT, SATISFACTION_SURVEY, EXTERNAL_EVALUATION }

    /** The most advanced kind of monitoring or evaluation. */
    public record Monev(MonitoringKind kind, List<Evidence> evidence) implements Evidenced {
        public Monev { evidence = Facts.list(evidence); }
    }

    // ---- 35 video ----------------------------------------------------------------------------

    public enum VideoElement { LATAR_BELAKANG, PENJARINGAN_IDE, PEMILIHAN_IDE, MANFAAT, DAMPAK }

    /** The substance elements a video shows, and its length. */
    public record Video(Set<VideoElement> elements, Integer durationSeconds, List<Evidence> evidence)
            implements Evidenced {
        public Video {
            elements = Facts.sorted(elements);
            evidence = Facts.list(evidence);
        }

        public int elementCount() {
            return elements.size();
        }
    }
}
