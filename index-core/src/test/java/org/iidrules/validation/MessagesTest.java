package org.iidrules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.iidrules.Language;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void bothLanguagesHaveEverySentence() {
        assertThat(Messages.keys(Language.ID)).containsExactlyInAnyOrderElementsOf(Messages.keys(Language.EN));
        for (String key : Messages.keys(Language.EN)) {
            List<String> args = List.of("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7");
            assertThat(Messages.format(Language.EN, key, args)).as(key).doesNotContain("{").isNotBlank();
            assertThat(Messages.format(Language.ID, key, args)).as(key).doesNotContain("{").isNotBlank();
        }
    }

    @Test
    void anOptionalPartShowsOnlyWithItsArgument() {
        assertThat(Messages.format(Language.EN, "compile.badImport", List.of("x.Y"))).isEqualTo("The import x.Y names no class: check its spelling.");
        assertThat(Messages.format(Language.EN, "compile.unknownType", List.of("R", "Inovation")))
                .startsWith("Rule \"R\": there is no type \"Inovation\".");
        assertThat(Messages.format(Language.EN, "compile.unknownType", List.of("", "Inovation")))
                .startsWith("there is no type \"Inovation\".");
        assertThat(Messages.format(Language.ID, "compile.unknownType", List.of("R", "Inovation")))
                .startsWith("Aturan \"R\": tidak ada tipe \"Inovation\".");
    }

    @Test
    void aProblemDescribesItselfAsFileLineColumnSeverityAndSentence() {
        ValidationProblem p = new ValidationProblem(ValidationProblem.Kind.COMPILE, ValidationProblem.Severity.ERROR,
                "catalogues/x.drl", 12, 4, "compile.badImport", List.of("x.Y"));
        assertThat(p.describe(Language.EN)).isEqualTo("catalogues/x.drl:12:4: ERROR: The import x.Y names no class: check its spelling.");
        assertThat(p.describe(Language.ID)).isEqualTo("catalogues/x.drl:12:4: ERROR: Import x.Y tidak menunjuk kelas apa pun: periksa ejaannya.");
    }
}
