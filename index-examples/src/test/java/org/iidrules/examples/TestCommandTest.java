package org.iidrules.examples;

import static org.iidrules.examples.CliRun.iid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code iid test} end to end, in process through {@link Iid#run}. */
class TestCommandTest {

    /** The rules and cases index-rules ships, on disk beside this module (a reactor build). */
    private static final Path SHIPPED = Path.of("../index-rules/src/main/resources/iid");

    @TempDir
    Path dir;

    /**
     * One innovation under 2022: regulasi Perda 3 x 3 = 9, sdm 12 staff 2 x 2 = 4, 13 points; n = 1,
     * divisor 10, sidAverage 1.3; 1 of 6 basic services: SJI 0; IID = 1.3 / 250 x 100 = 0.52.
     * Expectations start on line 17.
     */
    private static final String CASE = """
            name: NAME
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

    private Path write(String file, String name, String expectations) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Path path = cases.resolve(file);
        Files.writeString(path, CASE.replace("NAME", name) + expectations, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void passingCasesExitZero() throws IOException {
        write("a.yaml", "first case", "  index: 0.52\n  predicate: Kurang Inovatif\n");
        write("b.yaml", "second case", "  n: 1\n  divisor: 10\n");
        CliRun run = iid("test", dir.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .containsPattern("(?m)^PASSED +first case$")
                .containsPattern("(?m)^PASSED +second case$")
                .contains("2 of 2 expectations passed")
                .contains("iid-2022")
                .contains("2 cases: 2 passed, 0 failed, 0 could not run");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFailedExpectationIsReportedWithItsLineAndExitsFour() throws IOException {
        write("a.yaml", "right", "  index: 0.52\n");
        Path wrong = write("b.yaml", "wrong", "  index: 0.52\n  divisor: 12\n  innovations:\n    A: {points: 14}\n");
        CliRun run = iid("test", dir.toString());
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out())
                .containsPattern("(?m)^PASSED +right$")
                .containsPattern("(?m)^FAILED +wrong$")
                .contains(wrong.toString())
                .contains("1 of 3 expectations passed")
                .contains("line 18  expect.divisor: expected 12, got 10")
                .contains("line 20  expect.innovations.A.points: expected 14, got 13")
                .contains("2 cases: 1 passed, 1 failed, 0 could not run");
    }

    @Test
    void aMalformedCaseFileIsNamedWithItsLineAndExitsOne() throws IOException {
        write("a.yaml", "right", "  index: 0.52\n");
        write("b.yaml", "wrong", "  divisor: 12\n");
        write("c.yaml", "malformed", "  index: 0.52\n  sjii: 0\n");
        CliRun run = iid("test", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("(?m)^ERROR +c\\.yaml$")
                .contains("c.yaml, line 18, column 3: expect.sjii: unknown field \"sjii\"")
                .contains("3 cases: 1 passed, 1 failed, 1 could not run");
    }

    @Test
    void aCaseWithoutExpectationsIsMalformed() throws IOException {
        Path file = write("a.yaml", "empty", "  {}\n");
        Files.writeString(file, Files.readString(file).replace("expect:\n  {}\n", "expect: {}\n"));
        CliRun run = iid("test", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("line 16").contains("no expectations");
    }

    @Test
    void junitXmlIsWrittenOnRequest() throws IOException {
        write("a.yaml", "right", "  index: 0.52\n");
        write("b.yaml", "wrong & odd <name>", "  divisor: 12\n");
        Path xml = dir.resolve("out/cases.xml");
        CliRun run = iid("test", dir.resolve("cases").toString(), "--junit-xml", xml.toString());
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).contains("JUnit XML written to " + xml);
        String text = Files.readString(xml);
        assertThat(text).startsWith("<?xml")
                .contains("<testsuites name=\"iid test\" tests=\"2\" failures=\"1\" errors=\"0\"")
                .contains("<testcase name=\"right\"")
                .contains("<testcase name=\"wrong &amp; odd &lt;name&gt;\"")
                .contains("<failure type=\"expectation\"")
                .contains("line 17  expect.divisor: expected 12, got 10");
    }

    @Test
    void noCaseFilesOrAMissingPathExitsOne() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        CliRun none = iid("test", dir.resolve("empty").toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("No case files").contains("cases");

        CliRun missing = iid("test", dir.resolve("nowhere").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("No such file or folder").contains("nowhere");

        CliRun noArgs = iid("test");
        assertThat(noArgs.exit()).isEqualTo(2);
    }

    @Test
    void theShippedCasesPassUnderTheirYearFoldersOwnRules() {
        CliRun run = iid("test", SHIPPED.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("full-region-kalbar.yaml").contains("compiled at run time")
                .containsPattern("(?m)^\\d+ cases: \\d+ passed, 0 failed, 0 could not run$");
        CliRun builtIn = iid("test", SHIPPED.resolve("2022/cases/full-region-kalbar.yaml").toString(), "--built-in");
        assertThat(builtIn.exit()).as(builtIn.out()).isZero();
        assertThat(builtIn.out()).contains("compiled at build time").contains("1 case: 1 passed");
    }

    @Test
    void anEditedCopyOfAYearIsTestedAsEdited() throws IOException {
        Path copy = dir.resolve("iid");
        RuleFolderCopy.copyShippedTo(copy);
        // A policy officer raises 2022's minimum divisor from 10 to 11 in the copy.
        Path manifest = copy.resolve("2022/manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest)
                .replace("minimumDivisor:   {value: 10,", "minimumDivisor:   {value: 11,"));
        Path kalbar = copy.resolve("2022/cases/full-region-kalbar.yaml");

        CliRun edited = iid("test", kalbar.toString());
        assertThat(edited.exit()).isEqualTo(4);
        // 772 / 11 = 70.1818...: the divisor and everything after it change; SPD does not.
        assertThat(edited.out()).contains("expect.divisor: expected 10, got 11")
                .contains("expect.minimumDivisor: expected 10, got 11")
                .doesNotContain("expect.spd:");

        CliRun builtIn = iid("test", kalbar.toString(), "--built-in");
        assertThat(builtIn.exit()).as(builtIn.out()).isZero();
    }

    @Test
    void theCasesCopyOfTheSampleIsTheBundledSample() throws IOException {
        // The 2022 full-region case scores a copy of the sample; a change to one must reach the other.
        try (var sample = TestCommandTest.class.getResourceAsStream("/samples/kalbar-2022.json");
             var copy = TestCommandTest.class.getResourceAsStream("/iid/cases/submissions/kalbar-2022.json")) {
            assertThat(sample).isNotNull();
            assertThat(copy).isNotNull();
            assertThat(new String(copy.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(sample.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void helpListsTheTestCommand() {
        CliRun run = iid("--help");
        assertThat(run.out()).contains("test");
        CliRun help = iid("help", "test");
        assertThat(help.out()).contains("--junit-xml").contains("--built-in").contains("FOLDER|FILE");
    }
}
