package org.iidrules.examples;

import static org.iidrules.examples.CliRun.iid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.iidrules.json.IidJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iid diff A B} end to end, in process through {@link org.iidrules.examples.cli.Iid#run}. The 2022 -> 2026
 * changes are read by hand off the two manifests, catalogues/sid-v2023.* and sid-v2026.*, register.yaml and
 * the specification (../shared/methodology/README.md, "The years").
 */
class DiffCommandTest {

    /**
     * One innovation, inside the window of both years: applied 2021-03-01 (2022: 2020..2021) and last
     * developed 2025-03-01 (2026: 2024..2025); Pendidikan; no SPD facts, so SPD = 0 in both.
     * The same innovation as iid/2022/cases/regulasi-sk-kepala-pd.yaml and its 2026 pair.
     * <pre>
     *                          2022 (V2023)              2026 (V2026)
     * 16 regulasi SK Kepala PD L1  3 x 1 = 3              no level: 0
     * 17 sdm 12 staff          L2  2 x 2 = 4              L2  4
     * 32 kecepatan 6 months    L2  2 x 2 = 4              L2  4
     * 33 kemanfaatan 600       L3  3 x 3 = 9 (>= 201)     L3  9 (>= 501)
     * 35 video 3 elements      L2  4 x 2 = 8              L2  8
     * points                   28                         25, but 16 is mandatory and scores 0 (A15): not counted
     * n / divisor              1 / MAX(10, 1) = 10        0 / MAX(12, 0) = 12
     * SID sum / average        28 / 2.8                   0 / 0
     * basic services           1 covered < 2: SJI 0       0 covered < 5: SJI 0
     * IID                      2.8 / 250 x 100 = 1.12     0.00
     *                          Kurang Inovatif            Tidak Dapat Dinilai
     * </pre>
     */
    private static final String SUBMISSION = """
            {
              "year": 2026,
              "region": {"code": "9901", "name": "Kabupaten Contoh", "kind": "KABUPATEN"},
              "innovations": [{
                "id": "A",
                "name": "Sekolah Ramah Anak",
                "stage": "PENERAPAN",
                "mainUrusan": "PENDIDIKAN",
                "applicationDate": "2021-03-01",
                "latestDevelopmentDate": "2025-03-01",
                "rancangBangunWords": 400,
                "indicators": {
                  "regulasi": {"type": "SK_KEPALA_PERANGKAT_DAERAH", "evidence": [{"kind": "DOCUMENT", "reference": "A/sk.pdf"}]},
                  "sdm": {"staff": 12, "evidence": [{"kind": "DOCUMENT", "reference": "A/sk-tim.pdf"}]},
                  "kecepatan": {"months": 6, "evidence": [{"kind": "DOCUMENT", "reference": "A/tahapan.pdf"}]},
                  "kemanfaatan": {"basis": "BENEFICIARIES", "value": 600, "evidence": [{"kind": "DOCUMENT", "reference": "A/penerima.xlsx"}]},
                  "video": {"elements": ["LATAR_BELAKANG", "MANFAAT", "DAMPAK"], "durationSeconds": 240,
                            "evidence": [{"kind": "DOCUMENT", "reference": "A/video.mp4"}]}
                }
              }]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void from2022To2026ListsTheKnownChangesSectionBySection() {
        CliRun run = iid("diff", "2022", "2026");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String out = run.out();
        assertThat(out).startsWith("Methodology diff iid-2022 -> iid-2026\n")
                .containsPattern("(?m)^  from  iid-2022 1\\.0\\.0 \\(reconstructed\\), sha256 [0-9a-f]{64}$")
                .containsPattern("(?m)^  to    iid-2026 1\\.0\\.0 \\(transcribed\\), sha256 [0-9a-f]{64}$");
        // Formula and requirement: d 10 (A3) -> 12; basic services 2 (SEED22) -> 5 of 6.
        assertThat(out).contains("\n  minimum divisor d: 10 -> 12   [rests on A3 -> SIMONDA-IGA]\n")
                .contains("\n  basic services needed (of 6): 2 -> 5   [rests on SEED22 -> SIMONDA-IGA]\n");
        // Bands 60.01 / 35.00 (A5) -> 65.01 / 40.01.
        assertThat(out).contains("\n  lower bound of band Sangat Inovatif: 60.01 -> 65.01   [rests on A5 -> SIMONDA-IGA]\n")
                .contains("\n  lower bound of band Inovatif: 35.00 -> 40.01   [rests on A5 -> SIMONDA-IGA]\n")
                .doesNotContain("band Kurang Inovatif");
        // Eligibility: the mandatory indicators (A15) and the rancang bangun rule are new in 2026.
        assertThat(out).contains("\n  added mandatory SID indicators: 16, 17, 32, 33, 35   [rests on SIMONDA-IGA, A15]\n")
                .contains("\n  added eligibility rule \"2026: the rancang bangun has at least 300 words\"   [rests on SIMONDA-IGA]\n")
                .contains("now  \"2026: the rancang bangun has at least 300 words\"  2026/eligibility.drl line 10\n");
        // Catalogues: V2023 -> V2026, and 33 kemanfaatan's levels: one basis, one rule a level -> six.
        assertThat(out).contains("\n  SID catalogue: V2023 -> V2026   [rests on A2 -> none]\n");
        String kemanfaatan = out.substring(out.indexOf("\n  SID 33 kemanfaatan\n"));
        assertThat(kemanfaatan).contains("\n    level 1 changed: 1 rule -> 6 rules\n")
                .contains("\n    level 2 changed: 1 rule -> 6 rules\n")
                .contains("was  \"V2023 33 kemanfaatan L2: 101 beneficiaries or more\"  catalogues/sid-v2023.drl line 511")
                .contains("now  \"V2026 33 kemanfaatan (a) L2: 201 beneficiaries or more\"  catalogues/sid-v2026.drl line 513");
        // 17 sdm has the same levels in both catalogues.
        assertThat(out).doesNotContain("SID 17 sdm");
        // Assumptions dropped and added.
        assertThat(out).contains("\n  removed assumption A1: SPD 2022-2025 use the 2026 SPD rows")
                .contains("\n  added assumption A15: 2026 on: an innovation whose mandatory SID indicators")
                .contains("\n  added assumption A17: ");
        // Sections in a fixed order.
        assertThat(out).containsSubsequence("\nFormula\n", "\nBasic-service requirement\n", "\nPredicate bands\n",
                "\nEligibility\n", "\nCatalogues\n", "\nSID indicators\n", "\nAssumptions\n", "\nSources\n");
        assertThat(out).doesNotContain("\nSPD rows\n");
    }

    @Test
    void aYearAgainstItselfHasNoChanges() {
        CliRun run = iid("diff", "2026", "2026");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("No changes: the two rule sets prescribe the same methodology (same digest).\n")
                .doesNotContain("Formula");
    }

    @Test
    void aFolderWithOneThresholdEditedListsExactlyThatLevel() throws IOException {
        Path copy = ShippedRules.copyInto(dir);
        // V2026 17 sdm L2: 11 staff or more -> 12.
        Path drl = copy.resolve("catalogues/sid-v2026.drl");
        String text = Files.readString(drl);
        assertThat(text).contains("indicators.sdm!.staff >= 11 )");
        Files.writeString(drl, text.replace("indicators.sdm!.staff >= 11 )", "indicators.sdm!.staff >= 12 )"));

        CliRun run = iid("diff", "2026", copy.resolve("2026").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String changes = run.out().substring(run.out().indexOf("\n1 change\n"));
        assertThat(changes).isEqualTo("""

                1 change

                SID indicators
                  SID 17 sdm
                    level 2 changed
                      was  "V2026 17 sdm L2: 11 staff or more"  catalogues/sid-v2026.drl line 70
                             when $i : Innovation( indicators.sdm!.staff >= 11 )
                      now  "V2026 17 sdm L2: 11 staff or more"  catalogues/sid-v2026.drl line 70
                             when $i : Innovation( indicators.sdm!.staff >= 12 )
                """);
    }

    @Test
    void jsonIsValidAndTheSameEveryTime() throws IOException {
        CliRun first = iid("diff", "2022", "2026", "--json");
        CliRun second = iid("diff", "2022", "2026", "--json");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        JsonNode json = IidJson.mapper().readTree(first.out());
        assertThat(json.has("comparison")).isFalse();
        JsonNode diff = json.get("methodology");
        assertThat(diff.fieldNames()).toIterable().containsExactly("from", "to", "changes");
        assertThat(diff.get("from").get("id").asText()).isEqualTo("iid-2022");
        assertThat(diff.get("to").get("digest").asText()).hasSize(64);
        JsonNode divisor = null;
        for (JsonNode change : diff.get("changes")) {
            if (change.get("item").asText().equals("minimumDivisor")) {
                divisor = change;
            }
        }
        assertThat(divisor).isNotNull();
        assertThat(divisor.get("section").asText()).isEqualTo("FORMULA");
        assertThat(divisor.get("kind").asText()).isEqualTo("CHANGED");
        assertThat(divisor.get("before").asText()).isEqualTo("10");
        assertThat(divisor.get("after").asText()).isEqualTo("12");
        // A printed JSON document is complete: the last line closes it.
        assertThat(first.out()).endsWith("}\n");
    }

    @Test
    void aSubmissionShowsHowItsResultMoves() throws IOException {
        Path submission = dir.resolve("a.json");
        Files.writeString(submission, SUBMISSION, StandardCharsets.UTF_8);

        CliRun run = iid("diff", "2022", "2026", "--submission", submission.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String moves = run.out().substring(run.out().indexOf("Kabupaten Contoh (9901, KABUPATEN) under 2 methodology years"));
        // The worked table in SUBMISSION's comment.
        assertThat(moves).contains("2022 -> 2026: index 1.12 -> 0.00 (-1.12), Kurang Inovatif -> Tidak Dapat Dinilai")
                .contains("  - minimum divisor d: 10 -> 12\n")
                .contains("  - n (innovations that count): 1 -> 0\n")
                .contains("  - divisor MAX(d, n): 10 -> 12\n")
                .contains("  - SID sum: 28 -> 0\n")
                .contains("  - basic services covered / needed: 1 covered, 2 needed: not met -> 0 covered, 5 needed: not met\n")
                .containsPattern("  - innovation A counts: counts -> does not count: [^\\n]*16 regulasi[^\\n]* \\(-28\\)")
                .contains("  - innovation A, indicator 16 regulasi: L1, 3 points -> L0, 0 points")
                .contains("(-3)  [V2023 16 regulasi L1: SK Kepala Perangkat Daerah -> no rule]");
        // 17, 32, 33 and 35 score alike in both catalogues: they did not move.
        assertThat(moves).doesNotContain("indicator 17").doesNotContain("indicator 33").doesNotContain("indicator 35");

        CliRun json = iid("diff", "2022", "2026", "--submission", submission.toString(), "--json");
        JsonNode comparison = IidJson.mapper().readTree(json.out()).get("comparison");
        assertThat(comparison.get("steps").get(0).get("fromIndex").decimalValue()).isEqualByComparingTo("1.12");
        assertThat(comparison.get("steps").get(0).get("toIndex").decimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void badArgumentsAreNamedInPlainSentences() throws IOException {
        CliRun unknownYear = iid("diff", "2022", "2031");
        assertThat(unknownYear.exit()).isEqualTo(2);
        assertThat(unknownYear.err()).contains("2031");

        CliRun noFolder = iid("diff", "2022", dir.resolve("nowhere").toString());
        assertThat(noFolder.exit()).isEqualTo(1);
        assertThat(noFolder.err()).contains("No such rule folder: " + dir.resolve("nowhere"));

        CliRun noSubmission = iid("diff", "2022", "2026", "--submission", dir.resolve("missing.json").toString());
        assertThat(noSubmission.exit()).isEqualTo(1);
        assertThat(noSubmission.err()).contains("No such file: " + dir.resolve("missing.json"));

        CliRun oneSide = iid("diff", "2022");
        assertThat(oneSide.exit()).isEqualTo(2);
        assertThat(oneSide.err()).contains("Missing required parameter: 'B'");
    }
}
