package org.iidrules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iidrules.examples.CliRun.iid;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iid validate} end to end, in process. Lines of the shipped files used below (unchanged by the
 * edits, which replace text within one line): catalogues/sid-v2023.drl 62 rule "V2023 17 sdm L1: 1 staff or
 * more", 65 its condition, 66 its "then", 67 its consequence; 70 the L2 rule, 73 its condition
 * ("    $i : Innovation( indicators.sdm!.staff >= 11 )": "staff" at column 4 + 17 + 16 + 1 = 38).
 */
class ValidateCommandTest {

    private static final Path SAMPLE = Path.of("src/main/resources/samples/kalbar-2022.json");

    @TempDir
    Path root;

    @BeforeEach
    void copyTheShippedRules() throws IOException {
        ShippedRules.copyTo(root);
    }

    private void edit(String file, int line, String old, String replacement) throws IOException {
        ShippedRules.editLine(root.resolve(file), line, old, replacement);
    }

    private String folder(String year) {
        return root.resolve(year).toString();
    }

    @Test
    void anUnchangedYearIsValidAndItsCasesPass() {
        CliRun run = iid("validate", folder("2026"));
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        // Only notes (the indicators the band check cannot read), the summary, the cases.
        assertThat(run.out().lines().filter(l -> l.contains(": ERROR: ") || l.contains(": WARNING: "))).isEmpty();
        assertThat(run.out()).contains(": NOTE: The band check (gaps and overlaps) read the numeric thresholds of catalogue V2026")
                .contains(folder("2026") + " is valid (errors: 0, warnings: 0, notes: 2).")
                .endsWith("10 test cases: 10 passed, 0 failed, 0 could not run." + System.lineSeparator());
    }

    @Test
    void aSyntaxErrorExitsThreeAndNamesFileAndLine() throws IOException {
        edit("catalogues/sid-v2023.drl", 65, "staff >= 1 )", "staff >= 1 ");
        CliRun run = iid("validate", folder("2022"));
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("catalogues/sid-v2023.drl:66: ERROR: Rule \"V2023 17 sdm L1: 1 staff or more\": the \"when\" part "
                        + "is not finished when \"then\" begins")
                .contains("Test cases not run: the rules could not be loaded.");
    }

    @Test
    void inIndonesianAGapIsACelah() throws IOException {
        edit("catalogues/sid-v2023.drl", 65, "indicators.sdm!.staff >= 1 )", "indicators.sdm!.staff >= 1 && indicators.sdm!.staff <= 10 )");
        edit("catalogues/sid-v2023.drl", 73, "staff >= 11", "staff >= 12");
        CliRun run = iid("validate", folder("2022"), "--lang", "id");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("catalogues/sid-v2023.drl:73:38: ERROR: Ada celah pada rentang nilai SID 17 sdm: nilai staff = 11 "
                        + "tidak mencapai level apa pun")
                .contains(folder("2022") + " tidak valid (kesalahan: 1,");
    }

    @Test
    void jsonIsTheSameBytesEachTime() throws IOException {
        edit("catalogues/sid-v2023.drl", 73, "staff >= 11", "staff >= 31");
        CliRun first = iid("validate", folder("2022"), "--json");
        CliRun second = iid("validate", folder("2022"), "--json");
        assertThat(first.exit()).isEqualTo(3);
        assertThat(first.out()).isEqualTo(second.out())
                .contains("\"valid\" : false")
                .contains("\"kind\" : \"BAND_OVERLAP\"")
                .contains("\"line\" : 73");
    }

    @Test
    void aValidFolderWithAFailingCaseExitsFour() throws IOException {
        // divisor-minimum-10.yaml works out divisor = MAX(10, n = 5) = 10; make it expect 12.
        edit("2022/cases/divisor-minimum-10.yaml", 88, "divisor: 10", "divisor: 12");
        CliRun run = iid("validate", folder("2022"));
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).contains("expect.divisor: expected 12, got 10").contains("10 test cases: 9 passed, 1 failed, 0 could not run.");
    }

    @Test
    void aFolderWithForbiddenCodeIsRefusedByEveryCommand() throws IOException {
        edit("catalogues/sid-v2023.drl", 67, "sheet.award($i, kcontext);", "System.exit(1); sheet.award($i, kcontext);");
        CliRun validate = iid("validate", folder("2022"));
        assertThat(validate.exit()).isEqualTo(3);
        assertThat(validate.out()).contains("catalogues/sid-v2023.drl:67:5: ERROR: System is not allowed in a rule file");

        CliRun score = iid("score", SAMPLE.toString(), "--rules", folder("2022"));
        assertThat(score.exit()).isEqualTo(3);
        assertThat(score.err()).contains("catalogues/sid-v2023.drl:67:5: System is not allowed in a rule file");

        CliRun test = iid("test", folder("2022"));
        assertThat(test.exit()).isEqualTo(3);
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliRun run = iid("validate", folder("2022"), "--lang", "fr");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("unknown language 'fr': use en (English) or id (Bahasa Indonesia)");
    }
}
