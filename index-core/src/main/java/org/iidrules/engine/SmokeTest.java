package org.iidrules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.iidrules.model.Evidence;
import org.iidrules.model.EvidenceKind;
import org.iidrules.model.Innovation;
import org.iidrules.model.Region;
import org.iidrules.model.RegionKind;
import org.iidrules.model.SidFacts;
import org.iidrules.model.SidFacts.*;
import org.iidrules.model.SpdFacts;
import org.iidrules.model.SpdFacts.*;
import org.iidrules.model.Stage;
import org.iidrules.model.Urusan;
import org.iidrules.model.Submission;

/**
 * A small submission with every fact filled, run once after a rule base is compiled at run time (the
 * classic engine) so that a constraint the compiler let through fails at load time rather than during
 * someone's run.
 */
final class SmokeTest {
    private SmokeTest() {
    }

    static Submission submission(int year) {
        List<Evidence> ev = List.of(new Evidence(EvidenceKind.DOCUMENT, "smoke", null));
        SidFacts sid = new SidFacts(
                new Regulasi(RegulationType.PERATURAN_KEPALA_DAERAH, ev),
                new Sdm(12, ev),
                new Anggaran(Set.of(year - 2, year - 1, year), Stage.PENERAPAN, ev),
                new AlatKerja(WorkTool.ONLINE_INFORMATION_SYSTEM, ev),
                new Bimtek(List.of(LocalDate.of(year - 1, 3, 1)), ev),
                new Rkpd(Set.of(year - 1), true, ev),
                new Aktor(4, ev),
                new Pelaksana(Appointment.SK_KEPALA_DAERAH, ev),
                new Jejaring(3, ev),
                new Sosialisasi(Set.of(DisseminationChannel.SOCIAL_MEDIA), ev),
                new Pedoman(GuideForm.ONLINE_BOOK, ev),
                new Informasi(Set.of(InformationMethod.HOTLINE, InformationMethod.EMAIL), ev),
                new Proses(2, ev),
                new Pengaduan(10, 8, ev),
                new Layanan(OnlinePresence.WEB_APPLICATION, Integration.WITHIN_ONE_UNIT, ev),
                new Replikasi(List.of("6101", "6102"), ev),
                new Kecepatan(6, ev),
                new Kemanfaatan(BenefitBasis.BENEFICIARIES, new BigDecimal("150"), ev),
                new Monev(MonitoringKind.SATISFACTION_SURVEY, ev),
                new Video(Set.of(VideoElement.LATAR_BELAKANG, VideoElement.MANFAAT), 240, ev));
        Measure m = new Measure(new BigDecimal("1.5"), ev);
        SpdFacts spd = new SpdFacts(new VisiMisi(true, true, ev), new Count(2, ev), new Count(3, ev), m, m, m, m, m, m,
                new AuditOpinionFact(AuditOpinion.WTP, ev), new SakipGradeFact(SakipGrade.BB, ev), m, m, m,
                new Measure(new BigDecimal("72.1"), ev), new InnovatorAwardFact(InnovatorAward.CERTIFICATE, ev),
                new Count(5, ev), new IkkCategoryFact(IkkCategory.BAIK, ev), new RipjStatusFact(RipjStatus.AGREED, ev),
                new HakiSupportFact(HakiSupport.SOCIALISATION, ev));
        Innovation innovation = new Innovation("smoke-1", "smoke", Stage.PENERAPAN, null, null, null, Urusan.PENDIDIKAN,
                Set.of(), LocalDate.of(year - 2, 1, 1), LocalDate.of(year - 1, 1, 1), null, 500, sid);
        Innovation early = new Innovation("smoke-2", "smoke", Stage.UJI_COBA, null, null, null, Urusan.KESEHATAN,
                Set.of(), LocalDate.of(year - 1, 1, 1), null, null, 100, SidFacts.NONE);
        return new Submission(year, new Region("0000", "smoke", RegionKind.KOTA, Set.of()), spd, List.of(innovation, early));
    }
}
