package org.iidrules.rules.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.iidrules.RuleSets;
import org.iidrules.methodology.Methodology;
import org.iidrules.methodology.Methodology.Basis;
import org.junit.jupiter.api.Test;

/**
 * A year's methodology as {@code RuleSet.methodology()} describes it. Every expected value is read by hand
 * off 2022/manifest.yaml and 2026/manifest.yaml, the headers of catalogues/*.yaml, common/eligibility.drl,
 * 2026/eligibility.drl and register.yaml.
 */
class MethodologyTest {

    private static final Methodology Y2022 = RuleSets.builtIn().forYear(2022).methodology();
    private static final Methodology Y2026 = RuleSets.builtIn().forYear(2026).methodology();

    @Test
    void catalogues2022AreBorrowedOnAssumptions() {
        assertThat(Y2022.title()).isEqualTo("Indeks Inovasi Daerah 2022");
        // catalogues: spd {file: ../catalogues/spd-s2026.yaml, assumption: A1}, sid {.. sid-v2023.yaml, assumption: A2}
        assertThat(Y2022.spdCatalogue()).isEqualTo(new Methodology.CatalogueUse("S2026",
                "SPD catalogue 2026 (Lampiran II, Surat Kepala BSKDN 400.10.11/1887/BSKDN)", "B", "SIMONDA-IGA",
                new Basis(null, List.of("A1"))));
        assertThat(Y2022.sidCatalogue()).isEqualTo(new Methodology.CatalogueUse("V2023",
                "SID catalogue V2023 (input application \"IID 2023\")", "C", "SQL2023", new Basis(null, List.of("A2"))));
        // 2026 names both catalogues without an assumption.
        assertThat(Y2026.sidCatalogue().id()).isEqualTo("V2026");
        assertThat(Y2026.sidCatalogue().basis().namesNothing()).isTrue();
    }

    @Test
    void formulaAndRequirementCarryTheirBasis() {
        // 2022: minimumDivisor {value: 10, assumption: A3}; sjiPerInnovation {0.38, A4}; sjiInnovationCap {200, A4}
        assertThat(Y2022.formula().minimumDivisor().value()).isEqualTo(10);
        assertThat(Y2022.formula().minimumDivisor().basis()).isEqualTo(new Basis(null, List.of("A3")));
        assertThat(Y2022.formula().sjiPerInnovation().value()).isEqualByComparingTo("0.38");
        assertThat(Y2022.formula().sjiInnovationCap().value()).isEqualTo(200);
        assertThat(Y2022.formula().sjiInnovationCap().basis().assumptions()).containsExactly("A4");
        // basicServicesNeeded {value: 2, source: SEED22}; whenUnmet {value: SJI_ZERO, assumption: A6}
        assertThat(Y2022.requirement().basicServicesNeeded().value()).isEqualTo(2);
        assertThat(Y2022.requirement().basicServicesNeeded().basis()).isEqualTo(new Basis("SEED22", List.of()));
        assertThat(Y2022.requirement().whenUnmet().value()).isEqualTo("SJI_ZERO");
        assertThat(Y2022.requirement().whenUnmet().basis()).isEqualTo(new Basis(null, List.of("A6")));
        // 2026: 12 and 5, both on SIMONDA-IGA
        assertThat(Y2026.formula().minimumDivisor().value()).isEqualTo(12);
        assertThat(Y2026.formula().minimumDivisor().basis()).isEqualTo(new Basis("SIMONDA-IGA", List.of()));
        assertThat(Y2026.requirement().basicServicesNeeded().value()).isEqualTo(5);
    }

    @Test
    void bandsAreListedHighestFirstWithTheirBasis() {
        assertThat(Y2022.predicate().basis()).isEqualTo(new Basis(null, List.of("A5")));
        assertThat(Y2022.predicate().bands()).extracting(b -> b.name(), b -> b.from().toPlainString()).containsExactly(
                tuple("Sangat Inovatif", "60.01"), tuple("Inovatif", "35.00"), tuple("Kurang Inovatif", "0.01"),
                tuple("Tidak Dapat Dinilai", "0.00"));
        assertThat(Y2026.predicate().basis()).isEqualTo(new Basis("SIMONDA-IGA", List.of()));
        assertThat(Y2026.predicate().bands()).extracting(b -> b.from().toPlainString())
                .containsExactly("65.01", "40.01", "0.01", "0.00");
    }

