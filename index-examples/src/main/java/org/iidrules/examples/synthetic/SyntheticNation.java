package org.iidrules.examples.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.iidrules.model.Bentuk;
import org.iidrules.model.Cluster;
import org.iidrules.model.Evidence;
import org.iidrules.model.EvidenceKind;
import org.iidrules.model.Initiator;
import org.iidrules.model.Innovation;
import org.iidrules.model.Jenis;
import org.iidrules.model.Region;
import org.iidrules.model.RegionKind;
import org.iidrules.model.SidFacts;
import org.iidrules.model.SidFacts.*;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.SpdFacts.*;
import org.iidrules.model.Stage;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;

/**
 * A deterministic synthetic nation: {@code regions} pemda with {@code innovations} innovations each,
 * every fact drawn from a seeded generator. Region {@code k} depends only on the seed, the year, the
 * number of innovations and {@code k}, so one region can be made without the others and a nation can be
 * streamed without holding it all.
 *
 * <p>The facts are realistic and varied: each region has a quality that pulls its facts up or down;
 * values fall on and beside the printed band edges, measured values carry a third decimal (A10
 * rounding), and a share of the data is the kind a ministry run meets: indicators not filled, facts
 * without evidence, values a catalogue does not recognise (a plain SK Kepala PD, a VMID-only benefit
 * basis, one perangkat daerah), videos over five minutes, innovations at Inisiatif or Uji Coba, applied
 * outside the window or with a short rancang bangun, and regions that miss the basic-service requirement.
 * Every submission passes the validator.
 */
public final class SyntheticNation {

    /** The seed of the benchmarks and the command line unless another is given. */
    public static final long DEFAULT_SEED = 2026_0429L;
    /** About the number of pemda the ministry scores (38 provinsi, 415 kabupaten, 93 kota, and a few more). */
    public static final int DEFAULT_REGIONS = 550;
    /** The most innovations a pemda typically reports. */
    public static final int DEFAULT_INNOVATIONS = 70;
    public static final int DEFAULT_YEAR = 2026;

    private static final int PROVINSI = 38;
    private static final int KABUPATEN = 415;

    private final long seed;
    private final int regions;
    private final int innovations;
    private final int year;

    public SyntheticNation(long seed, int regions, int innovationsPerRegion, int year) {
        if (regions < 1 || innovationsPerRegion < 0) {
            throw new IllegalArgumentException("a nation needs at least one region and no negative count of innovations");
        }
        this.seed = seed;
        this.regions = regions;
        this.innovations = innovationsPerRegion;
        this.year = year;
    }

    /** 550 regions × 70 innovations for 2026, with the default seed. */
    public static SyntheticNation standard() {
        return new SyntheticNation(DEFAULT_SEED, DEFAULT_REGIONS, DEFAULT_INNOVATIONS, DEFAULT_YEAR);
    }

    public int regions() {
        return regions;
    }

    public int innovationsPerRegion() {
        return innovations;
    }

    public int year() {
        return year;
    }

    public long seed() {
        return seed;
    }

    /** Every region, in order. */
    public List<Submission> all() {
        return stream().toList();
    }

    /** Every region, in order, made one at a time. */
    public Stream<Submission> stream() {
        return IntStream.range(0, regions).mapToObj(this::region);
    }

    /** Region {@code k} (0-based). */
    public Submission region(int k) {
        if (k < 0 || k >= regions) {
            throw new IndexOutOfBoundsException("region " + k + " of " + regions);
        }
        return new RegionMaker(k).make();
    }

    /** Draws one region; a new instance per region. */
    private final class RegionMaker {
        private final int k;
        private final SplittableRandom random;
        /** 0 (weak) .. 1 (strong): pulls every fact of the region. */
        private final double quality;
        private final String code;
        private final List<List<Evidence>> evidencePool;

