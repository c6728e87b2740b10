package org.iidrules.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.iidrules.RuleSets;
import org.iidrules.cases.CaseReport;
import org.iidrules.cases.CaseReport.Status;
import org.iidrules.cases.CaseRunner;
import org.iidrules.cases.ExpectationResult;
import org.iidrules.cases.JunitXml;
import org.iidrules.rules.support.RuleFolderCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The case runner against the real rule sets: a right case passes, a wrong expectation fails with
 * its line, expected and actual value, tolerances widen a comparison and nothing else does, and a
 * case that names something the result lacks, or a year without rules, is an error, not a pass.
 */
class CaseRunnerTest {

    @TempDir
    Path dir;

    /**
     * One innovation, 2022: regulasi Perda L3 3 x 3 = 9, sdm 12 L2 2 x 2 = 4 → 13 points; n = 1,
     * divisor 10, sidAverage 1.3; Pendidikan alone is 1 of 6 < 2: SJI 0. TOTAL 1.3, IID 0.52.
     * The expectations start on line 17.
     */
    private static final String CASE = """
            name: one innovation
            year: 2022
            description: 9 + 4 = 13; 13 / 10 = 1.3; 1.3 / 250 x 100 = 0.52
            submission:
              year: 2022
              region: {code: "9901", name: Kabupaten Contoh, kind: KABUPATEN}
              innovations:
                - id: A
                  name: Sekolah
                  stage: PENERAPAN
                  mainUrusan: PENDIDIKAN
                  applicationDate: 2021-03-01
                  indicators:
                    regulasi: {type: PERATURAN_DAERAH, evidence: [{kind: DOCUMENT, reference: perda.pdf}]}
                    sdm: {staff: 12, evidence: [{kind: DOCUMENT, reference: sk.pdf}]}
            expect:
            """;

