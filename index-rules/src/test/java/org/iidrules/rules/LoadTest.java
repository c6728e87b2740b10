package org.iidrules.rules;

import org.iidrules.RuleSets;
import org.junit.jupiter.api.Test;

class LoadTest {
    @Test
    void loads() {
        System.out.println(RuleSets.builtIn().forYear(2022));
        System.out.println(RuleSets.builtIn().forYear(2026));
    }
}