        RegionMaker(int k) {
            this.k = k;
            this.random = new SplittableRandom(mix(seed, k));
            // Skewed towards the stronger end: most pemda are Inovatif, a few Sangat Inovatif, some Kurang.
            this.quality = Math.sqrt(random.nextDouble());
            this.code = String.format("%04d", 1100 + k);
            this.evidencePool = evidencePool();
        }

        Submission make() {
            RegionKind kind = k < PROVINSI ? RegionKind.PROVINSI : k < PROVINSI + KABUPATEN ? RegionKind.KABUPATEN : RegionKind.KOTA;
            String name = switch (kind) {
                case PROVINSI -> "Provinsi Sintetis " + (k + 1);
                case KABUPATEN -> "Kabupaten Sintetis " + (k + 1);
                case KOTA -> "Kota Sintetis " + (k + 1);
            };
            Set<Cluster> clusters = EnumSet.noneOf(Cluster.class);
            for (Cluster c : Cluster.values()) {
                if (chance(0.12)) {
                    clusters.add(c);
                }
            }
            List<Innovation> list = new ArrayList<>(innovations);
            // A region that reports few basic services: its innovations lean away from them.
            double basicShare = chance(0.25) ? 0.15 : 0.55;
            for (int j = 0; j < innovations; j++) {
                list.add(innovation(j, basicShare));
            }
            return new Submission(year, new Region(code, name, kind, clusters), spd(), list);
        }

        // ---- SPD ------------------------------------------------------------------------------

        private SpdFacts spd() {
            return new SpdFacts(
                    filled(0.95) ? new VisiMisi(chance(0.3 + 0.6 * quality), chance(0.5 + 0.4 * quality), evidence()) : null,
                    filled(0.9) ? new Count(biased(0, 3), evidence()) : null,
                    filled(0.9) ? new Count(biased(0, 4), evidence()) : null,
                    measure(0.95, -80, 40, "-50.33", "-50.32", "8.16", "8.17", "8.165"),
                    measure(0.95, -3, 9, "2.04", "2.05", "5.23", "5.225"),
                    measure(0.95, -1, 1.2, "0.00", "0.01", "0.36", "0.355"),
                    rate(0.95, 0.5, 12, "2.34", "2.35", "5.91", "5.92", "2.345"),
                    measure(0.95, -70, 150, "-47.43", "-47.42", "94.75", "94.76"),
                    measure(0.95, -20, 50, "-5.15", "-5.14", "33.84", "33.85"),
                    filled(0.95) ? new AuditOpinionFact(pick(AuditOpinion.values(), true), evidence()) : null,
                    filled(0.95) ? new SakipGradeFact(pick(SakipGrade.values(), false), evidence()) : null,
                    measure(0.9, -0.5, 2, "0.07", "0.08", "1.15", "1.16", "0.075"),
                    rate(0.95, 2, 25, "4.81", "4.82", "13.10", "13.11", "4.815"),
                    measure(0.9, 0, 1.5, "0.55", "0.56", "0.90", "0.895"),
                    rate(0.95, 55, 85, "69.99", "70.00", "79.99", "80.00", "69.995"),
                    filled(0.8) ? new InnovatorAwardFact(pick(InnovatorAward.values(), false), evidence()) : null,
                    filled(0.8) ? new Count(biased(0, 12), evidence()) : null,
                    filled(0.8) ? new IkkCategoryFact(pick(IkkCategory.values(), false), evidence()) : null,
                    filled(0.7) ? new RipjStatusFact(pick(RipjStatus.values(), false), evidence()) : null,
                    filled(0.7) ? new HakiSupportFact(pick(HakiSupport.values(), false), evidence()) : null);
        }

        /** A growth or change: mostly a spread value, sometimes one on or beside a band edge. */
        private Measure measure(double filled, double low, double high, String... edges) {
            if (!filled(filled)) {
                return null;
            }
            BigDecimal value = chance(0.15) ? new BigDecimal(edges[random.nextInt(edges.length)])
                    : decimal(low + (high - low) * pull(), chance(0.3) ? 3 : 2);
            return new Measure(value, evidence());
        }

