package org.iidrules.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.iidrules.json.IidJson;
import org.iidrules.model.Innovation;
import org.iidrules.model.RegionKind;
import org.iidrules.model.SidFacts;
import org.iidrules.model.Stage;
import org.iidrules.model.Submission;
import org.iidrules.validation.SubmissionValidator;
import org.junit.jupiter.api.Test;

class SyntheticNationTest {

    private final SyntheticNation nation = new SyntheticNation(SyntheticNation.DEFAULT_SEED, 30, 70, 2026);

    @Test
    void theSameSeedGivesTheSameNationByteForByte() {
        SyntheticNation again = new SyntheticNation(SyntheticNation.DEFAULT_SEED, 30, 70, 2026);

        for (int k = 0; k < 30; k++) {
            assertThat(IidJson.write(again.region(k))).isEqualTo(IidJson.write(nation.region(k)));
        }
    }

    @Test
    void aRegionDoesNotDependOnTheOthersNorOnTheOrderItIsMadeIn() {
        SyntheticNation bigger = new SyntheticNation(SyntheticNation.DEFAULT_SEED, 550, 70, 2026);

        assertThat(IidJson.write(bigger.region(17))).isEqualTo(IidJson.write(nation.region(17)));
        assertThat(IidJson.write(nation.stream().toList().get(5))).isEqualTo(IidJson.write(nation.region(5)));
    }

    @Test
    void anotherSeedGivesAnotherNation() {
        SyntheticNation other = new SyntheticNation(1, 30, 70, 2026);

        assertThat(IidJson.write(other.region(0))).isNotEqualTo(IidJson.write(nation.region(0)));
    }

    @Test
    void everyRegionIsValidAndHasTheRequestedSize() {
        List<Submission> all = nation.all();

        assertThat(all).hasSize(30);
        for (Submission s : all) {
            assertThat(SubmissionValidator.problemsOf(s)).as(s.region().code()).isEmpty();
            assertThat(s.innovations()).hasSize(70);
            assertThat(s.year()).isEqualTo(2026);
        }
    }

    @Test
    void theStandardNationHasTheMinistrysKindsOfRegion() {
        SyntheticNation standard = SyntheticNation.standard();

        assertThat(standard.regions()).isEqualTo(550);
        assertThat(standard.region(0).region().kind()).isEqualTo(RegionKind.PROVINSI);
        assertThat(standard.region(100).region().kind()).isEqualTo(RegionKind.KABUPATEN);
        assertThat(standard.region(549).region().kind()).isEqualTo(RegionKind.KOTA);
    }

    @Test
    void theFactsAreVaried() {
        List<Innovation> innovations = nation.stream().flatMap(s -> s.innovations().stream()).toList();

        assertThat(innovations).extracting(Innovation::stage).contains(Stage.values());
        assertThat(innovations).anyMatch(i -> i.indicators().regulasi() == null);
        assertThat(innovations).anyMatch(i -> i.indicators().sdm() != null && !i.indicators().sdm().hasEvidence());
        assertThat(innovations).anyMatch(i -> i.indicators().regulasi() != null
                && i.indicators().regulasi().type() == SidFacts.RegulationType.SK_KEPALA_PERANGKAT_DAERAH);
        assertThat(innovations).anyMatch(i -> i.indicators().video() != null && i.indicators().video().durationSeconds() > 300);
        assertThat(innovations).anyMatch(i -> i.rancangBangunWords() != null && i.rancangBangunWords() < 300);
        assertThat(innovations).anyMatch(i -> i.applicationDate() != null && i.applicationDate().getYear() < 2024);
        assertThat(innovations).anyMatch(i -> i.indicators().kemanfaatan() != null
                && i.indicators().kemanfaatan().value().scale() == 3);
    }
}
