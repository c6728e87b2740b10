package org.iidrules.rules.y2022;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iidrules.rules.support.InnovationBuilder.innovation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import org.iidrules.EvaluationOptions;
import org.iidrules.Language;
import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.explain.Explanation;
import org.iidrules.explain.Formula;
import org.iidrules.explain.InnovationExplanation;
import org.iidrules.explain.NextStep;
import org.iidrules.explain.Point;
import org.iidrules.explain.RuleRef;
import org.iidrules.json.IidJson;
import org.iidrules.model.SidFacts.RegulationType;
import org.iidrules.model.Submission;
import org.iidrules.model.Urusan;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The explanation of Kota Uji 2022, the region {@link Region2022Test} works out by hand (its class
 * comment has the arithmetic), and of the bundled sample Kalimantan Barat 2022 (hand-worked in
 * iid/2022/cases/full-region-kalbar.yaml). Rule lines are those of catalogues/sid-v2023.drl,
 * catalogues/spd-s2026.drl and common/eligibility.drl; weights those of catalogues/sid-v2023.yaml.
 */
class Explanation2022Test {

    private static final RuleSet RULES = RuleSets.builtIn().forYear(2022);
    private static Explanation kota;

    @BeforeAll
    static void explain() {
        kota = Explanation.of(Region2022Test.kotaUji(), RULES);
    }

    // ---- points ------------------------------------------------------------------------------

    @Test
    void aPointNamesItsRuleWeightLevelSourceAndEvidence() {
        // A, 16 regulasi: Peraturan Kepala Daerah -> L3 (sid-v2023.drl line 51); weight 3 (sid-v2023.yaml) x 3 = 9
        Point regulasi = indicator("A", "16");
        assertThat(regulasi.status()).isEqualTo(Point.Status.SCORED);
        assertThat(regulasi.level()).isEqualTo(3);
        assertThat(regulasi.topLevel()).isEqualTo(3);
        assertThat(regulasi.weight()).isEqualByComparingTo("3");
        assertThat(regulasi.points()).isEqualByComparingTo("9");
        assertThat(regulasi.rule().name()).isEqualTo("V2023 16 regulasi L3: Peraturan Kepala Daerah or Peraturan Daerah");
        assertThat(regulasi.rule().file()).isEqualTo("catalogues/sid-v2023.drl");
        assertThat(regulasi.rule().line()).isEqualTo(51);
        assertThat(regulasi.rule().condition()).contains("RegulationType.PERATURAN_KEPALA_DAERAH");
        assertThat(regulasi.rule().source()).isEqualTo("SQL2023");
        // V2023 is used in 2022 under A2 (manifest), so every SID point cites it
        assertThat(regulasi.rule().assumptions()).containsExactly("A2");
        assertThat(regulasi.fact()).isEqualTo("type=PERATURAN_KEPALA_DAERAH");
        assertThat(regulasi.evidence()).extracting(e -> e.reference()).containsExactly("test.pdf");
        assertThat(regulasi.next()).as("at the top level").isNull();
        assertThat(kota.sources()).filteredOn(s -> s.key().equals("SQL2023")).singleElement()
                .satisfies(s -> assertThat(s.text()).startsWith("regional copy of the input application labelled IID 2023"));
    }