        /** A rate in percent (0..100), where lower is better unless it is the IPM. */
        private Measure rate(double filled, double low, double high, String... edges) {
            Measure m = measure(filled, low, high, edges);
            if (m == null || m.value().signum() >= 0) {
                return m;
            }
            return new Measure(m.value().negate(), m.evidence());
        }

        // ---- innovations ----------------------------------------------------------------------

        private Innovation innovation(int j, double basicShare) {
            double roll = random.nextDouble();
            Stage stage = roll < 0.9 ? Stage.PENERAPAN : roll < 0.96 ? Stage.UJI_COBA : Stage.INISIATIF;
            Urusan main = chance(basicShare) ? BASIC[random.nextInt(BASIC.length)] : OTHER[random.nextInt(OTHER.length)];
            Set<Urusan> other = EnumSet.noneOf(Urusan.class);
            int others = random.nextInt(3);
            for (int o = 0; o < others; o++) {
                other.add(Urusan.values()[random.nextInt(Urusan.values().length)]);
            }
            other.remove(main);
            // Mostly applied in the window (T-2..T-1); some earlier, some developed again since.
            LocalDate applied = null;
            LocalDate developed = null;
            LocalDate trial = null;
            if (stage == Stage.PENERAPAN || chance(0.3)) {
                int appliedYear = chance(0.88) ? year - 2 + random.nextInt(2) : year - 6 + random.nextInt(4);
                applied = date(appliedYear);
                if (appliedYear < year - 2 && chance(0.4)) {
                    developed = date(year - 2 + random.nextInt(2));
                } else if (chance(0.1)) {
                    developed = applied.plusDays(random.nextInt(200));
                    if (developed.getYear() > year) {
                        developed = null;
                    }
                }
                if (chance(0.7)) {
                    trial = applied.minusDays(30 + random.nextInt(300));
                }
            } else if (chance(0.6)) {
                trial = date(year - 1);
            }
            Integer words = chance(0.01) ? null : chance(0.95) ? 300 + random.nextInt(2500) : random.nextInt(300);
            return new Innovation(code + "-" + String.format("%03d", j + 1), "Inovasi " + (j + 1) + " " + main.label(), stage,
                    pick(Initiator.values(), false), pick(Jenis.values(), false), pick(Bentuk.values(), false),
                    main, other, trial, applied, developed, words, sid());
        }

        private SidFacts sid() {
            return new SidFacts(
                    filled(0.97) ? new Regulasi(chance(0.05) ? RegulationType.SK_KEPALA_PERANGKAT_DAERAH
                            : pick(REGULATIONS_2026, false), evidence()) : null,
                    filled(0.98) ? new Sdm(staff(), evidence()) : null,
                    filled(0.85) ? new Anggaran(years(year - 3, year, 0.55), chance(0.8) ? Stage.PENERAPAN : Stage.UJI_COBA, evidence()) : null,
                    filled(0.9) ? new AlatKerja(pick(WorkTool.values(), false), evidence()) : null,
                    filled(0.8) ? new Bimtek(trainings(), evidence()) : null,
                    filled(0.8) ? new Rkpd(years(year - 3, year, 0.5), chance(0.5), evidence()) : null,
                    filled(0.85) ? new Aktor(biased(1, 7), evidence()) : null,
                    filled(0.85) ? new Pelaksana(pick(Appointment.values(), false), evidence()) : null,
                    filled(0.85) ? new Jejaring(biased(1, 7), evidence()) : null,
                    filled(0.85) ? new Sosialisasi(some(DisseminationChannel.values()), evidence()) : null,
                    filled(0.8) ? new Pedoman(pick(GuideForm.values(), false), evidence()) : null,
                    filled(0.85) ? new Informasi(some(InformationMethod.values()), evidence()) : null,
                    filled(0.85) ? new Proses(chance(0.1) ? 0 : biasedDown(0, 14), evidence()) : null,
                    filled(0.8) ? complaints() : null,
                    filled(0.85) ? new Layanan(pick(OnlinePresence.values(), false), chance(0.9) ? pick(Integration.values(), false) : null, evidence()) : null,
                    filled(0.6) ? replications() : null,
                    filled(0.98) ? new Kecepatan(biasedDown(1, 18), evidence()) : null,
                    filled(0.97) ? benefit() : null,
                    filled(0.8) ? new Monev(pick(MonitoringKind.values(), false), evidence()) : null,
                    filled(0.97) ? video() : null);
        }

