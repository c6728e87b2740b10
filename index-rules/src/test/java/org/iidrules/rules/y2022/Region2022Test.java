package org.iidrules.rules.y2022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.time.LocalDate;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.model.SidFacts.*;
import org.iidrules.model.SpdFacts.AuditOpinion;
import org.iidrules.model.SpdFacts.InnovatorAward;
import org.iidrules.model.SpdFacts.SakipGrade;
import org.iidrules.model.Stage;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;
import org.iidrules.result.AssumptionRef;
import org.iidrules.result.Finding;
import org.iidrules.result.Finding.Kind;
import org.iidrules.result.IndicatorResult;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;
import org.iidrules.result.SpdRowResult;
import org.iidrules.rules.support.SpdFactsMaker;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole 2022 region worked out by hand from the specification (README.md formula, sid-indicators.md
 * V2023, spd-indicators.md S2026, the 2022 column of the year matrix).
 *
 * <p>Kota Uji, 2022 (T-0 = 2022, T-1 = 2021, T-2 = 2020). Four SPD rows evidenced, one reported
 * without evidence; four innovations, three counting (n = 3 < d = 10, so the divisor floor applies),
 * one at stage UJI_COBA that does not count.
 *
 * <pre>
 * SPD   row 8  WTP                 -> L3 x 1.5  = 4.5
 *       row 9  SAKIP BB            -> L2 x 1    = 2
 *       row 11b IPM 72.50          -> L2 x 0.75 = 1.5
 *       row 12 certificate+incent. -> L2 x 2    = 4
 *       row 1  vision+mission, no evidence -> 0 (A13)
 *       SPD = 4.5 + 2 + 1.5 + 4 = 12
 * SID   A (Pendidikan) 9+4+2+6+3+12 = 36;  B (Kesehatan) 2+0+3+4+6+4 = 19;  C (Lainnya) 26;  D not counted
 *       sidSum = 36 + 19 + 26 = 81, n = 3, divisor = MAX(10, 3) = 10, sidAverage = 8.1
 *       basic services: Pendidikan, Kesehatan = 2 of 6 >= 2 -> met, SJI = 0.38 x 3 = 1.14
 * TOTAL = 12 + 8.1 + 1.14 = 21.24;  IID = 21.24 / 250 x 100 = 8.496 -> 8.50 (half-up)  -> Kurang Inovatif
 * </pre>
 */
