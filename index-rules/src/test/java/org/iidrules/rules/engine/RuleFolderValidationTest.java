package org.iidrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.iidrules.Language;
import org.iidrules.RuleProblem;
import org.iidrules.RuleSetException;
import org.iidrules.RuleSets;
import org.iidrules.cases.CaseReport;
import org.iidrules.rules.support.ShippedRules;
import org.iidrules.validation.ValidationProblem;
import org.iidrules.validation.ValidationProblem.Kind;
import org.iidrules.validation.ValidationProblem.Severity;
import org.iidrules.validation.ValidationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code RuleSets.validate} on edited copies of the shipped rules. Every line number below is read off the
 * shipped files (and unchanged by the edits, which replace text within one line):
 * <pre>
 * catalogues/sid-v2023.drl   18 import org.iidrules.engine.Assessment;
 *                            62 rule "V2023 17 sdm L1: 1 staff or more"   63 its metadata  65 its condition  67 its consequence
 *                            70 rule "V2023 17 sdm L2: 11 staff or more"  71 its metadata  73 its condition  75 its consequence
 *                            215/217 indicator 22 aktor L2 metadata/condition, 225 L3 condition
 *                            269 indicator 24 jejaring L2 metadata
 * catalogues/sid-v2023.yaml  14 indicator 16, so 15 is 17 sdm, 22 is 24 jejaring
 * 2022/manifest.yaml         27 predicate:  30-33 the four bands (31 Inovatif, from 35.00)
 * </pre>
 * A condition line reads {@code "    $i : Innovation( indicators.sdm!.staff >= 11 )"}: "staff" starts at column
 * 4 + 17 ("$i : Innovation( ") + 16 ("indicators.sdm!.") + 1 = 38.
 */
class RuleFolderValidationTest {

    private static final String SID = "catalogues/sid-v2023.drl";

    @TempDir
    Path root;

    @BeforeEach
    void copyTheShippedRules() throws IOException {
        ShippedRules.copyTo(root);
    }

    private void edit(String file, int line, String old, String replacement) throws IOException {
        ShippedRules.editLine(root.resolve(file), line, old, replacement);
    }

    private ValidationReport validate(String year) {
        return RuleSets.validate(root.resolve(year));
    }

    private static List<ValidationProblem> of(ValidationReport report, Kind kind) {
        return report.problems().stream().filter(p -> p.kind() == kind).toList();
    }

    @Test
    void everyBuiltInYearValidatesWithNoErrorNoWarningAndItsCasesPass() {
        for (int year : RuleSets.builtIn().years()) {
            ValidationReport report = validate(String.valueOf(year));
            assertThat(report.problems()).as(String.valueOf(year))
                    .allSatisfy(p -> assertThat(p.severity()).as(p.describe(Language.EN)).isEqualTo(Severity.NOTE));
            assertThat(report.valid()).isTrue();
            assertThat(report.ruleSet()).hasValueSatisfying(r -> assertThat(r.digest()).isEqualTo(RuleSets.builtIn().forYear(year).digest()));
            assertThat(report.cases()).as(year + " cases").hasSizeGreaterThanOrEqualTo(3).allSatisfy(c -> assertThat(c.passed()).isTrue());
        }
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineInPlainWords() throws IOException {
        // The condition on line 65 loses its closing bracket: Drools reads on to "then" on line 66 and stops there.
        edit(SID, 65, "staff >= 1 )", "staff >= 1 ");
        ValidationReport report = validate("2022");
        assertThat(report.valid()).isFalse();
        assertThat(report.ruleSet()).isEmpty();
        assertThat(report.cases()).isEmpty();
        assertThat(of(report, Kind.COMPILE)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(SID);
            assertThat(p.line()).isEqualTo(66);
            assertThat(p.message(Language.EN)).isEqualTo("Rule \"V2023 17 sdm L1: 1 staff or more\": the \"when\" part is not finished "
                    + "when \"then\" begins: a closing bracket \")\" is probably missing just before \"then\".");
            assertThat(p.message(Language.ID)).contains("kurung tutup");
        });
        assertThat(report.casesSummary(Language.EN)).isEqualTo("Test cases not run: the rules could not be loaded.");
    }

