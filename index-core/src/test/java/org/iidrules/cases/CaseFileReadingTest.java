package org.iidrules.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading case files: what is accepted, and how each kind of mistake is reported (file, line, field),
 * so that no malformed case can pass by checking nothing.
 */
class CaseFileReadingTest {

    @TempDir
    Path dir;

    /** A valid case; the submission starts on line 5 and the expectations on line 13. */
    private static final String VALID = """
            name: a small case
            year: 2022
            description: one innovation
            submission:
              year: 2022
              region: {code: "9901", name: Kabupaten Contoh, kind: KABUPATEN}
              innovations:
                - id: A
                  name: Sekolah
                  stage: PENERAPAN
                  mainUrusan: PENDIDIKAN
                  applicationDate: 2021-03-01
            expect:
              index: 1.36
              predicate: Kurang Inovatif
              n: 1
            """;

    private Path write(String name, String text) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("2022/cases"));
        Path file = cases.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private CaseFileException problemIn(String text) throws IOException {
        Path file = write("case.yaml", text);
        try {
            CaseFiles.read(file);
        } catch (CaseFileException e) {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.getMessage()).startsWith(file.toString());
            return e;
        }
        throw new AssertionError("no problem found in:\n" + text);
    }

    // ---- what is accepted --------------------------------------------------------------------

    @Test
    void aValidCaseIsReadWithItsExpectationsAndTheirLines() throws IOException {
        CaseFile c = CaseFiles.read(write("case.yaml", VALID));
        assertThat(c.name()).isEqualTo("a small case");
        assertThat(c.year()).isEqualTo(2022);
        assertThat(c.yearLine()).isEqualTo(2);
        assertThat(c.submissionRef()).isEqualTo("inline");
        assertThat(c.submission().innovations()).singleElement().satisfies(i -> assertThat(i.id()).isEqualTo("A"));
        assertThat(c.expectations()).extracting(Expectation::field, Expectation::line, Expectation::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("expect.index", 14, "1.36"),
                        org.assertj.core.groups.Tuple.tuple("expect.predicate", 15, "\"Kurang Inovatif\""),
                        org.assertj.core.groups.Tuple.tuple("expect.n", 16, "1"));
    }

    @Test
    void numbersTakeATolerancePerValueOrForTheWholeCase() throws IOException {
        CaseFile c = CaseFiles.read(write("case.yaml", VALID.replace("""
                  index: 1.36
                """, """
                  index: "1.36 ± 0.01"
                  sidAverage: "3.4 +- 0.001"
                  total: {value: 3.4, tolerance: 0.05}
                  spd: 0
                """) + "tolerance: 0.005\n"));
        assertThat(c.expectations()).extracting(Expectation::field, Expectation::expected).contains(
                org.assertj.core.groups.Tuple.tuple("expect.index", "1.36 ± 0.01"),
                org.assertj.core.groups.Tuple.tuple("expect.sidAverage", "3.4 ± 0.001"),
                org.assertj.core.groups.Tuple.tuple("expect.total", "3.4 ± 0.05"),
                // the case's own tolerance applies to a number without one
                org.assertj.core.groups.Tuple.tuple("expect.spd", "0 ± 0.005"));
    }

    @Test
    void aSharedSubmissionIsReadRelativeToTheCaseFile() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("cases/submissions")).resolve("s.json");
        Files.writeString(shared, """
                {"year": 2022, "region": {"code": "61", "name": "Provinsi", "kind": "PROVINSI"}}
                """);
        CaseFile c = CaseFiles.read(write("case.yaml", """
                name: shared
                year: 2026
                description: the same submission under 2026
                submission: ../../cases/submissions/s.json
                expect: {n: 0}
                """));
        assertThat(c.submissionRef()).isEqualTo("../../cases/submissions/s.json");
        assertThat(c.submission().region().code()).isEqualTo("61");
    }

    // ---- malformed files ---------------------------------------------------------------------

    @Test
    void yamlThatIsNotWellFormedNamesItsLine() throws IOException {
        CaseFileException e = problemIn("""
                name: broken
                year: 2022
                description: [unclosed
                expect: {n: 1}
                """);
        assertThat(e.line()).isBetween(3, 5);
        assertThat(e.problem()).contains("not well-formed YAML");
    }

    @Test
    void anUnknownExpectedFieldIsAnErrorNamingLineAndField() throws IOException {
        CaseFileException e = problemIn(VALID.replace("  n: 1\n", "  n: 1\n  indx: 48.90\n"));
        assertThat(e.line()).isEqualTo(17);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("expect.indx");
        assertThat(e.problem()).contains("unknown field \"indx\"").contains("index, predicate");
        assertThat(e.getMessage()).contains("line 17").contains("expect.indx");
    }

    @Test
    void unknownFieldsAreErrorsAtEveryLevel() throws IOException {
        assertThat(problemIn(VALID + "author: me\n").field()).isEqualTo("author");
        CaseFileException innovation = problemIn(VALID + "  innovations:\n    A: {count: true}\n");
        assertThat(innovation.field()).isEqualTo("expect.innovations.A.count");
        assertThat(innovation.line()).isEqualTo(18);
        assertThat(innovation.problem()).contains("counts, reason, points, indicators");
        CaseFileException indicator = problemIn(VALID + "  innovations:\n    A:\n      indicators:\n        sdm: {levl: 1}\n");
        assertThat(indicator.field()).isEqualTo("expect.innovations.A.indicators.sdm.levl");
        assertThat(indicator.line()).isEqualTo(20);
        CaseFileException requirement = problemIn(VALID + "  requirement: {met: true, covers: 2}\n");
        assertThat(requirement.field()).isEqualTo("expect.requirement.covers");
        CaseFileException tolerance = problemIn(VALID.replace("index: 1.36", "index: {value: 1.36, tol: 0.1}"));
        assertThat(tolerance.field()).isEqualTo("expect.index.tol");
    }

    @Test
    void aCaseWithoutExpectationsIsAnError() throws IOException {
        String noExpect = VALID.substring(0, VALID.indexOf("expect:"));
        CaseFileException missing = problemIn(noExpect);
        assertThat(missing.field()).isEqualTo("expect");
        assertThat(missing.problem()).contains("at least one expected value");

        CaseFileException empty = problemIn(noExpect + "expect: {}\n");
        assertThat(empty.field()).isEqualTo("expect");
        assertThat(empty.line()).isEqualTo(13);
        assertThat(empty.problem()).contains("no expectations");

        CaseFileException emptyInnovation = problemIn(noExpect + "expect:\n  innovations:\n    A: {}\n");
        assertThat(emptyInnovation.field()).isEqualTo("expect.innovations.A");
        assertThat(emptyInnovation.line()).isEqualTo(15);

        CaseFileException emptyIndicators = problemIn(noExpect + "expect:\n  innovations:\n    A: {indicators: {sdm: {}}}\n");
        assertThat(emptyIndicators.field()).isEqualTo("expect.innovations.A.indicators.sdm");
    }

    @Test
    void valuesOfTheWrongKindNameTheirLine() throws IOException {
        CaseFileException fraction = problemIn(VALID.replace("n: 1", "n: 1.5"));
        assertThat(fraction.field()).isEqualTo("expect.n");
        assertThat(fraction.line()).isEqualTo(16);
        assertThat(fraction.problem()).contains("whole number").contains("1.5");

        CaseFileException nothing = problemIn(VALID.replace("index: 1.36", "index:"));
        assertThat(nothing.field()).isEqualTo("expect.index");
        assertThat(nothing.problem()).contains("expected a number").contains("nothing");

        CaseFileException word = problemIn(VALID.replace("index: 1.36", "index: high"));
        assertThat(word.problem()).contains("expected a number").contains("\"high\"");

        CaseFileException negative = problemIn(VALID.replace("index: 1.36", "index: \"1.36 ± -1\""));
        assertThat(negative.problem()).contains("tolerance of 0 or more");

        CaseFileException bool = problemIn(VALID + "  requirement: {met: maybe}\n");
        assertThat(bool.field()).isEqualTo("expect.requirement.met");
        assertThat(bool.problem()).contains("true or false");

        CaseFileException year = problemIn(VALID.replace("year: 2022\ndescription", "year: twenty\ndescription"));
        assertThat(year.field()).isEqualTo("year");
        assertThat(year.line()).isEqualTo(2);
    }

    @Test
    void requiredFieldsAreRequired() throws IOException {
        assertThat(problemIn(VALID.replace("name: a small case\n", "")).field()).isEqualTo("name");
        assertThat(problemIn(VALID.replace("description: one innovation\n", "")).field()).isEqualTo("description");
        assertThat(problemIn(VALID.replace("year: 2022\ndescription", "description")).field()).isEqualTo("year");
        CaseFileException blank = problemIn(VALID.replace("name: a small case", "name: \"  \""));
        assertThat(blank.problem()).contains("empty text");
    }

    @Test
    void aKeyWrittenTwiceIsAnError() throws IOException {
        CaseFileException e = problemIn(VALID + "  n: 2\n");
        assertThat(e.line()).isEqualTo(17);
        assertThat(e.field()).isEqualTo("expect.n");
        assertThat(e.problem()).contains("twice").contains("line 16");
    }

    @Test
    void aYamlAliasIsRefusedRatherThanReadAsText() throws IOException {
        CaseFileException e = problemIn(VALID.replace("predicate: Kurang Inovatif", "predicate: &p Kurang Inovatif")
                + "  sidSum: *p\n");
        assertThat(e.line()).isEqualTo(17);
        assertThat(e.problem()).contains("alias");
    }

    @Test
    void anInvalidInlineSubmissionNamesTheLineOfTheProblem() throws IOException {
        CaseFileException wrongValue = problemIn(VALID.replace("stage: PENERAPAN", "stage: APPLIED"));
        assertThat(wrongValue.line()).isEqualTo(10);
        assertThat(wrongValue.field()).isEqualTo("submission.innovations[0].stage");
        assertThat(wrongValue.problem()).contains("APPLIED").contains("PENERAPAN");

        // Found by the validator after reading: a date after the submission's year.
        CaseFileException late = problemIn(VALID.replace("applicationDate: 2021-03-01", "applicationDate: 2023-03-01"));
        assertThat(late.line()).isEqualTo(12);
        assertThat(late.field()).isEqualTo("submission.innovations[0].applicationDate");

        // A required field left out: the line of the object that lacks it.
        CaseFileException noStage = problemIn(VALID.replace("      stage: PENERAPAN\n", ""));
        assertThat(noStage.field()).isEqualTo("submission.innovations[0].stage");
        assertThat(noStage.line()).isEqualTo(8);

        CaseFileException unknown = problemIn(VALID.replace("stage: PENERAPAN", "stage: PENERAPAN\n      colour: red"));
        assertThat(unknown.problem()).contains("colour");
    }

    @Test
    void aMissingOrUnreadableSubmissionFileIsAnError() throws IOException {
        CaseFileException missing = problemIn("""
                name: shared
                year: 2022
                description: d
                submission: ../../cases/submissions/nowhere.json
                expect: {n: 0}
                """);
        assertThat(missing.line()).isEqualTo(4);
        assertThat(missing.field()).isEqualTo("submission");
        assertThat(missing.problem()).contains("no such file").contains("nowhere.json");

        Path shared = Files.createDirectories(dir.resolve("cases/submissions")).resolve("bad.json");
        Files.writeString(shared, "{\n  \"year\": 2022,\n  \"region\": {\"code\": \"61\", \"name\": \"P\", \"kind\": \"PROVINCE\"}\n}\n");
        CaseFileException bad = problemIn("""
                name: shared
                year: 2022
                description: d
                submission: ../../cases/submissions/bad.json
                expect: {n: 0}
                """);
        assertThat(bad.line()).isEqualTo(4);
        assertThat(bad.problem()).contains("bad.json").contains("$.region.kind").contains("PROVINCE").contains("line 3");
    }

    @Test
    void aMissingCaseFileIsAnError() {
        assertThatThrownBy(() -> CaseFiles.read(dir.resolve("nothing.yaml")))
                .isInstanceOf(CaseFileException.class).hasMessageContaining("no such file");
    }

    // ---- finding case files ------------------------------------------------------------------

    @Test
    void caseFilesAreTheYamlFilesOfCasesFolders() throws IOException {
        Path a = write("b.yaml", VALID);
        Path b = write("a.yml", VALID);
        Files.writeString(dir.resolve("2022/manifest.yaml"), "not a case\n");
        Path submissions = Files.createDirectories(dir.resolve("cases/submissions"));
        Files.writeString(submissions.resolve("shared.yaml"), "not a case either\n");
        Files.writeString(dir.resolve("2022/cases/notes.txt"), "not yaml\n");

        assertThat(CaseFiles.find(dir)).containsExactly(b, a);
        assertThat(CaseFiles.find(dir.resolve("2022"))).containsExactly(b, a);
        assertThat(CaseFiles.find(a)).containsExactly(a);
        assertThatThrownBy(() -> CaseFiles.find(dir.resolve("missing")))
                .isInstanceOf(CaseFileException.class).hasMessageContaining("no such file or folder");
    }
}