class Region2022Test {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2022);
    private static Result result;

    @BeforeAll
    static void evaluate() {
        result = RULES.evaluate(kotaUji());
    }

    /** The region of the class comment; ExplanationTest explains it. */
    static Submission kotaUji() {
        return SubmissionBuilder.submission(2022)
                .spd(SpdFactsMaker.spd()
                        .auditOpinion(AuditOpinion.WTP)
                        .sakipGrade(SakipGrade.BB)
                        .ipm("72.50")
                        .innovatorAwards(InnovatorAward.CERTIFICATE_AND_INCENTIVE)
                        .visiMisi(true, true).withoutEvidence("visiMisi")
                        .build())
                // [0] A: main urusan Pendidikan (basic service)
                .innovation(innovation("A", 2022).mainUrusan(Urusan.PENDIDIKAN)
                        .regulasi(RegulationType.PERATURAN_KEPALA_DAERAH)
                        .sdm(12)
                        .anggaran(2022)
                        .alatKerja(WorkTool.ONLINE_INFORMATION_SYSTEM)
                        .pengaduan(10, 8)
                        .video(240, VideoElement.values()))
                // [1] B: main urusan Kesehatan (basic service)
                .innovation(innovation("B", 2022).mainUrusan(Urusan.KESEHATAN)
                        .sdm(5)
                        .alatKerja(WorkTool.ARTIFICIAL_INTELLIGENCE)
                        .replikasi("6101")
                        .kecepatan(6)
                        .kemanfaatan(BenefitBasis.BENEFICIARIES, "150")
                        .monev(MonitoringKind.SATISFACTION_SURVEY))
                // [2] C: main urusan Lainnya (not a basic service)
                .innovation(innovation("C", 2022).mainUrusan(Urusan.LAINNYA)
                        .bimtek(LocalDate.of(2021, 5, 10), LocalDate.of(2022, 2, 14))
                        .rkpd(2020, 2021)
                        .aktor(4)
                        .pelaksana(Appointment.SK_KEPALA_PERANGKAT_DAERAH)
                        .jejaring(5)
                        .sosialisasi(DisseminationChannel.SOCIAL_MEDIA)
                        .pedoman(GuideForm.ELECTRONIC_BOOK)
                        .informasi(InformationMethod.MANUAL)
                        .proses(3)
                        .layanan(OnlinePresence.WEB_APPLICATION, null)
                        .sdm(40).withoutEvidence("sdm"))
                // [3] D: main urusan Sosial, but only at stage Uji Coba: not counted (A11)
                .innovation(innovation("D", 2022).mainUrusan(Urusan.SOSIAL).stage(Stage.UJI_COBA)
                        .sdm(40))
                .build();
    }

    // ---- SPD -------------------------------------------------------------------------------

    @Test
    void spdRows() {
        // 8 Opini BPK WTP -> L3; weight 1.5 x 3 = 4.5
        assertRow("8", 3, "1.5", "4.5");
        // 9 SAKIP BB -> L2 (B or BB); weight 1 x 2 = 2
        assertRow("9", 2, "1", "2");
        // 11b IPM 72.50 -> L2 (70.00 ... 79.99); weight 0.75 x 2 = 1.5
        assertRow("11b", 2, "0.75", "1.5");
        // 12 certificate + reward or incentive -> L2; weight 2 x 2 = 4
        assertRow("12", 2, "2", "4");
        // every other row but 1 is not reported: 0
        for (String row : new String[] {"2a", "2b", "3", "4", "5a", "5b", "6", "7", "10a", "10b", "11a", "13a", "13b", "14", "15"}) {
            assertRow(row, 0, null, "0");
        }
        assertThat(result.spd()).hasSize(20);
        assertThat(result.spdRow("8").by().source()).isEqualTo("SIMONDA-IGA");
    }

    @Test
    void spdRowWithoutEvidenceScoresZero() {
        // 1 visi misi: innovation in both vision and mission would be L3 (1 x 3 = 3), but it has no
        // evidence: 0 (A13), with a MISSING_EVIDENCE finding on $.spd.visiMisi.evidence
        SpdRowResult row = result.spdRow("1");
        assertThat(row.level()).isZero();
        assertThat(row.points()).isEqualByComparingTo("0");
        assertThat(row.note()).contains("A13");
        assertThat(result.findings()).filteredOn(f -> f.kind() == Kind.MISSING_EVIDENCE)
                .extracting(Finding::path).contains("$.spd.visiMisi.evidence");
    }

    // ---- innovations -----------------------------------------------------------------------

    @Test
    void innovationA() {
        InnovationResult a = result.innovation("A");
        assertThat(a.counts()).isTrue();
        // 16 regulasi: Peraturan Kepala Daerah -> L3; weight 3 x 3 = 9
        assertIndicator(a, "16", 3, "3", "9");
        // 17 sdm: 12 staff -> L2 (11-30); weight 2 x 2 = 4
        assertIndicator(a, "17", 2, "2", "4");
        // 18 anggaran: budgeted in 2022 = T-0 only -> L1; weight 2 x 1 = 2
        assertIndicator(a, "18", 1, "2", "2");
        // 19 alat kerja: online information system -> L3; weight 2 x 3 = 6
        assertIndicator(a, "19", 3, "2", "6");
        // 29 pengaduan: 8 of 10 = 80.00% >= 71.00 -> L3; weight 1 x 3 = 3
        assertIndicator(a, "29", 3, "1", "3");
        // 35 video: 240 s <= 300 s, all 5 elements -> L3; weight 4 x 3 = 12
        assertIndicator(a, "35", 3, "4", "12");
        // not filled: 0
        for (String no : new String[] {"20", "21", "22", "23", "24", "25", "26", "27", "28", "30", "31", "32", "33", "34"}) {
            assertIndicator(a, no, 0, null, "0");
        }
        // A = 9 + 4 + 2 + 6 + 3 + 12 = 36
        assertThat(a.points()).isEqualByComparingTo("36");
        assertThat(a.indicators()).hasSize(20);
        assertThat(a.mainUrusan()).isEqualTo("Pendidikan");
    }

    @Test
    void innovationB() {
        InnovationResult b = result.innovation("B");
        assertThat(b.counts()).isTrue();
        // 17 sdm: 5 staff -> L1 (1-10); weight 2 x 1 = 2
        assertIndicator(b, "17", 1, "2", "2");
        // 19 alat kerja: AI is not listed in V2023 -> 0, UNRECOGNISED_VALUE
        assertIndicator(b, "19", 0, "2", "0");
        assertThat(b.indicator("alatKerja").note()).isNotBlank();
        // 31 replikasi: 1 replication -> L1; weight 3 x 1 = 3
        assertIndicator(b, "31", 1, "3", "3");
        // 32 kecepatan: 6 months -> L2 (5-8 months); weight 2 x 2 = 4
        assertIndicator(b, "32", 2, "2", "4");
        // 33 kemanfaatan: 150 beneficiaries -> L2 (101-200); weight 3 x 2 = 6
        assertIndicator(b, "33", 2, "3", "6");
        // 34 monev: public satisfaction survey (SKM) -> L2; weight 2 x 2 = 4
        assertIndicator(b, "34", 2, "2", "4");
        // B = 2 + 0 + 3 + 4 + 6 + 4 = 19
        assertThat(b.points()).isEqualByComparingTo("19");
    }

    @Test
    void innovationC() {
        InnovationResult c = result.innovation("C");
        assertThat(c.counts()).isTrue();
        // 17 sdm: 40 staff would be L3, but no evidence -> 0 (A13)
        assertIndicator(c, "17", 0, "2", "0");
        assertThat(c.indicator("sdm").note()).contains("A13");
        // 20 bimtek: trainings 2021-05-10 (T-1) and 2022-02-14 (T-0) = 2 -> L2; weight 1 x 2 = 2
        assertIndicator(c, "20", 2, "1", "2");
        // 21 rkpd: RKPD of 2020 (T-2) and 2021 (T-1) -> L2; weight 2 x 2 = 4
        assertIndicator(c, "21", 2, "2", "4");
        // 22 aktor: 4 kinds -> L2; weight 1 x 2 = 2
        assertIndicator(c, "22", 2, "1", "2");
        // 23 pelaksana: SK Kepala PD -> L2; weight 1 x 2 = 2
        assertIndicator(c, "23", 2, "1", "2");
        // 24 jejaring: 5 PD -> L3 (5 or more); weight 1 x 3 = 3
        assertIndicator(c, "24", 3, "1", "3");
        // 25 sosialisasi: social media -> L2; weight 1 x 2 = 2
        assertIndicator(c, "25", 2, "1", "2");
        // 26 pedoman: electronic book -> L2; weight 1 x 2 = 2
        assertIndicator(c, "26", 2, "1", "2");
        // 27 informasi: face to face (manual) -> L1; weight 1 x 1 = 1
        assertIndicator(c, "27", 1, "1", "1");
        // 28 proses: 3 days -> L2 (2-5 days); weight 2 x 2 = 4
        assertIndicator(c, "28", 2, "2", "4");
        // 30 online sistem: web application -> L2; weight 2 x 2 = 4
        assertIndicator(c, "30", 2, "2", "4");
        // C = 0 + 2 + 4 + 2 + 2 + 3 + 2 + 2 + 1 + 4 + 4 = 26
        assertThat(c.points()).isEqualByComparingTo("26");
    }

    @Test
    void innovationDAtUjiCobaDoesNotCount() {
        InnovationResult d = result.innovation("D");
        assertThat(d.counts()).isFalse();
        assertThat(d.reason()).contains("UJI_COBA");
        assertThat(d.excludedBy().assumptions()).contains("A11");
    }

    // ---- requirement and formula -----------------------------------------------------------

    @Test
    void basicServiceRequirement() {
        // A covers Pendidikan, B covers Kesehatan; D's Sosial does not count (D is not counted);
        // C's Lainnya is no basic service: 2 of 6 covered, 2 needed -> met
        assertThat(result.requirement().covered()).containsExactly("Pendidikan", "Kesehatan");
        assertThat(result.requirement().coveredCount()).isEqualTo(2);
        assertThat(result.requirement().needed()).isEqualTo(2);
        assertThat(result.requirement().met()).isTrue();
    }

    @Test
    void totals() {
        var t = result.totals();
        // SPD = 4.5 + 2 + 1.5 + 4 = 12
        assertThat(t.spd()).isEqualByComparingTo("12");
        // sidSum = A 36 + B 19 + C 26 = 81 (D not counted)
        assertThat(t.sidSum()).isEqualByComparingTo("81");
        // n = 3 (A, B, C)
        assertThat(t.n()).isEqualTo(3);
        // d = 10 in 2022 (A3); divisor = MAX(10, 3) = 10
        assertThat(t.minimumDivisor()).isEqualTo(10);
        assertThat(t.divisor()).isEqualTo(10);
        // 81 / 10 = 8.1
        assertThat(t.sidAverage()).isEqualByComparingTo("8.1");
        // requirement met: SJI = 0.38 x MIN(3, 200) = 1.14
        assertThat(t.sji()).isEqualByComparingTo("1.14");
        // SID = 8.1 + 1.14 = 9.24
        assertThat(t.sid()).isEqualByComparingTo("9.24");
        // TOTAL = 12 + 9.24 = 21.24
        assertThat(t.total()).isEqualByComparingTo("21.24");
        // maxima: SPD 21 x 3 = 63; SID per innovation 37 x 3 = 111; SJI 0.38 x 200 = 76; 63 + 111 + 76 = 250
        assertThat(t.maximum().spd()).isEqualByComparingTo("63");
        assertThat(t.maximum().sidPerInnovation()).isEqualByComparingTo("111");
        assertThat(t.maximum().sji()).isEqualByComparingTo("76");
        assertThat(t.maximum().total()).isEqualByComparingTo("250");
    }

    @Test
    void indexAndPredicate() {
        // IID = 21.24 / 250 x 100 = 8.496 -> half-up to 2 decimals = 8.50
        assertThat(result.index()).isEqualByComparingTo("8.50");
        assertThat(result.index().scale()).isEqualTo(2);
        // 0.01 <= 8.50 < 35.00 -> Kurang Inovatif
        assertThat(result.predicate()).isEqualTo("Kurang Inovatif");
        assertThat(result.assessmentYear()).isEqualTo(2022);
        assertThat(result.region().kind()).isEqualTo("KOTA");
    }

    @Test
    void findings() {
        // exactly: row 1 without evidence, B's AI tool, C's sdm without evidence, D not counted
        assertThat(result.findings()).extracting(Finding::kind, Finding::path).containsExactlyInAnyOrder(
                tuple(Kind.MISSING_EVIDENCE, "$.spd.visiMisi.evidence"),
                tuple(Kind.UNRECOGNISED_VALUE, "$.innovations[1].indicators.alatKerja"),
                tuple(Kind.MISSING_EVIDENCE, "$.innovations[2].indicators.sdm.evidence"),
                tuple(Kind.NOT_COUNTED, "$.innovations[3]"));
    }

    // ---- the rule set ----------------------------------------------------------------------

    @Test
    void ruleSetAndAssumptions() {
        assertThat(result.ruleSet().id()).isEqualTo("iid-2022");
        assertThat(result.ruleSet().year()).isEqualTo(2022);
        assertThat(result.ruleSet().digest()).matches("[0-9a-f]{64}");
        assertThat(result.ruleSet().digest()).isEqualTo(RULES.digest());
        assertThat(RULES.id()).isEqualTo("iid-2022");
        assertThat(RULES.year()).isEqualTo(2022);
        assertThat(result.assumptions()).extracting(AssumptionRef::id).contains("A2", "A3", "A4", "A5", "A6");
        assertThat(result.assumptions()).allSatisfy(a -> assertThat(a.text()).isNotBlank());
    }

    @Test
    void scoredIndicatorsCiteTheV2023Source() {
        assertThat(result.innovation("A").indicator("regulasi").by().source()).isEqualTo("SQL2023");
        assertThat(result.innovation("C").indicator("proses").by().source()).isEqualTo("SQL2023");
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static void assertRow(String no, int level, String weight, String points) {
        SpdRowResult row = result.spdRow(no);
        assertThat(row.level()).as("SPD row %s level", no).isEqualTo(level);
        if (weight != null) {
            assertThat(row.weight()).as("SPD row %s weight", no).isEqualByComparingTo(weight);
        }
        assertThat(row.points()).as("SPD row %s points", no).isEqualByComparingTo(points);
    }

    private static void assertIndicator(InnovationResult i, String no, int level, String weight, String points) {
        IndicatorResult r = i.indicator(no);
        assertThat(r.level()).as("%s indicator %s level", i.id(), no).isEqualTo(level);
        if (weight != null) {
            assertThat(r.weight()).as("%s indicator %s weight", i.id(), no).isEqualByComparingTo(weight);
        }
        assertThat(r.points()).as("%s indicator %s points", i.id(), no).isEqualByComparingTo(points);
        if (level > 0) {
            assertThat(r.by().source()).isEqualTo("SQL2023");
        }
    }
}