        private Integer staff() {
            return chance(0.2) ? new int[] {1, 10, 11, 30, 31}[random.nextInt(5)] : 1 + (int) (60 * pull());
        }

        private Set<Integer> years(int from, int to, double each) {
            Set<Integer> years = new LinkedHashSet<>();
            for (int y = from; y <= to; y++) {
                if (chance(each * (0.6 + 0.8 * quality))) {
                    years.add(y);
                }
            }
            return years;
        }

        private List<LocalDate> trainings() {
            int count = biased(0, 5);
            List<LocalDate> dates = new ArrayList<>(count);
            for (int t = 0; t < count; t++) {
                dates.add(date(year - 4 + random.nextInt(5)));
            }
            return dates;
        }

        private <E extends Enum<E>> Set<E> some(E[] values) {
            Set<E> set = new LinkedHashSet<>();
            int n = 1 + random.nextInt(Math.min(3, values.length));
            for (int i = 0; i < n; i++) {
                set.add(pick(values, false));
            }
            return set;
        }

        private Pengaduan complaints() {
            if (chance(0.15)) {
                return new Pengaduan(0, 0, evidence());
            }
            int received = 1 + random.nextInt(chance(0.5) ? 20 : 400);
            int resolved = chance(0.1) ? received : (int) Math.round(received * Math.min(1, 0.3 + 0.8 * pull()));
            return new Pengaduan(received, Math.min(received, resolved), evidence());
        }

        private Replikasi replications() {
            int n = biased(0, 5);
            List<String> regions = new ArrayList<>(n);
            for (int r = 0; r < n; r++) {
                // Now and then the same region twice: V2026 counts distinct regions.
                regions.add(String.format("%04d", 1100 + random.nextInt(chance(0.2) ? 3 : 600)));
            }
            return new Replikasi(regions, evidence());
        }

        private static final String[] BENEFIT_EDGES = {"1", "200", "201", "500", "501", "5", "20", "20.01", "50", "50.01",
                "0.01", "10", "10.01", "20.005", "9.99", "19.99", "100", "101", "200.004", "2", "3"};

        private Kemanfaatan benefit() {
            // Now and then VMID's "unit increase %", which V2026 does not list.
            BenefitBasis basis = chance(0.04) ? BenefitBasis.UNIT_INCREASE_PERCENT : BASES_2026[random.nextInt(BASES_2026.length)];
            BigDecimal value;
            if (chance(0.2)) {
                value = new BigDecimal(BENEFIT_EDGES[random.nextInt(BENEFIT_EDGES.length)]);
            } else {
                value = switch (basis) {
                    case BENEFICIARIES, PRODUCTS -> BigDecimal.valueOf((long) (1 + 900 * pull()));
                    case POSITIVE_TREND_PERIODS -> BigDecimal.valueOf(random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(4));
                    default -> decimal(2 + 78 * pull(), chance(0.3) ? 3 : 2);
                };
            }
            return new Kemanfaatan(basis, value, evidence());
        }

