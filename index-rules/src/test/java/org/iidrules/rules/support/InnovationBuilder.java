package org.iidrules.rules.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.iidrules.model.Evidence;
import org.iidrules.model.EvidenceKind;
import org.iidrules.model.Innovation;
import org.iidrules.model.SidFacts;
import org.iidrules.model.SidFacts.*;
import org.iidrules.model.Stage;
import org.iidrules.model.Urusan;

/**
 * Builds an innovation for a test, one indicator at a time. Defaults: stage PENERAPAN, main urusan
 * LAINNYA, applied on 1 July of the year before {@code year}, rancang bangun of 500 words, no
 * indicator filled. Every indicator set here carries one piece of evidence unless
 * {@link #withoutEvidence(String)} removes it.
 */
public final class InnovationBuilder {

    public static final List<Evidence> EVIDENCE = List.of(new Evidence(EvidenceKind.DOCUMENT, "test.pdf", null));

    private final String id;
    private String name;
    private Stage stage = Stage.PENERAPAN;
    private Urusan mainUrusan = Urusan.LAINNYA;
    private LocalDate trialDate;
    private LocalDate applicationDate;
    private LocalDate latestDevelopmentDate;
    private Integer rancangBangunWords = 500;
    private final Set<String> withoutEvidence = new HashSet<>();

    private Regulasi regulasi;
    private Sdm sdm;
    private Anggaran anggaran;
    private AlatKerja alatKerja;
    private Bimtek bimtek;
    private Rkpd rkpd;
    private Aktor aktor;
    private Pelaksana pelaksana;
    private Jejaring jejaring;
    private Sosialisasi sosialisasi;
    private Pedoman pedoman;
    private Informasi informasi;
    private Proses proses;
    private Pengaduan pengaduan;
    private Layanan layanan;
    private Replikasi replikasi;
    private Kecepatan kecepatan;
    private Kemanfaatan kemanfaatan;
    private Monev monev;
    private Video video;

    private InnovationBuilder(String id, int year) {
        this.id = id;
        this.name = "Innovation " + id;
        this.applicationDate = LocalDate.of(year - 1, 7, 1);
    }

    /** An innovation assessed in {@code year}: applied on 1 July of {@code year - 1}, inside the window. */
    public static InnovationBuilder innovation(String id, int year) {
        return new InnovationBuilder(id, year);
    }

    public InnovationBuilder name(String value) { name = value; return this; }
    public InnovationBuilder stage(Stage value) { stage = value; return this; }
    public InnovationBuilder mainUrusan(Urusan value) { mainUrusan = value; return this; }
    public InnovationBuilder trialDate(LocalDate value) { trialDate = value; return this; }
    public InnovationBuilder applicationDate(LocalDate value) { applicationDate = value; return this; }
    public InnovationBuilder latestDevelopmentDate(LocalDate value) { latestDevelopmentDate = value; return this; }
    public InnovationBuilder rancangBangunWords(Integer value) { rancangBangunWords = value; return this; }

    public InnovationBuilder regulasi(RegulationType type) { regulasi = new Regulasi(type, EVIDENCE); return this; }
    public InnovationBuilder sdm(int staff) { sdm = new Sdm(staff, EVIDENCE); return this; }
    public InnovationBuilder anggaran(Integer... years) { anggaran = new Anggaran(Set.of(years), null, EVIDENCE); return this; }
    public InnovationBuilder alatKerja(WorkTool tool) { alatKerja = new AlatKerja(tool, EVIDENCE); return this; }
    public InnovationBuilder bimtek(LocalDate... trainings) { bimtek = new Bimtek(Arrays.asList(trainings), EVIDENCE); return this; }
    public InnovationBuilder rkpd(Integer... years) { rkpd = new Rkpd(Set.of(years), null, EVIDENCE); return this; }
    public InnovationBuilder aktor(int kinds) { aktor = new Aktor(kinds, EVIDENCE); return this; }
    public InnovationBuilder pelaksana(Appointment appointment) { pelaksana = new Pelaksana(appointment, EVIDENCE); return this; }
    public InnovationBuilder jejaring(int perangkatDaerah) { jejaring = new Jejaring(perangkatDaerah, EVIDENCE); return this; }
    public InnovationBuilder sosialisasi(DisseminationChannel... channels) { sosialisasi = new Sosialisasi(Set.of(channels), EVIDENCE); return this; }
    public InnovationBuilder pedoman(GuideForm form) { pedoman = new Pedoman(form, EVIDENCE); return this; }
    public InnovationBuilder informasi(InformationMethod... methods) { informasi = new Informasi(Set.of(methods), EVIDENCE); return this; }
    public InnovationBuilder proses(int days) { proses = new Proses(days, EVIDENCE); return this; }
    public InnovationBuilder pengaduan(int received, int resolved) { pengaduan = new Pengaduan(received, resolved, EVIDENCE); return this; }
    public InnovationBuilder layanan(OnlinePresence presence, Integration integration) { layanan = new Layanan(presence, integration, EVIDENCE); return this; }
    public InnovationBuilder replikasi(String... regions) { replikasi = new Replikasi(Arrays.asList(regions), EVIDENCE); return this; }
    public InnovationBuilder kecepatan(int months) { kecepatan = new Kecepatan(months, EVIDENCE); return this; }
    public InnovationBuilder kemanfaatan(BenefitBasis basis, String value) { kemanfaatan = new Kemanfaatan(basis, new BigDecimal(value), EVIDENCE); return this; }
    public InnovationBuilder monev(MonitoringKind kind) { monev = new Monev(kind, EVIDENCE); return this; }
    public InnovationBuilder video(int durationSeconds, VideoElement... elements) { video = new Video(Set.of(elements), durationSeconds, EVIDENCE); return this; }

    /** Drops the evidence of one indicator, by key (e.g. "sdm"). */
    public InnovationBuilder withoutEvidence(String key) { withoutEvidence.add(key); return this; }

    public Innovation build() {
        SidFacts facts = new SidFacts(regulasi, sdm, anggaran, alatKerja, bimtek, rkpd, aktor, pelaksana, jejaring,
                sosialisasi, pedoman, informasi, proses, pengaduan, layanan, replikasi, kecepatan, kemanfaatan, monev, video);
        if (!withoutEvidence.isEmpty()) {
            facts = Evidenceless.strip(facts, withoutEvidence);
        }
        return new Innovation(id, name, stage, null, null, null, mainUrusan, Set.of(), trialDate, applicationDate,
                latestDevelopmentDate, rancangBangunWords, facts);
    }
}
