package org.iidrules.rules.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.iidrules.RuleSets;
import org.iidrules.catalogue.LevelRule;
import org.iidrules.catalogue.Methodology;
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
        // catalogues: spd {file: ../catalogues/spd-s2026.yaml, assumption: A1}, sid {.. sid-v2023.yaml, assumption: A2}
        assertThat(Y2022.spdCatalogue()).isEqualTo(new Methodology.CatalogueUse("S2026",
                "SPD catalogue 2026 (Lampiran II, Surat Kepala BSKDN 400.10.11/1887/BSKDN)", "B", "SIMONDA-IGA", List.of("A1")));
        assertThat(Y2022.sidCatalogue()).isEqualTo(new Methodology.CatalogueUse("V2023",
                "SID catalogue V2023 (input application \"IID 2023\")", "C", "SQL2023", List.of("A2")));
        // 2026 names both catalogues without an assumption.
        assertThat(Y2026.sidCatalogue().id()).isEqualTo("V2026");
        assertThat(Y2026.sidCatalogue().assumptions()).isEmpty();
    }

    @Test
    void formulaAndRequirementCarryWhatTheyRestOn() {
        // 2022: minimumDivisor {value: 10, assumption: A3}; sjiPerInnovation {0.38, A4}; sjiInnovationCap {200, A4}
        assertThat(Y2022.minimumDivisor()).isEqualTo(new Methodology.Parameter<>(10, null, List.of("A3")));
        assertThat(Y2022.sjiPerInnovation().value()).isEqualByComparingTo("0.38");
        assertThat(Y2022.sjiInnovationCap()).isEqualTo(new Methodology.Parameter<>(200, null, List.of("A4")));
        // basicServicesNeeded {value: 2, source: SEED22}; whenUnmet {value: SJI_ZERO, assumption: A6}
        assertThat(Y2022.basicServicesNeeded()).isEqualTo(new Methodology.Parameter<>(2, "SEED22", List.of()));
        assertThat(Y2022.whenUnmet()).isEqualTo(new Methodology.Parameter<>("SJI_ZERO", null, List.of("A6")));
        // 2026: 12 and 5, both on SIMONDA-IGA
        assertThat(Y2026.minimumDivisor()).isEqualTo(new Methodology.Parameter<>(12, "SIMONDA-IGA", List.of()));
        assertThat(Y2026.basicServicesNeeded()).isEqualTo(new Methodology.Parameter<>(5, "SIMONDA-IGA", List.of()));
    }

    @Test
    void bandsCarryTheirBasis() {
        assertThat(Y2022.bands().assumptions()).containsExactly("A5");
        assertThat(Y2022.bands().value()).extracting(b -> b.name(), b -> b.from().toPlainString()).containsExactlyInAnyOrder(
                tuple("Sangat Inovatif", "60.01"), tuple("Inovatif", "35.00"), tuple("Kurang Inovatif", "0.01"),
                tuple("Tidak Dapat Dinilai", "0.00"));
        assertThat(Y2026.bands().source()).isEqualTo("SIMONDA-IGA");
        assertThat(Y2026.bands().value()).extracting(b -> b.from().toPlainString())
                .containsExactlyInAnyOrder("65.01", "40.01", "0.01", "0.00");
    }

    @Test
    void eligibilityHoldsTheMandatoryListsAndTheRulesThatNameNoIndicator() {
        // 2022 has no eligibility section.
        assertThat(Y2022.mandatoryIndicators()).isNull();
        assertThat(Y2022.mandatorySpdRows()).isNull();
        // common/eligibility.drl: two rules, at lines 12 and 21.
        assertThat(Y2022.eligibility()).extracting(LevelRule::rule, LevelRule::file, LevelRule::line, LevelRule::source,
                LevelRule::assumptions).containsExactly(
                        tuple("Only innovations at stage Penerapan count", "common/eligibility.drl", 12, "PAPARAN22", List.of("A11")),
                        tuple("Only innovations applied or last developed in T-2..T-1 count", "common/eligibility.drl", 21,
                                "WALIKOTA22b", List.of("A12")));
        assertThat(Y2022.eligibility().get(0).condition()).isEqualTo("$i : Innovation( stage != Stage.PENERAPAN )");

        // 2026: mandatoryIndicators {value: ["16", "17", "32", "33", "35"], source: SIMONDA-IGA, assumption: A15}
        assertThat(Y2026.mandatoryIndicators())
                .isEqualTo(new Methodology.Parameter<>(List.of("16", "17", "32", "33", "35"), "SIMONDA-IGA", List.of("A15")));
        assertThat(Y2026.mandatorySpdRows().value())
                .containsExactly("1", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a", "11b");
        // The common two, then 2026/eligibility.drl's one rule at line 10.
        assertThat(Y2026.eligibility()).hasSize(3);
        LevelRule words = Y2026.eligibility().get(2);
        assertThat(words.rule()).isEqualTo("2026: the rancang bangun has at least 300 words");
        assertThat(words.file()).isEqualTo("2026/eligibility.drl");
        assertThat(words.line()).isEqualTo(10);
        assertThat(words.source()).isEqualTo("SIMONDA-IGA");
        assertThat(words.condition()).isEqualTo("$i : Innovation( rancangBangunWords == null || rancangBangunWords < 300 )");
    }

    @Test
    void sourcesAndAssumptionsAreTheManifestsWithTheRegistersTexts() {
        // sources: [SEED22, PPT23, SQL2023, SIMONDA-IGA, PAPARAN22, WALIKOTA22b], in the manifest's order
        assertThat(Y2022.sources().keySet())
                .containsExactly("SEED22", "PPT23", "SQL2023", "SIMONDA-IGA", "PAPARAN22", "WALIKOTA22b");
        assertThat(Y2022.sources().get("SEED22")).startsWith("Balitbang Kalbar press release on the 2022 IID technical guidance");
        assertThat(Y2022.assumptions().keySet()).containsExactly(
                "A1", "A2", "A3", "A4", "A5", "A6", "A10", "A11", "A12", "A13", "A14", "A16", "A18", "A19");
        assertThat(Y2026.assumptions().keySet()).containsExactly("A10", "A11", "A12", "A13", "A14", "A15", "A17", "A19");
        assertThat(Y2026.assumptions().get("A15")).startsWith("2026 on: an innovation whose mandatory SID indicators");
    }
}