        private Video video() {
            Set<VideoElement> elements = EnumSet.noneOf(VideoElement.class);
            int n = chance(0.03) ? 0 : biased(1, 5);
            List<VideoElement> all = List.of(VideoElement.values());
            while (elements.size() < n) {
                elements.add(all.get(random.nextInt(all.size())));
            }
            int seconds = chance(0.03) ? 301 + random.nextInt(300) : 60 + random.nextInt(241);
            return new Video(elements, seconds, evidence());
        }

        // ---- helpers --------------------------------------------------------------------------

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        /** Whether a fact is filled; stronger regions fill a little more. */
        private boolean filled(double p) {
            return chance(Math.min(1, p + 0.05 * (quality - 0.5)));
        }

        /** A value in 0..1 pulled towards the region's quality: about 0.4 on average in the weakest, 0.77 in the strongest. */
        private double pull() {
            return Math.pow(random.nextDouble(), 1.6 - 1.3 * quality);
        }

        /** A whole number in min..max, larger in stronger regions. */
        private int biased(int min, int max) {
            return min + (int) Math.min(max - min, Math.floor((max - min + 1) * Math.min(0.999, pull())));
        }

        /** A whole number in min..max, smaller in stronger regions (days, months). */
        private int biasedDown(int min, int max) {
            return max - biased(0, max - min);
        }

        private <E extends Enum<E>> E pick(E[] values, boolean bestFirst) {
            // Stronger regions lean towards the later (usually higher) values, or the first when bestFirst.
            int i = Math.min(values.length - 1, (int) (values.length * Math.min(0.999, chance(0.5) ? pull() : random.nextDouble())));
            return values[bestFirst ? values.length - 1 - i : i];
        }

        private LocalDate date(int y) {
            return LocalDate.of(y, 1 + random.nextInt(12), 1 + random.nextInt(28));
        }

        private BigDecimal decimal(double value, int scale) {
            return BigDecimal.valueOf(Math.round(value * Math.pow(10, scale)), scale);
        }

        /** The evidence of one fact: usually one to three pieces, sometimes none (A13). */
        private List<Evidence> evidence() {
            return chance(0.01 + 0.03 * (1 - quality)) ? List.of() : evidencePool.get(random.nextInt(evidencePool.size()));
        }

        private List<List<Evidence>> evidencePool() {
            // Evidence is drawn from a small per-region pool: it keeps a whole nation in memory small,
            // and the rules only ask whether there is any.
            List<List<Evidence>> pool = new ArrayList<>();
            EvidenceKind[] kinds = EvidenceKind.values();
            for (int e = 0; e < 8; e++) {
                int pieces = 1 + e % 3;
                List<Evidence> list = new ArrayList<>(pieces);
                for (int p = 0; p < pieces; p++) {
                    list.add(new Evidence(kinds[(e + p) % kinds.length], "https://sintetis.example/" + code + "/bukti/" + e + "-" + p,
                            p == 0 ? null : LocalDate.of(year - 1, 1 + (e + p) % 12, 1 + e)));
                }
                pool.add(List.copyOf(list));
            }
            return pool;
        }
    }

    private static final RegulationType[] REGULATIONS_2026 = {RegulationType.SK_KEPALA_PERANGKAT_DAERAH_AN_KEPALA_DAERAH,
            RegulationType.SK_KEPALA_DAERAH, RegulationType.PERATURAN_KEPALA_DAERAH, RegulationType.PERATURAN_DAERAH};
    private static final BenefitBasis[] BASES_2026 = java.util.Arrays.stream(BenefitBasis.values())
            .filter(b -> b != BenefitBasis.UNIT_INCREASE_PERCENT).toArray(BenefitBasis[]::new);
    private static final Urusan[] BASIC = java.util.Arrays.stream(Urusan.values()).filter(Urusan::isBasicService).toArray(Urusan[]::new);
    private static final Urusan[] OTHER = java.util.Arrays.stream(Urusan.values()).filter(u -> !u.isBasicService()).toArray(Urusan[]::new);

    private static long mix(long seed, int k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