    @Test
    void aMisspeltFactNamesTheFactsThatExist() throws IOException {
        edit(SID, 73, "indicators.sdm!.staff", "indicators.sdm!.stafff");
        ValidationReport report = validate("2022");
        assertThat(of(report, Kind.COMPILE)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(73);
            assertThat(p.message(Language.EN)).isEqualTo("Rule \"V2023 17 sdm L2: 11 staff or more\" reads \"stafff\", but Sdm has "
                    + "no such fact. Check the spelling; Sdm has: staff.");
        });
    }

    @Test
    void gapsOverlapsMissingLevelsPredicateBandsAndWeightsAreEachFoundAtTheirLine() throws IOException {
        // 17 sdm: L1 1..10, L2 12.. (L3 31..): 11 staff reach no level. Reported at the L2 condition, line 73.
        edit(SID, 65, "indicators.sdm!.staff >= 1 )", "indicators.sdm!.staff >= 1 && indicators.sdm!.staff <= 10 )");
        edit(SID, 73, "staff >= 11", "staff >= 12");
        // 22 aktor: L2 5.. and L3 5..: level 2 is never given. Reported at the L2 condition, line 217.
        edit(SID, 217, "kinds >= 4", "kinds >= 5");
        // 24 jejaring: its L2 rule becomes a second L3 rule: no level 2. Reported at the catalogue entry, line 22.
        edit(SID, 269, "@level(2)", "@level(3)");
        // Predicate: Inovatif from 60.01, as Sangat Inovatif. Line 31.
        edit("2022/manifest.yaml", 31, "from: 35.00", "from: 60.01");
        // Weight of 17 sdm in V2023: 2 in the built-in catalogue, 3 here. Line 15.
        edit("catalogues/sid-v2023.yaml", 15, "weight: 2", "weight: 3");

        ValidationReport report = validate("2022");
        assertThat(report.valid()).isFalse();
        assertThat(of(report, Kind.BAND_GAP)).singleElement().satisfies(p -> {
            assertThat(List.of(p.file(), p.line(), p.column())).containsExactly(SID, 73, 38);
            assertThat(p.message(Language.EN)).contains("SID 17 sdm").contains("staff = 11 reach no level");
            assertThat(p.message(Language.ID)).startsWith("Ada celah pada rentang nilai SID 17 sdm: nilai staff = 11 tidak mencapai level apa pun");
        });
        assertThat(of(report, Kind.BAND_OVERLAP)).singleElement().satisfies(p -> {
            assertThat(List.of(p.file(), p.line())).containsExactly(SID, 217);
            assertThat(p.message(Language.EN)).contains("SID 22 aktor: level 2 (kinds ≥ 5) never applies, because level 3 takes every value");
        });
        assertThat(of(report, Kind.MISSING_LEVEL)).singleElement().satisfies(p -> {
            assertThat(List.of(p.file(), p.line())).containsExactly("catalogues/sid-v2023.yaml", 22);
            assertThat(p.message(Language.EN)).isEqualTo("Indicator 24 (jejaring) has no rule for level 2 (it has rules for level 1, 3): "
                    + "add the missing level, or say in a comment why the methodology has none.");
        });
        assertThat(of(report, Kind.PREDICATE_BANDS)).singleElement().satisfies(p -> {
            assertThat(List.of(p.file(), p.line())).containsExactly("2022/manifest.yaml", 31);
            assertThat(p.message(Language.EN)).contains("\"Inovatif\" starts at 60.01, as band \"Sangat Inovatif\" does");
        });
        assertThat(of(report, Kind.CATALOGUE)).singleElement().satisfies(p -> {
            assertThat(List.of(p.file(), p.line())).containsExactly("catalogues/sid-v2023.yaml", 15);
            assertThat(p.message(Language.EN)).contains("indicator 17 (sdm) weight 3, but the built-in catalogue V2023 gives it 2")
                    .contains("Give the catalogue a new id if the ministry changed the weight");
            assertThat(p.message(Language.ID)).contains("bobot 3").contains("bobot 2").contains("id baru");
        });
        // These do not stop the rules from compiling: the cases ran, and the new weight moved some of them.
        assertThat(report.ruleSet()).isPresent();
        assertThat(report.cases()).isNotEmpty();
        // The same folder gives the same JSON, byte for byte.
        assertThat(validate("2022").toJson(Language.ID)).isEqualTo(report.toJson(Language.ID));
    }

    @Test
    void predicateBandsWithoutOneFrom0LeaveAGapAtTheBottom() throws IOException {
        edit("2022/manifest.yaml", 33, "{name: Tidak Dapat Dinilai, from: 0.00}", "{name: Tidak Dapat Dinilai, from: 0.01}");
        ValidationReport report = validate("2022");
        // 0.01 is now twice (Kurang Inovatif, line 32, and line 33) and nothing starts at 0.00 (reported at "predicate:", line 27).
        assertThat(of(report, Kind.PREDICATE_BANDS)).extracting(ValidationProblem::line, ValidationProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(27, "predicate.noZero"),
                        org.assertj.core.groups.Tuple.tuple(33, "predicate.duplicate"));
    }

    @Test
    void aRuleWithoutSourceIsFoundAtItsLine() throws IOException {
        edit(SID, 63, " @source(\"SQL2023\")", "");
        ValidationReport report = validate("2022");
        assertThat(of(report, Kind.SOURCE)).singleElement().satisfies(p -> {
            assertThat(List.of(p.file(), p.line())).containsExactly(SID, 62);
            assertThat(p.message(Language.EN)).startsWith("Rule \"V2023 17 sdm L1: 1 staff or more\" cites no @source and no @assumption");
            assertThat(p.message(Language.ID)).contains("tidak menyebut @source");
        });
    }

    @Test
    void aDuplicateRuleNameNamesBothPlaces() throws IOException {
        edit(SID, 70, "V2023 17 sdm L2: 11 staff or more", "V2023 17 sdm L1: 1 staff or more");
        ValidationReport report = validate("2022");
        assertThat(of(report, Kind.DUPLICATE_RULE)).singleElement().satisfies(p -> {
            assertThat(List.of(p.file(), p.line())).containsExactly(SID, 70);
            assertThat(p.message(Language.EN)).contains("same name as the rule at catalogues/sid-v2023.drl:62");
        });
    }

    @Test
    void forbiddenConstructsAreFoundAndTheFolderIsRefusedBeforeItCompiles() throws IOException {
        edit(SID, 18, "import org.iidrules.engine.Assessment;", "import org.iidrules.engine.Assessment; import java.nio.file.Files;");
        edit(SID, 67, "sheet.award($i, kcontext);", "System.exit(1); sheet.award($i, kcontext);");
        edit(SID, 75, "sheet.award($i, kcontext);", "new java.io.File(\"x\").delete(); sheet.award($i, kcontext);");
        ValidationReport report = validate("2022");
        // Line 18: "import org.iidrules.engine.Assessment; import " is 46 characters, so java.nio.file.Files is at 47.
        // Lines 67 and 75 begin with 4 spaces: System at 5; "new " then java.io.File at 9.
        assertThat(of(report, Kind.FORBIDDEN)).extracting(p -> p.line() + ":" + p.column() + " " + p.args().get(0))
                .containsExactly("18:47 java.nio.file.Files", "67:5 System", "75:9 java.io.File");
        assertThat(report.ruleSet()).isEmpty();
        assertThat(of(report, Kind.FORBIDDEN).get(1).message(Language.ID)).startsWith("System tidak diizinkan dalam berkas aturan");

        // Loading the folder refuses it too, naming the same places (so iid score --rules and iid test do).
        assertThatThrownBy(() -> RuleSets.fromFolder(root.resolve("2022")))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::line).containsExactly(18, 67, 75));
    }

    @Test
    void aValidFolderWithAFailingCaseIsValidButItsCasesDidNotPass() throws IOException {
        // The case's own arithmetic: divisor = MAX(10, n = 5) = 10; it now expects 12.
        edit("2022/cases/divisor-minimum-10.yaml", 88, "divisor: 10", "divisor: 12");
        ValidationReport report = validate("2022");
        assertThat(report.valid()).isTrue();
        assertThat(report.casesPassed()).isFalse();
        assertThat(report.cases()).filteredOn(c -> !c.passed()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CaseReport.Status.FAILED);
            assertThat(c.describe()).contains("line 88").contains("expect.divisor: expected 12, got 10");
        });
    }
}