    @Test
    void eligibilityHoldsTheMandatoryListsAndTheRulesThatNameNoIndicator() {
        // 2022 has no eligibility section: empty lists resting on nothing.
        assertThat(Y2022.eligibility().mandatoryIndicators().value()).isEmpty();
        assertThat(Y2022.eligibility().mandatoryIndicators().basis()).isEqualTo(Basis.NONE);
        assertThat(Y2022.eligibility().mandatorySpdRows().value()).isEmpty();
        // common/eligibility.drl: two rules, at lines 12 and 21.
        assertThat(Y2022.eligibility().rules()).extracting(r -> r.rule(), r -> r.file(), r -> r.line(), r -> r.basis())
                .containsExactly(
                        tuple("Only innovations at stage Penerapan count", "common/eligibility.drl", 12,
                                new Basis("PAPARAN22", List.of("A11"))),
                        tuple("Only innovations applied or last developed in T-2..T-1 count", "common/eligibility.drl", 21,
                                new Basis("WALIKOTA22b", List.of("A12"))));
        assertThat(Y2022.eligibility().rules().get(0).condition()).isEqualTo("$i : Innovation( stage != Stage.PENERAPAN )");

        // 2026: mandatoryIndicators {value: ["16", "17", "32", "33", "35"], source: SIMONDA-IGA, assumption: A15}
        assertThat(Y2026.eligibility().mandatoryIndicators().value()).containsExactly("16", "17", "32", "33", "35");
        assertThat(Y2026.eligibility().mandatoryIndicators().basis()).isEqualTo(new Basis("SIMONDA-IGA", List.of("A15")));
        assertThat(Y2026.eligibility().mandatorySpdRows().value())
                .containsExactly("1", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a", "11b");
        // The common two, then 2026/eligibility.drl's one rule at line 10.
        assertThat(Y2026.eligibility().rules()).hasSize(3);
        Methodology.EligibilityRule words = Y2026.eligibility().rules().get(2);
        assertThat(words.rule()).isEqualTo("2026: the rancang bangun has at least 300 words");
        assertThat(words.file()).isEqualTo("2026/eligibility.drl");
        assertThat(words.line()).isEqualTo(10);
        assertThat(words.basis()).isEqualTo(new Basis("SIMONDA-IGA", List.of()));
        assertThat(words.condition()).isEqualTo("$i : Innovation( rancangBangunWords == null || rancangBangunWords < 300 )");
    }

    @Test
    void sourcesAndAssumptionsAreTheManifestsWithTheRegistersTexts() {
        // sources: [SEED22, PPT23, SQL2023, SIMONDA-IGA, PAPARAN22, WALIKOTA22b], in the manifest's order
        assertThat(Y2022.sources()).extracting(Methodology.RegisterEntry::id)
                .containsExactly("SEED22", "PPT23", "SQL2023", "SIMONDA-IGA", "PAPARAN22", "WALIKOTA22b");
        assertThat(Y2022.sources().get(0).text()).startsWith("Balitbang Kalbar press release on the 2022 IID technical guidance");
        assertThat(Y2022.assumptions()).extracting(Methodology.RegisterEntry::id).containsExactly(
                "A1", "A2", "A3", "A4", "A5", "A6", "A10", "A11", "A12", "A13", "A14", "A16", "A18", "A19");
        assertThat(Y2026.assumptions()).extracting(Methodology.RegisterEntry::id)
                .containsExactly("A10", "A11", "A12", "A13", "A14", "A15", "A17", "A19");
        assertThat(Y2026.assumptions().get(5).text()).startsWith("2026 on: an innovation whose mandatory SID indicators");
    }
}
