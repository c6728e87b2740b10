package org.iidrules.examples;

import static org.iidrules.examples.CliRun.iid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iidrules.RuleSets;
import org.iidrules.examples.cli.Iid;
import org.iidrules.json.IidJson;
import org.iidrules.result.InnovationResult;
import org.iidrules.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code iid} command end to end, in process through {@link Iid#run}.
 *
 * <h2>The bundled sample (samples/kalbar-2022.json) worked out by hand</h2>
 *
 * <b>SPD</b> (catalogue S2026; under 2022 by A1, so the same under 2022 and 2026), bobot x level:
 * <pre>
 *  1  visiMisi       vision and mission            L3  1    x 3 = 3
 *  2a apbdOnTime     3 years                       L3  1    x 3 = 3
 *  2b mandatory      3 components                  L2  1    x 2 = 2
 *  3  licensing      12.4  >= 8.17                 L3  1    x 3 = 3
 *  4  income/capita  3.87  in 2.05..5.23           L2  1    x 2 = 2
 *  5a TPT reduction  0.21  in 0.01..0.36           L2  0.75 x 2 = 1.5
 *  5b TPT rate       5.82  in 2.34..5.92 (< 5.91)  L2  0.75 x 2 = 1.5
 *  6  investment     18.6  in -47.43..94.75        L2  1.5  x 2 = 3
 *  7  PAD            7.45  in -5.15..33.84         L2  1.5  x 2 = 3
 *  8  BPK            WTP                           L3  1.5  x 3 = 4.5
 *  9  SAKIP          B                             L2  1    x 2 = 2
 *  10a poverty red.  0.12  in 0.08..1.15           L2  0.75 x 2 = 1.5
 *  10b poverty rate  6.84  in 4.81..13.11          L2  0.75 x 2 = 1.5
 *  11a IPM increase  0.71  but evidence is []      0   (A13)
 *  11b IPM           67.9  <= 69.99                L1  0.75 x 1 = 0.75
 *  12  awards        certificate + incentive       L2  2    x 2 = 4
 *  13a recommend.    5     in 4..7                 L2  1    x 2 = 2
 *  13b IKK           BAIK                          L2  1    x 2 = 2
 *  14  RIPJ          DRAFT                         L1  1    x 1 = 1
 *  15  HAKI          not reported                  0
 *  SPD = 3+3+2+3+2+1.5+1.5+3+3+4.5+2+1.5+1.5+0+0.75+4+2+2+1+0 = 41.25
 * </pre>
 *
 * <b>Which innovations count under 2022</b> (A11 stage PENERAPAN; A12 applied or last developed in
 * 2020-01-01..2021-12-31): KB-08 is at stage UJI_COBA (A11: out); KB-09 was applied 2018-03-01 and
 * last developed 2019-06-30, both before 2020 (A12: out). The other ten were applied in 2020 or
 * 2021: n = 10, divisor = MAX(10, 10) = 10.
 * Basic services covered by the counting innovations' main urusan: Pendidikan (KB-01, KB-10),
 * Kesehatan (KB-02; KB-08 does not count), Perumahan Rakyat dan Kawasan Permukiman (KB-03),
 * Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat (KB-12) = 4 of 6 >= 2: met, so
 * SJI = 0.38 x MIN(10, 200) = 3.80.
 *
 * <b>SID sum under 2022</b> (catalogue V2023, T-0 = 2022; weights 3,2,2,2,1,2,1,1,1,1,1,1,2,1,2,3,2,3,2,4
 * for indicators 16..35, sum 37, max 111), see {@link #theSampleIndexWorkedOutByHand}.
 *
 * <b>Under 2026</b> the window is 2024-01-01..2025-12-31: every innovation was applied 2018..2021
 * and none was developed later, so n = 0, divisor = MAX(12, 0) = 12, SID average 0; 0 of 6 basic
 * services covered < 5 needed, SJI = 0. Total = 41.25, IID = 41.25 / 250 x 100 = 16.50, in
 * 0.01..40.00: Kurang Inovatif.
 */
class CliTest {

    private static final Pattern INDEX_LINE =
            Pattern.compile("(?m)^Index\\s+(\\d+\\.\\d{2})\\s+(Sangat Inovatif|Inovatif|Kurang Inovatif|Tidak Dapat Dinilai)\\s*$");


    private static String indexOf(String report) {
        Matcher m = INDEX_LINE.matcher(report);
        assertThat(m.find()).as("an Index line in:%n%s", report).isTrue();
        return m.group(1);
    }

    // ---- score: the report -----------------------------------------------------------------------

    @Test
    void scoringTheSamplePrintsAReport() {
        CliRun run = iid("score", "--sample", "kalbar_2022");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String report = run.out();
        assertThat(report).contains("Provinsi Kalimantan Barat");
        assertThat(report).contains("iid-2022");
        assertThat(report).containsPattern(INDEX_LINE);
        // SPD 41.25 of the 63 possible (see the class comment).
        assertThat(report).containsPattern("(?m)^SPD\\s+41\\.25 of 63\\.00\\s*$");
        // n = 10 (KB-08 and KB-09 out), divisor MAX(10, 10) = 10.
        assertThat(report).contains("n = 10").contains("divisor = MAX(10, n) = 10");
        assertThat(report).containsPattern("(?m)^SID\\s+\\S+ = \\S+ / 10 \\+ SJI 3\\.80\\s*$");
        assertThat(report).contains("Innovations (10 of 12 count)");
        // The basic-service statement: 4 of the 6 covered, 2 needed, met.
        assertThat(report).contains("basic services covered")
                .contains("Pendidikan", "Kesehatan", "Perumahan Rakyat dan Kawasan Permukiman",
                        "Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat")
                .contains("2 of 6 needed, met").doesNotContain("not met");
        assertThat(report).containsPattern("(?m)^Findings \\(\\d+");
    }

    @Test
    void theReportSaysWhichInnovationsDoNotCountAndWhy() {
        String report = iid("score", "--sample", "kalbar_2022").out();
        String kb08 = lineOf(report, "KB-08");
        String kb09 = lineOf(report, "KB-09");
        assertThat(kb08).contains("not counted").contains("UJI_COBA");
        assertThat(kb09).contains("not counted").contains("2018-03-01").contains("2019-06-30")
                .contains("2020-01-01").contains("2021-12-31");
        for (String counted : new String[] {"KB-01", "KB-02", "KB-03", "KB-04", "KB-05", "KB-06", "KB-07", "KB-10", "KB-11", "KB-12"}) {
            assertThat(lineOf(report, counted)).as(counted).doesNotContain("not counted");
        }
    }

    @Test
    void findingsOptionLimitsTheFindingsShown() {
        String report = iid("score", "--sample", "kalbar_2022", "--findings", "1").out();
        String afterFindings = report.substring(report.indexOf("Findings"));
        String block = afterFindings.substring(0, afterFindings.indexOf("\n\n"));
        // The sample has several findings (at least row 11a without evidence, A13, and the two
        // innovations not counted), so exactly one is shown and the header says so.
        assertThat(block.lines().filter(l -> l.startsWith("  - ")).count()).isEqualTo(1);
        assertThat(block).contains("first 1 shown");
    }

    /**
     * The whole 2022 index of the sample, from the spec (catalogue V2023, T-0 2022, T-1 2021, T-2 2020).
     * <pre>
     * KB-01  every indicator at L3 (Perda; 35 staff; budget 2020-22; online system; 3 trainings in
     *        2021-22; RKPD 2020-22; 5 actors; SK KD; 6 PD; news media; online book; online app;
     *        1 day; 110/120 = 91.67% >= 71; web+mobile; 3 replications; 4 months; 12500 persons;
     *        external evaluation; 5 elements in 290 s)                              = 37 x 3 = 111
     * KB-02  16 SK KD L2 6; 17 24 staff L2 4; 18 T-0..T-2 L3 6; 19 electronic L2 4; 20 one training L1 1;
     *        21 RKPD 2021 only L1 2; 22 4 actors L2 1x2 = 2; 23 SK KD L3 3; 24 4 PD L2 2;
     *        25 news media (pemda's own: V2023 does not tell them apart, A18) L3 3; 26 printed L1 1;
     *        27 face to face L1 1; 28 1 day L3 6; 29 15/15 = 100% L3 3; 30 website info L1 2;
     *        31 no replication 0; 32 8 months L2 4; 33 180 persons L2 6; 34 internal L1 2;
     *        35 2 elements L1 4                                                        = 62
     * KB-03  16 SK Kepala PD L1 3; 17 8 staff L1 2; 18 T-1 only L2 4; 19 online L3 6; 20 one L1 1;
     *        21 RKPD 2021 L1 2; 22 3 actors L1 1; 23 SK Kepala PD L2 2; 24 2 PD L1 1;
     *        25 social media L2 2; 26 e-book L2 2; 27 social media L2 2; 28 3 days L2 4;
     *        29 no complaints L1 1; 30 web app L2 4; 31 none 0; 32 10 months L1 2;
     *        33 95 persons L1 3; 34 SKM L2 4; 35 3 elements L2 8                        = 54
     * P      (KB-04 and the like) 16 Perkada L3 9; 17 15 staff L2 4; 18 T-0..T-2 L3 6; 19 online L3 6;
     *        20 two trainings in 2021 L2 2; 21 RKPD 2020+2021 = T-2 and T-1 L2 4; 22 4 actors L2 2;
     *        23 SK KD L3 3; 24 3 PD L2 2; 25 social media L2 2; 26 e-book L2 2; 27 social media L2 2;
     *        28 3 days L2 4; 29 34/40 = 85% L3 3; 30 web app L2 4; 31 1 replication L1 3;
     *        32 6 months L2 4; 33 350 persons L3 9; 34 SKM L2 4; 35 3 elements L2 8     = 83
     * KB-04  = P                                                                        = 83
     * KB-05  P, but 40 staff L3 (+2) and 2 replications L2 (+3); 290/300 = 96.67% still L3 = 88
     * KB-06  P, but online application L3 (+1) and 250/500 = 50.00% L2 (-1)             = 83
     * KB-07  P, but regulasi and bimtek without evidence (A13: -9, -2) and no monev (-4) = 68
     * KB-10  P, but regulasi SK Kepala PD a.n. Kepala Daerah = SK KD (A16) L2 (-3);
     *        pelaksana likewise SK KD L3 (+0); 2400 persons L3 (+0)                    = 80
     * KB-11  P, but the video lasts 420 s > 5 minutes: not valid evidence, 0 (-8)       = 75
     * KB-12  P, but the working tool is AI, which V2023 does not list (only V2026 adds it): 0 (-6);
     *        benefit basis "coverage of target units %" is not a V2023 basis: 0 (-9)   = 68
     * SID sum = 111 + 62 + 54 + 83 + 88 + 83 + 68 + 80 + 75 + 68 = 772
     * SID = 772 / 10 + 3.80 = 77.20 + 3.80 = 81.00;  TOTAL = 41.25 + 81.00 = 122.25
     * IID = 122.25 / 250 x 100 = 48.90, in 35.00..60.00: Inovatif (A5)
     * </pre>
     */
    @Test
    void theSampleIndexWorkedOutByHand() {
        CliRun run = iid("score", "--sample", "kalbar_2022", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        Result r = IidJson.readResult(run.out());
        assertThat(r.innovation("KB-01").points()).isEqualByComparingTo("111");
        assertThat(r.innovation("KB-02").points()).isEqualByComparingTo("62");
        assertThat(r.innovation("KB-03").points()).isEqualByComparingTo("54");
        assertThat(r.innovation("KB-04").points()).isEqualByComparingTo("83");
        assertThat(r.innovation("KB-05").points()).isEqualByComparingTo("88");
        assertThat(r.innovation("KB-06").points()).isEqualByComparingTo("83");
        assertThat(r.innovation("KB-07").points()).isEqualByComparingTo("68");
        assertThat(r.innovation("KB-10").points()).isEqualByComparingTo("80");
        assertThat(r.innovation("KB-11").points()).isEqualByComparingTo("75");
        assertThat(r.innovation("KB-12").points()).isEqualByComparingTo("68");
        assertThat(r.totals().sidSum()).isEqualByComparingTo("772");
        assertThat(r.totals().total()).isEqualByComparingTo("122.25");
        assertThat(r.index()).isEqualByComparingTo("48.90");
        assertThat(r.predicate()).isEqualTo("Inovatif");
        assertThat(indexOf(iid("score", "--sample", "kalbar_2022").out())).isEqualTo("48.90");
    }

    // ---- score: JSON, --out, --year --------------------------------------------------------------

    @Test
    void jsonOutputParsesAndAgreesWithTheReport() {
        CliRun json = iid("score", "--sample", "kalbar_2022", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        Result r = IidJson.readResult(json.out());
        String reportIndex = indexOf(iid("score", "--sample", "kalbar_2022").out());
        assertThat(r.index()).isEqualByComparingTo(new BigDecimal(reportIndex));
        assertThat(r.index().toPlainString()).isEqualTo(reportIndex);

        assertThat(r.ruleSet().id()).isEqualTo("iid-2022");
        assertThat(r.region().name()).isEqualTo("Provinsi Kalimantan Barat");
        assertThat(r.totals().spd()).isEqualByComparingTo("41.25");
        assertThat(r.totals().n()).isEqualTo(10);
        assertThat(r.totals().divisor()).isEqualTo(10);
        assertThat(r.totals().sji()).isEqualByComparingTo("3.80");
        assertThat(r.requirement().coveredCount()).isEqualTo(4);
        assertThat(r.requirement().met()).isTrue();
        assertThat(r.innovations()).filteredOn(i -> !i.counts()).extracting(InnovationResult::id)
                .containsExactlyInAnyOrder("KB-08", "KB-09");
        // Row 11a (IPM increase 0.71) would reach L2 but carries no evidence: 0 (A13).
        assertThat(r.spdRow("11a").points()).isEqualByComparingTo("0");
    }

    @Test
    void yearOptionScoresUnder2026() {
        CliRun run = iid("score", "--sample", "kalbar_2022", "--year", "2026", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        Result r = IidJson.readResult(run.out());
        assertThat(r.ruleSet().year()).isEqualTo(2026);
        assertThat(r.ruleSet().id()).isEqualTo("iid-2026");
        assertThat(r.assessmentYear()).isEqualTo(2026);
        // See the class comment: nothing counts in 2024..2025; total = SPD = 41.25; IID 16.50.
        assertThat(r.totals().n()).isZero();
        assertThat(r.totals().divisor()).isEqualTo(12);
        assertThat(r.totals().spd()).isEqualByComparingTo("41.25");
        assertThat(r.totals().sji()).isEqualByComparingTo("0");
        assertThat(r.requirement().met()).isFalse();
        assertThat(r.index()).isEqualByComparingTo("16.50");
        assertThat(r.predicate()).isEqualTo("Kurang Inovatif");

        String report = iid("score", "--sample", "kalbar_2022", "--year", "2026").out();
        assertThat(report).contains("iid-2026").contains("5 of 6 needed, not met");
        assertThat(indexOf(report)).isEqualTo("16.50");
    }

    @Test
    void outWritesTheSameJsonAsJsonPrints(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("result.json");
        CliRun withOut = iid("score", "--sample", "kalbar_2022", "--out", file.toString());
        assertThat(withOut.exit()).as(withOut.err()).isZero();
        // Without --json the report still goes to stdout.
        assertThat(withOut.out()).containsPattern(INDEX_LINE);
        CliRun json = iid("score", "--sample", "kalbar_2022", "--json");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(json.out());
    }

    @Test
    void scoringAFileOnDiskGivesTheSameResultAsTheBundledSample(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("kalbar.json");
        try (var in = CliTest.class.getResourceAsStream("/samples/kalbar-2022.json")) {
            assertThat(in).isNotNull();
            Files.copy(in, copy);
        }
        CliRun fromFile = iid("score", copy.toString(), "--json");
        assertThat(fromFile.exit()).as(fromFile.err()).isZero();
        assertThat(fromFile.out()).isEqualTo(iid("score", "--sample", "kalbar_2022", "--json").out());
    }

    // ---- errors ----------------------------------------------------------------------------------

    @Test
    void aMissingFileIsInvalidInput(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        CliRun run = iid("score", missing.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("missing.json").containsPattern("(?i)no such file|not found|does not exist");
    }

    @Test
    void aMissingFileGivenByARelativeNameIsInvalidInput() {
        CliRun run = iid("score", "missing.json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("missing.json").containsPattern("(?i)no such file|not found|does not exist");
    }

    @Test
    void malformedJsonIsInvalidInputAndNamesTheLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        // Line 3 has a second comma where a field name belongs.
        Files.writeString(bad, "{\n  \"year\": 2022,\n  \"region\": {\"code\": \"61\",,}\n}\n", StandardCharsets.UTF_8);
        CliRun run = iid("score", bad.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("line 3");
    }

    @Test
    void anInvalidSubmissionIsInvalidInputWithItsPath(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("negative.json");
        Files.writeString(bad, """
                {
                  "year": 2022,
                  "region": {"code": "6171", "name": "Kota Pontianak", "kind": "KOTA"},
                  "innovations": [{"id": "T-01", "name": "Uji", "stage": "PENERAPAN", "mainUrusan": "PENDIDIKAN",
                                   "applicationDate": "2021-07-01",
                                   "indicators": {"sdm": {"staff": -3, "evidence": []}}}]
                }
                """, StandardCharsets.UTF_8);
        CliRun run = iid("score", bad.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("$.innovations[0].indicators.sdm.staff").contains("-3");
    }

    @Test
    void anUnknownYearIsAUsageErrorListingTheYears() {
        CliRun run = iid("score", "--sample", "kalbar_2022", "--year", "2030");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("2030").contains("2022").contains("2026");
    }

    @Test
    void noInputIsAUsageError() {
        CliRun run = iid("score");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isNotBlank();
    }

    // ---- years -----------------------------------------------------------------------------------

    @Test
    void yearsListsEachYearWithItsDigest() {
        CliRun run = iid("years");
        assertThat(run.exit()).as(run.err()).isZero();
        String d2022 = RuleSets.builtIn().forYear(2022).digest();
        String d2026 = RuleSets.builtIn().forYear(2026).digest();
        assertThat(d2022).matches("[0-9a-f]{64}").isNotEqualTo(d2026);
        assertThat(lineOf(run.out(), "2022")).startsWith("2022").contains("iid-2022").contains(d2022);
        assertThat(lineOf(run.out(), "2026")).startsWith("2026").contains("iid-2026").contains(d2026);
        // One line per built-in year, 2022 to 2027; 2027 is the announced successor of 2026.
        assertThat(run.out().lines().filter(l -> !l.isBlank()).count()).isEqualTo(6);
        assertThat(lineOf(run.out(), "2027")).contains("iid-2027").contains("announced");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static String lineOf(String text, String start) {
        return text.lines().filter(l -> l.strip().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + start + " in:\n" + text));
    }

    @org.junit.jupiter.api.Test
    void catalogueListsTheYearsIndicatorsWithWeightsAndRules() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.iidrules.examples.cli.Iid.run(new String[] {"catalogue", "--year", "2022"},
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        org.assertj.core.api.Assertions.assertThat(code).isZero();
        // sid-indicators.md: 17 sdm weighs 2 in V2023; 2022 uses V2023 (A2) and S2026 (A1).
        org.assertj.core.api.Assertions.assertThat(out.toString())
                .contains("iid-2022")
                .containsPattern("SID V2023 17 +sdm +weight 2")
                .contains("V2023 17 sdm L3: more than 30 staff")
                .containsPattern("SPD S2026 8 +auditOpinion +weight 1.5");
    }

    @Test
    void yearsComparesTheSampleUnderEveryYearAndSaysWhatMoved() {
        CliRun run = iid("score", "--sample", "kalbar_2022", "--years", "2022..2027");
        assertThat(run.exit()).as(run.err()).isZero();
        // One table row per year, 2022 to 2027, then a paragraph per step.
        for (int year = 2022; year <= 2027; year++) {
            assertThat(lineOf(run.out(), String.valueOf(year))).contains("iid-" + year);
        }
        // 2023's window (A12) is 2021-01-01..2022-12-31: of the sample's Penerapan innovations, KB-01 (2021-03-15),
        // KB-03 (2021-06-01), KB-05 (last developed 2021-10-01), KB-06 (2021-01-05), KB-07 (2021-04-22),
        // KB-11 (2021-02-01) and KB-12 (2021-08-17) fall in it: n = 7. 2024's window is 2022..2023: none, n = 0.
        assertThat(run.out()).contains("2022 -> 2023: index 48.90 -> ").contains("2023 -> 2024");
        assertThat(run.out()).contains("- n (innovations that count): 7 -> 0");
    }

    @Test
    void yearsBeyondTheLatestIsAnErrorThatNamesTheLatest() {
        CliRun run = iid("score", "--sample", "kalbar_2022", "--years", "2022..2030");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("the latest defined year is 2027");
    }

    @Test
    void yearAndYearsTogetherIsAUsageError() {
        CliRun run = iid("score", "--sample", "kalbar_2022", "--year", "2022", "--years", "2022,2026");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--year or --years");
    }
}