    @Test
    void anIndicatorAtLevelOneNamesTheLevelTwoRuleAndWhatItWouldAdd() {
        // A, 18 anggaran: budgeted in 2022 = T-0 only -> L1 (2 x 1 = 2). Level 2 is "budgeted in T-1 or
        // T-2" (line 97); weight 2, so one level more adds 2 x 1 = 2 points.
        Point anggaran = indicator("A", "18");
        assertThat(anggaran.level()).isEqualTo(1);
        assertThat(anggaran.points()).isEqualByComparingTo("2");
        NextStep next = anggaran.next();
        assertThat(next.kind()).isEqualTo(NextStep.Kind.LEVEL);
        assertThat(next.level()).isEqualTo(2);
        assertThat(next.pointsAdded()).isEqualByComparingTo("2");
        assertThat(next.rules()).extracting(RuleRef::name, RuleRef::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("V2023 18 anggaran L2: budgeted in T-1 or T-2", 97));
        assertThat(next.rules().get(0).condition())
                .contains("indicators.anggaran.fundedIn($t0 - 1) || indicators.anggaran.fundedIn($t0 - 2)");

        // B, 17 sdm: 5 staff -> L1; level 2 needs 11 staff (line 70); weight 2 -> +2
        NextStep sdm = indicator("B", "17").next();
        assertThat(sdm.rules()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("V2023 17 sdm L2: 11 staff or more");
            assertThat(r.condition()).isEqualTo("$i : Innovation( indicators.sdm!.staff >= 11 )");
        });
        assertThat(sdm.pointsAdded()).isEqualByComparingTo("2");
    }

    @Test
    void anUnreportedIndicatorNeedsItsLevelOneRule() {
        // A, 20 bimtek is not filled: 0; level 1 needs one training (weight 1 -> +1)
        Point bimtek = indicator("A", "20");
        assertThat(bimtek.status()).isEqualTo(Point.Status.NOT_REPORTED);
        assertThat(bimtek.rule()).isNull();
        assertThat(bimtek.next().level()).isEqualTo(1);
        assertThat(bimtek.next().pointsAdded()).isEqualByComparingTo("1");
    }

    @Test
    void anIndicatorWithoutEvidenceSaysEvidenceIsWhatIsMissing() {
        // C, 17 sdm: 40 staff reaches L3 (line 78) but has no evidence -> 0 (A13); with evidence 2 x 3 = 6
        Point sdm = indicator("C", "17");
        assertThat(sdm.status()).isEqualTo(Point.Status.MISSING_EVIDENCE);
        assertThat(sdm.points()).isEqualByComparingTo("0");
        assertThat(sdm.rule().name()).isEqualTo("V2023 17 sdm L3: more than 30 staff");
        assertThat(sdm.rule().assumptions()).contains("A13");
        assertThat(sdm.evidence()).isEmpty();
        assertThat(sdm.next().kind()).isEqualTo(NextStep.Kind.EVIDENCE);
        assertThat(sdm.next().level()).isEqualTo(3);
        assertThat(sdm.next().pointsAdded()).isEqualByComparingTo("6");
        assertThat(sdm.next().evidenceExpected()).isEqualTo("the SK or assignment letter listing the staff");

        // SPD row 1: in vision and mission -> L3 (spd-s2026.drl line 41), no evidence; with it 1 x 3 = 3
        Point visiMisi = kota.spd().get(0);
        assertThat(visiMisi.number()).isEqualTo("1");
        assertThat(visiMisi.status()).isEqualTo(Point.Status.MISSING_EVIDENCE);
        assertThat(visiMisi.rule().line()).isEqualTo(41);
        assertThat(visiMisi.next().pointsAdded()).isEqualByComparingTo("3");

        assertThat(kota.text(Language.EN)).contains("evidence is what is missing: with \"the SK or assignment letter listing the staff\""
                + " it would score 2 x 3 = 6 points");
    }

    @Test
    void anInnovationThatDoesNotCountGivesItsReasonAndRule() {
        // D is at stage UJI_COBA: common/eligibility.drl line 12, PAPARAN22, A11
        InnovationExplanation d = kota.innovation("D");
        assertThat(d.counts()).isFalse();
        assertThat(d.reason()).contains("its stage is UJI_COBA");
        assertThat(d.excludedBy().name()).isEqualTo("Only innovations at stage Penerapan count");
        assertThat(d.excludedBy().file()).isEqualTo("common/eligibility.drl");
        assertThat(d.excludedBy().line()).isEqualTo(12);
        assertThat(d.excludedBy().condition()).isEqualTo("$i : Innovation( stage != Stage.PENERAPAN )");
        assertThat(d.excludedBy().source()).isEqualTo("PAPARAN22");
        assertThat(d.excludedBy().assumptions()).containsExactly("A11");
        assertThat(kota.text(Language.EN)).contains("[4] D  Innovation D (Sosial): does not count")
                .contains("why: its stage is UJI_COBA")
                .contains("rule \"Only innovations at stage Penerapan count\" at common/eligibility.drl:12 (source PAPARAN22; assumptions A11)");
    }

    @Test
    void aRejectedFactSaysWhy() throws IOException {
        // KB-11's video lasts 420 s > 300 s: the rejection at sid-v2023.drl line 581 scores it 0, and no
        // higher level helps while the video is too long
        Point video = kalbar().innovation("KB-11").indicators().stream().filter(p -> p.number().equals("35")).findFirst().orElseThrow();
        assertThat(video.status()).isEqualTo(Point.Status.REJECTED);
        assertThat(video.points()).isEqualByComparingTo("0");
        assertThat(video.rule().name()).isEqualTo("V2023 35 video: longer than 5 minutes is not valid evidence");
        assertThat(video.rule().line()).isEqualTo(581);
        assertThat(video.note()).contains("420 seconds");
        assertThat(video.next()).isNull();
    }

    // ---- the formula -------------------------------------------------------------------------

    @Test
    void theFormulaHasTheResultsNumbersTheDivisorRuleAndTheBand() {
        // SPD 4.5 + 2 + 1.5 + 4 = 12.00 (the result keeps the scale of its weights); sidSum 81 = 36 + 19 + 26; n = 3; divisor = MAX(10, 3) = 10 (A3); SJI = 0.38 x MIN(3, 200) = 1.14 (A4);
        // total 21.24; IID 8.50, band Kurang Inovatif from 0.01 below 35.00 (A5)
        Formula f = kota.formula();
        assertThat(f.spd()).isEqualByComparingTo("12");
        assertThat(f.sidSum()).isEqualByComparingTo("81");
        assertThat(f.divisor()).isEqualTo(10);
        assertThat(f.sji()).isEqualByComparingTo("1.14");
        assertThat(f.index()).isEqualByComparingTo("8.50");
        assertThat(f.band()).isEqualTo(new Formula.Band("Kurang Inovatif", new BigDecimal("0.01"), new BigDecimal("35.00")));
        assertThat(f.requirement().met()).isTrue();
        assertThat(kota.text(Language.EN))
                .contains("Divisor = MAX(d, n) = MAX(10, 3) = 10: d = 10 is this year's minimum divisor (assumptions A3), and n = 3 is the number of innovations that count")
                .contains("SJI = 0.38 x MIN(n, 200) = 0.38 x 3 = 1.14 (assumptions A4)")
                .contains("Total = SPD + SID average + SJI = 12.00 + 8.1000 + 1.14 = 21.2400")
                .contains("Predicate: 8.50 lies in the band \"Kurang Inovatif\", from 0.01 up to but not including 35.00 (assumptions A5)");
    }

    @Test
    void anUnmetRequirementExplainsWhySjiIsZero() {
        // one counting innovation, main urusan Lainnya: 0 of 6 basic services, 2 needed -> not met, SJI = 0 (A6);
        // met it would have been 0.38 x MIN(1, 200) = 0.38
        Submission one = SubmissionBuilder.submission(2022)
                .innovation(innovation("X", 2022).mainUrusan(Urusan.LAINNYA).regulasi(RegulationType.PERATURAN_DAERAH))
                .build();
        String text = Explanation.of(one, RULES).text(Language.EN);
        assertThat(text).contains("SJI = 0 because the basic-service requirement is not met (assumptions A6); met, it would be"
                        + " 0.38 x MIN(n, 200) = 0.38 x 1 = 0.38")
                .contains("cover 0 of the 6 basic services (none); 2 are needed (source SEED22; assumptions A6): not met, so SJI = 0");
    }

    // ---- the whole ---------------------------------------------------------------------------

    @Test
    void theExplainedPointsAddUpToTheResultsTotals() throws IOException {
        // Kota Uji: SPD 12, SID sum 81 (Region2022Test); Kalimantan Barat: SPD 41.25, SID sum 772 (the case file)
        assertSums(kota, "12", "81");
        assertSums(kalbar(), "41.25", "772");
        assertThat(kota.spd()).hasSize(20);
        assertThat(kota.innovations()).allSatisfy(i -> assertThat(i.indicators()).hasSize(20));
    }

    @Test
    void theIndonesianTextUsesIndonesianSentences() {
        String id = kota.text(Language.ID);
        assertThat(id).startsWith("Penjelasan IID 2022 untuk")
                .contains("Tingkat 3 dari 3, 3 x 3 = 9 poin")
                .contains("Tingkat berikutnya: Tingkat 2 akan menambah 2 x 1 = 2 poin")
                .contains("yang kurang adalah bukti: dengan \"the SK or assignment letter listing the staff\" nilainya menjadi 2 x 3 = 6 poin")
                .contains("tidak dihitung")
                .contains("alasan: its stage is UJI_COBA")
                // quoted as written: rule names and register texts stay in their authors' language
                .contains("aturan \"V2023 17 sdm L2: 11 staff or more\"");
        assertThat(id).doesNotContain("next:", "evidence is what is missing", "does not count", "rule \"", "level 1 of");
    }

    @Test
    void theSameInputGivesByteIdenticalTextAndJson() {
        Explanation again = Explanation.of(Region2022Test.kotaUji(), RULES);
        assertThat(again).isEqualTo(kota);
        for (Language language : Language.values()) {
            assertThat(again.text(language)).isEqualTo(kota.text(language));
        }
        assertThat(IidJson.write(again)).isEqualTo(IidJson.write(kota));
    }

    @Test
    void aResultAloneIsExplainedWithoutEvidence() {
        Explanation fromResult = Explanation.of(RULES.evaluate(Region2022Test.kotaUji()), RULES);
        assertThat(fromResult.innovation("A").indicators().get(0).evidence()).isNull();
        assertThat(fromResult.formula()).isEqualTo(kota.formula());
        assertThat(fromResult.text(Language.EN)).doesNotContain("evidence: ");
    }

    @Test
    void anotherYearsRulesRefuseToExplainTheResult() {
        var result = RULES.evaluate(Region2022Test.kotaUji());
        assertThatThrownBy(() -> Explanation.of(result, RuleSets.builtIn().forYear(2026)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("produced by rule set iid-2022")
                .hasMessageContaining("cannot be explained with iid-2026");
    }

    @Test
    void aScoresOnlyResultIsRefused() {
        // Kota Uji has unreported indicators: without notes they could not be told from unrecognised values
        var scoresOnly = RULES.evaluate(Region2022Test.kotaUji(), EvaluationOptions.SCORES_ONLY);
        assertThatThrownBy(() -> Explanation.of(scoresOnly, RULES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EvaluationOptions.EXPLAINED");
    }

    @Test
    void narrowingKeepsOneInnovationByIdOrPlace() {
        assertThat(kota.narrowedTo("B").innovations()).extracting(InnovationExplanation::id).containsExactly("B");
        assertThat(kota.narrowedTo("3").innovations()).extracting(InnovationExplanation::id).containsExactly("C");
        assertThat(kota.narrowedTo("B").spd()).isEmpty();
        assertThat(kota.narrowedTo("B").text(Language.EN)).contains("Innovation B only").doesNotContain("SPD rows:");
        assertThatThrownBy(() -> kota.narrowedTo("Z"))
                .hasMessage("no innovation 'Z' in this result: give an innovation's id (from A to D) or its place in the submission (1 to 4)");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static void assertSums(Explanation e, String spd, String sidSum) {
        BigDecimal spdPoints = e.spd().stream().map(Point::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sidPoints = e.innovations().stream().filter(InnovationExplanation::counts)
                .flatMap(i -> i.indicators().stream()).map(Point::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(spdPoints).isEqualByComparingTo(spd).isEqualByComparingTo(e.formula().spd());
        assertThat(sidPoints).isEqualByComparingTo(sidSum).isEqualByComparingTo(e.formula().sidSum());
    }

    private static Point indicator(String innovation, String number) {
        List<Point> indicators = kota.innovation(innovation).indicators();
        return indicators.stream().filter(p -> p.number().equals(number)).findFirst().orElseThrow();
    }

    private static Explanation kalbar() throws IOException {
        try (InputStream in = Explanation2022Test.class.getResourceAsStream("/iid/cases/submissions/kalbar-2022.json")) {
            return Explanation.of(IidJson.readSubmission(in), RULES);
        }
    }
}