    private Path write(String name, String expectations) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Path file = cases.resolve(name);
        Files.writeString(file, CASE + expectations, StandardCharsets.UTF_8);
        return file;
    }

    private CaseReport run(String expectations) throws IOException {
        return CaseRunner.builtIn().run(write("case.yaml", expectations));
    }

    @Test
    void aRightCasePasses() throws IOException {
        CaseReport r = run("""
                  index: 0.52
                  predicate: Kurang Inovatif
                  sidSum: 13
                  sidAverage: 1.3
                  n: 1
                  divisor: 10
                  sji: 0
                  requirement: {met: false, coveredCount: 1, needed: 2, covered: [PENDIDIKAN]}
                  innovations:
                    A:
                      counts: true
                      points: 13
                      indicators:
                        regulasi: {level: 3, points: 9}
                        "17": {level: 2, points: 4}
                        video: {level: 0, note: not reported}
                  spdRows:
                    "8": {level: 0, points: 0, note: not reported}
                """);
        assertThat(r.status()).as(r.describe()).isEqualTo(Status.PASSED);
        assertThat(r.results()).hasSize(22).allMatch(ExpectationResult::passed);
        assertThat(r.rules()).contains("iid-2022");
        assertThat(r.describe()).startsWith("PASSED").contains("22 of 22 expectations passed");
    }

    @Test
    void aWrongExpectationFailsWithItsLineExpectedAndActualValue() throws IOException {
        CaseReport r = run("""
                  index: 0.52
                  divisor: 12
                  innovations:
                    A:
                      indicators:
                        sdm: {level: 3}
                """);
        assertThat(r.status()).isEqualTo(Status.FAILED);
        assertThat(r.problems()).extracting(ExpectationResult::line, ExpectationResult::field,
                        ExpectationResult::expected, ExpectationResult::actual)
                .containsExactly(
                        tuple(18, "expect.divisor", "12", "10"),
                        tuple(22, "expect.innovations.A.indicators.sdm.level", "3", "2"));
        assertThat(r.describe())
                .startsWith("FAILED")
                .contains("line 18  expect.divisor: expected 12, got 10")
                .contains("line 22  expect.innovations.A.indicators.sdm.level: expected 3, got 2")
                .contains("1 of 3 expectations passed");
    }

    @Test
    void decimalsCompareByValueNotByHowTheyAreWritten() throws IOException {
        assertThat(run("  index: 0.520\n  sidAverage: 1.30000\n  sji: 0.00\n").status()).isEqualTo(Status.PASSED);
        assertThat(run("  index: 0.53\n").status()).isEqualTo(Status.FAILED);
    }

    @Test
    void aToleranceWidensTheComparisonAndOnlyAsFarAsItSays() throws IOException {
        // the index is 0.52
        assertThat(run("  index: \"0.50 ± 0.02\"\n").status()).isEqualTo(Status.PASSED);
        assertThat(run("  index: \"0.50 ± 0.019\"\n").status()).isEqualTo(Status.FAILED);
        assertThat(run("  index: {value: 0.55, tolerance: 0.03}\n").status()).isEqualTo(Status.PASSED);
        assertThat(run("  index: {value: 0.55, tolerance: 0.02}\n").status()).isEqualTo(Status.FAILED);
        // a case-wide tolerance, and a value's own one taking precedence over it
        assertThat(run("  index: 0.51\ntolerance: 0.01\n").status()).isEqualTo(Status.PASSED);
        assertThat(run("  index: 0.50\ntolerance: 0.01\n").status()).isEqualTo(Status.FAILED);
        assertThat(run("  index: \"0.51 ± 0\"\ntolerance: 0.5\n").status()).isEqualTo(Status.FAILED);
        CaseReport failed = run("  index: \"0.50 ± 0.019\"\n");
        assertThat(failed.describe()).contains("expect.index: expected 0.50 ± 0.019, got 0.52");
    }

    @Test
    void reasonsAndNotesMatchByContainedTextIgnoringCase() throws IOException {
        assertThat(run("  innovations:\n    A: {indicators: {video: {note: NOT REPORTED}}}\n").status()).isEqualTo(Status.PASSED);
        CaseReport r = run("  innovations:\n    A: {reason: UJI_COBA}\n");
        assertThat(r.status()).isEqualTo(Status.FAILED);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.expected()).isEqualTo("a text containing \"UJI_COBA\"");
            assertThat(p.actual()).isEqualTo("nothing");
        });
    }

    @Test
    void anUnknownInnovationIndicatorOrRowIsAnErrorNotAFailure() throws IOException {
        CaseReport r = run("""
                  n: 1
                  innovations:
                    B: {counts: true}
                    A: {indicators: {sdmm: {level: 2}, "36": {level: 1}}}
                  spdRows:
                    "16": {level: 1}
                """);
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.results()).extracting(ExpectationResult::field, ExpectationResult::status).containsExactly(
                tuple("expect.n", Status.PASSED),
                tuple("expect.innovations.B.counts", Status.ERROR),
                tuple("expect.innovations.A.indicators.sdmm.level", Status.ERROR),
                tuple("expect.innovations.A.indicators.36.level", Status.ERROR),
                tuple("expect.spdRows.16.level", Status.ERROR));
        assertThat(r.describe())
                .startsWith("ERROR")
                .contains("line 19  expect.innovations.B.counts: the submission has no innovation \"B\" (its innovations: A)")
                .contains("no SID indicator \"sdmm\"").contains("17 sdm")
                .contains("no SPD row \"16\"");
    }

    @Test
    void aMalformedCaseIsAnErrorNamingFileLineAndField() throws IOException {
        CaseReport r = run("  index: 0.52\n  indx: 0.52\n");
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.results()).isEmpty();
        assertThat(r.name()).isEqualTo("case.yaml");
        assertThat(r.error()).contains("case.yaml").contains("line 18").contains("expect.indx").contains("unknown field");
        assertThat(r.describe()).startsWith("ERROR").contains("line 18");
    }

    @Test
    void aYearWithoutRulesIsAnError() throws IOException {
        Path file = write("case.yaml", "  n: 1\n");
        Files.writeString(file, Files.readString(file).replace("year: 2022\ndescription", "year: 2199\ndescription"));
        CaseReport r = CaseRunner.builtIn().run(file);
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.error()).contains("line 2").contains("year").contains("2199");
    }

    @Test
    void aCaseRunAgainstAnotherYearsRuleSetIsAnError() throws IOException {
        CaseReport r = CaseRunner.with(RuleSets.builtIn().forYear(2026)).run(write("case.yaml", "  n: 1\n"));
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.error()).contains("line 2").contains("the case is for 2022").contains("iid-2026");
    }

    @Test
    void aCaseInACopiedYearFolderRunsUnderThatFoldersOwnRules() throws IOException {
        // Copy the shipped rules, then change the 2022 copy's minimum divisor from 10 to 11.
        Path copy = dir.resolve("iid");
        RuleFolderCopy.copyShippedTo(copy);
        Path manifest = copy.resolve("2022/manifest.yaml");
        String text = Files.readString(manifest);
        assertThat(text).contains("minimumDivisor:   {value: 10,");
        Files.writeString(manifest, text.replace("minimumDivisor:   {value: 10,", "minimumDivisor:   {value: 11,"));
        Path file = copy.resolve("2022/cases/edited-divisor.yaml");
        Files.writeString(file, CASE + "  divisor: 11\n  sidAverage: \"1.1818 ± 0.0001\"\n");

        CaseReport fromFolder = CaseRunner.preferringRuleFolders().run(file);
        assertThat(fromFolder.status()).as(fromFolder.describe()).isEqualTo(Status.PASSED);
        assertThat(fromFolder.rules()).contains("iid-2022").contains("compiled at run time");

        CaseReport builtIn = CaseRunner.builtIn().run(file);
        assertThat(builtIn.status()).isEqualTo(Status.FAILED);
        assertThat(builtIn.describe()).contains("expect.divisor: expected 11, got 10");

        // The shipped cases, copied along, still pass under the copy's unchanged 2026 rules.
        List<CaseReport> copied2026 = CaseRunner.preferringRuleFolders().run(
                org.iidrules.cases.CaseFiles.find(copy.resolve("2026")));
        assertThat(copied2026).isNotEmpty().allSatisfy(r -> assertThat(r.status()).as(r.describe()).isEqualTo(Status.PASSED));
    }

    @Test
    void junitXmlHasOneTestcasePerCaseWithItsFailureOrError() throws Exception {
        CaseReport passed = CaseRunner.builtIn().run(write("a-pass.yaml", "  index: 0.52\n"));
        CaseReport failed = CaseRunner.builtIn().run(write("b-fail.yaml", "  index: 0.53\n  n: 2\n"));
        CaseReport malformed = CaseRunner.builtIn().run(write("c-malformed.yaml", "  indx: <&>\n"));
        String xml = JunitXml.write(List.of(passed, failed, malformed));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        Element suites = doc.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("3");
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        assertThat(suites.getAttribute("errors")).isEqualTo("1");
        var cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        Element first = (Element) cases.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("one innovation");
        assertThat(first.getElementsByTagName("failure").getLength()).isZero();
        Element second = (Element) cases.item(1);
        Element failure = (Element) second.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).contains("2 of 2 expectations did not pass");
        assertThat(failure.getTextContent())
                .contains("line 17  expect.index: expected 0.53, got 0.52")
                .contains("line 18  expect.n: expected 2, got 1");
        Element third = (Element) cases.item(2);
        assertThat(third.getAttribute("name")).isEqualTo("c-malformed.yaml");
        Element error = (Element) third.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).contains("line 17").contains("expect.indx");

        Path out = dir.resolve("reports/cases.xml");
        JunitXml.write(List.of(passed), out);
        assertThat(Files.readString(out)).contains("<testcase name=\"one innovation\"");
    }
}
