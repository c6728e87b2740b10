package org.iidrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.engine.RuleFiles;
import org.iidrules.engine.RuleSetLoader;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in years run on rule bases compiled at build time (the executable model); rule folders
 * from disk are compiled at run time (the classic engine). Both must score alike, to the byte.
 */
class CompilationEquivalenceTest {

    private static final Path SAMPLE = Path.of("../index-examples/src/main/resources/samples/kalbar-2022.json");

    @ParameterizedTest
    @ValueSource(ints = {2022, 2026})
    void buildTimeAndRunTimeCompilationScoreTheSampleAlike(int year) {
        RuleSet shipped = RuleSets.builtIn().forYear(year);
        RuleSet compiledNow = RuleSetLoader.load(RuleFiles.classpath(getClass().getClassLoader(), "iid"),
                year + "/manifest.yaml", false);
        // The shipped path really is the build-time one: otherwise this test would compare a path with itself.
        assertThat(shipped.toString()).contains("compiled at build time");
        assertThat(compiledNow.toString()).contains("compiled at run time");
        assertThat(compiledNow.digest()).isEqualTo(shipped.digest());

        Submission sample = IidJson.readSubmission(SAMPLE);
        assertThat(IidJson.write(compiledNow.evaluate(sample))).isEqualTo(IidJson.write(shipped.evaluate(sample)));
    }
}
