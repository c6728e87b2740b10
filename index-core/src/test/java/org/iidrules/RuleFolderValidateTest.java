package org.iidrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code RuleSets.validate} on folders too broken to compile: it reports, it does not throw. */
class RuleFolderValidateTest {

    @TempDir
    Path root;

    private Path year(String manifest) throws IOException {
        Path folder = Files.createDirectories(root.resolve("2030"));
        Files.writeString(folder.resolve("manifest.yaml"), manifest);
        return folder;
    }

    @Test
    void aFolderWithoutManifestIsOneError() {
        ValidationReport report = RuleSets.validate(root);
        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message(Language.EN))
                .isEqualTo("There is no manifest.yaml in " + root + ": a rule folder is a year's folder holding its manifest.yaml."));
    }

    @Test
    void aMisspeltManifestFieldIsNamedWithItsLineColumnAndTheAllowedFields() throws IOException {
        // Line 3, column 1: "yaer: 2030".
        Path folder = year("id: iid-2030\nversion: 0.1.0\nyaer: 2030\n");
        ValidationReport report = RuleSets.validate(folder);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ValidationProblem.Kind.YAML);
            assertThat(p.describe(Language.EN)).startsWith("2030/manifest.yaml:3:1: ERROR: Unknown field \"yaer\" (at yaer): check its spelling. "
                    + "Allowed here: assumptions, catalogues, eligibility, formula, id, predicate, register, requirement, rules, sources, "
                    + "status, title, version, year.");
            assertThat(p.message(Language.ID)).startsWith("Field \"yaer\" tidak dikenal");
        });
        assertThat(report.ruleSet()).isEmpty();
    }

    @Test
    void aPathOutOfTheFolderIsReportedAndRefused() throws IOException {
        // The folder's parent is the root; ../../register.yaml would be above it.
        Path folder = year("id: iid-2030\nyear: 2030\nversion: 0.1.0\nstatus: draft\nregister: ../../register.yaml\n");
        assertThat(RuleSets.validate(folder).problems()).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo("file.outside");
            assertThat(p.message(Language.EN)).startsWith("The path 2030/../../register.yaml leads out of the rule folder");
        });
        assertThatThrownBy(() -> RuleSets.fromFolder(folder)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("../../register.yaml leads out of the rule folder");
    }
}
