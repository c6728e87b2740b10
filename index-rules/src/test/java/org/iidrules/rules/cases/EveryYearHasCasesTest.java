package org.iidrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iidrules.RuleSets;
import org.iidrules.cases.CaseFiles;
import org.junit.jupiter.api.Test;

/**
 * Every built-in year carries its own hand-worked cases beside its rules
 * ({@code src/main/resources/iid/<year>/cases/}): a full region and at least two more, so that a
 * year added to {@code rulesets.yaml} without cases fails the build.
 */
class EveryYearHasCasesTest {

    @Test
    void everyBuiltInYearHasAFullRegionAndAtLeastThreeCases() {
        List<Integer> years = RuleSets.builtIn().years();
        assertThat(years).as("built-in years").isNotEmpty();
        for (int year : years) {
            Path folder = CaseFilesTest.RULES.resolve(String.valueOf(year)).resolve("cases");
            assertThat(Files.isDirectory(folder)).as("%d has a cases folder (%s)", year, folder).isTrue();
            List<Path> files = CaseFiles.find(folder);
            assertThat(files).as("case files of %d in %s", year, folder).hasSizeGreaterThanOrEqualTo(3);
            List<String> names = files.stream().map(f -> CaseFiles.read(f).name()).toList();
            assertThat(names).as("case names of %d", year).anyMatch(name -> name.contains("full region"));
        }
    }
}
