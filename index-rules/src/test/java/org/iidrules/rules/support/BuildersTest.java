package org.iidrules.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.iidrules.model.Innovation;
import org.junit.jupiter.api.Test;

class BuildersTest {
    @Test
    void withoutEvidenceDropsOnlyTheNamedIndicatorsEvidence() {
        Innovation i = InnovationBuilder.innovation("X", 2022).sdm(12).aktor(3).withoutEvidence("sdm").build();
        assertThat(i.indicators().sdm().staff()).isEqualTo(12);
        assertThat(i.indicators().sdm().evidence()).isEmpty();
        assertThat(i.indicators().aktor().evidence()).hasSize(1);
    }
}
