package org.iidrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.iidrules.RuleSets;
import org.iidrules.catalogue.IndicatorDefinition;
import org.iidrules.catalogue.IndicatorDefinition.Aspect;
import org.iidrules.catalogue.LevelRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue can be listed from the rule set itself, and it matches the specification. */
class CatalogueListingTest {

    @ParameterizedTest
    @CsvSource({"2022, V2023, SQL2023", "2026, V2026, SIMONDA-IGA"})
    void listsEveryRowAndIndicatorWithTheSpecifiedWeightsAndTheirLevelRules(int year, String sidCatalogue, String sidSource) {
        List<IndicatorDefinition> catalogue = RuleSets.builtIn().forYear(year).catalogue();

        List<IndicatorDefinition> spd = catalogue.stream().filter(d -> d.aspect() == Aspect.SPD).toList();
        List<IndicatorDefinition> sid = catalogue.stream().filter(d -> d.aspect() == Aspect.SID).toList();
        // spd-indicators.md: 20 scored rows, sum of weights 21. sid-indicators.md: 20 indicators (16-35),
        // sum of weights 37 in V2023 and V2026.
        assertThat(spd).hasSize(20).allSatisfy(d -> assertThat(d.catalogue()).isEqualTo("S2026"));
        assertThat(sid).hasSize(20).allSatisfy(d -> assertThat(d.catalogue()).isEqualTo(sidCatalogue));
        assertThat(spd.stream().map(IndicatorDefinition::weight).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("21");
        assertThat(sid.stream().map(IndicatorDefinition::weight).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("37");
        assertThat(sid.get(0).number()).isEqualTo("16");
        assertThat(sid.get(19).number()).isEqualTo("35");

        // Every row and indicator has a rule for each of the levels 1, 2 and 3, each citing a source.
        assertThat(catalogue).allSatisfy(d -> {
            assertThat(d.rules().stream().map(LevelRule::level).filter(l -> l > 0).distinct().sorted().toList())
                    .as("levels of %s %s", d.aspect(), d.number()).containsExactly(1, 2, 3);
            assertThat(d.rules()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        });
        assertThat(sid).allSatisfy(d -> assertThat(d.rules()).allSatisfy(r -> assertThat(r.source()).isEqualTo(sidSource)));

        // 35 video: the rule that rejects a video over 5 minutes is listed as a level-0 rule.
        assertThat(sid.get(19).rules()).anySatisfy(r -> {
            assertThat(r.level()).isZero();
            assertThat(r.rule()).contains("longer than 5 minutes");
        });
        // 17 sdm weighs 2 in both catalogues; its level-2 rule starts at 11 staff.
        IndicatorDefinition sdm = sid.get(1);
        assertThat(sdm.key()).isEqualTo("sdm");
        assertThat(sdm.weight()).isEqualByComparingTo("2");
        assertThat(sdm.rules().get(1).rule()).contains("L2").contains("11 staff");
    }
}
