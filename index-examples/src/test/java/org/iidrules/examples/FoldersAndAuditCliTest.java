package org.iidrules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iidrules.examples.CliRun.iid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.iidrules.RuleSets;
import org.iidrules.json.IidJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `iid audit`, `iid export`, `iid new-year` and `iid lock` end to end, in process. */
class FoldersAndAuditCliTest {

    private static final Path SHIPPED = ShippedRules.TREE;

    @TempDir
    Path dir;

    @Test
    void anUntouchedResultIsReproducedByteForByte() throws Exception {
        Path submission = dir.resolve("kalbar-2022.json");
        try (InputStream in = getClass().getResourceAsStream("/samples/kalbar-2022.json")) {
            Files.copy(in, submission);
        }
        Path result = dir.resolve("result.json");
        assertThat(iid("score", submission.toString(), "--out", result.toString()).exit()).isZero();

        CliRun run = iid("audit", result.toString(), "--submission", submission.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(result);
        assertThat(run.out()).startsWith("Reproduced byte for byte: " + bytes.length + " bytes, SHA-256 " + sha256(bytes)
                + ", scored again under iid-2022 1.0.0");
    }

    @Test
    void anAuditUnderAnEditedExportNamesTheDigestAndTheValuesThatMoved() throws IOException {
        CliRun export = iid("export", "2026", dir.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("iid-2026 (2026) in " + dir.resolve("2026") + ": ");
        Path submission = dir.resolve("cases/submissions/kalbar-2026.json");
        Path result = dir.resolve("result.json");
        assertThat(iid("score", submission.toString(), "--rules", dir.resolve("2026").toString(), "--out", result.toString()).exit())
                .isZero();
        String before = RuleSets.builtIn().forYear(2026).digest();
        Path drl = dir.resolve("catalogues/sid-v2026.drl");
        Files.writeString(drl, Files.readString(drl).replace("indicators.sdm!.staff >= 31", "indicators.sdm!.staff >= 36"));

        CliRun run = iid("audit", result.toString(), "--submission", submission.toString(), "--rules", dir.resolve("2026").toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(5);
        assertThat(run.out()).startsWith("Not reproduced: ")
                .contains("The rule set's digest changed: recorded " + before.substring(0, 12) + "…")
                // 17 sdm L3 now from 36 staff: KB-01's 35 staff fall to L2 (2 x 2 = 4, not 6); sidSum 554 - 2 = 552;
                // TOTAL = 41.25 + 552 / 12 = 87.25; IID = 87.25 / 250 x 100 = 34.90 (see 2026/cases/full-region-kalbar.yaml).
                .contains("changed $.index: recorded 34.97, now 34.90\n")
                .contains("changed $.totals.sidSum: recorded 554, now 552\n")
                .contains("changed $.innovations[0].points: recorded 110, now 108\n");

        CliRun json = iid("audit", result.toString(), "--submission", submission.toString(), "--rules", dir.resolve("2026").toString(),
                "--json");
        assertThat(json.exit()).isEqualTo(5);
        JsonNode audit = IidJson.mapper().readTree(json.out());
        assertThat(audit.path("outcome").asText()).isEqualTo("DIFFERS");
        assertThat(audit.at("/provenance/0/field").asText()).isEqualTo("RULE_SET_DIGEST");
        assertThat(audit.at("/provenance/0/recorded").asText()).isEqualTo(before);
        assertThat(iid("audit", result.toString(), "--submission", submission.toString(), "--rules", dir.resolve("2026").toString(),
                "--json").out()).isEqualTo(json.out());
    }

    @Test
    void aFileThatIsNotAResultIsInvalidInput() {
        Path submission = SHIPPED.resolve("cases/submissions/kalbar-2026.json");

        CliRun run = iid("audit", submission.toString(), "--submission", submission.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith(submission + " is not a result of IID Rules: it has no $.libraryVersion");
    }

    @Test
    void newYearWritesADraftThatLoadsTheSameOnEveryRunAndNeverOverwritesAnEdit() throws IOException {
        CliRun run = iid("new-year", "--from", "2026", "--out", dir.toString(), "--date", "2026-05-02");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("iid-2027 (2027) in " + dir.resolve("2027") + ": ")
                .contains("It loads: iid-2027 0.1.0 draft sha256:");
        assertThat(Files.readString(dir.resolve("2027/manifest.yaml"))).startsWith("# Created by `iid new-year` from iid-2026 1.0.0 (sha256:"
                + RuleSets.builtIn().forYear(2026).digest() + ") on 2026-05-02.\n");

        // The same command again finds every file already there, identical: the output does not depend on the day.
        CliRun again = iid("new-year", "--from", "2026", "--out", dir.toString(), "--date", "2026-05-02");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains(": 0 files written, ");

        Path register = dir.resolve("register.yaml");
        Files.writeString(register, Files.readString(register) + "# an edit\n");
        CliRun refused = iid("new-year", "--from", "2026", "--out", dir.toString(), "--date", "2026-05-02");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).startsWith("Nothing was written: this file is already in " + dir).contains(register.toString());
    }

    @Test
    void lockChecksAndRecordsATreeAndRefusesAChangeWithoutANewVersion() throws IOException {
        Path tree = dir.resolve("iid");
        ShippedRules.copyTo(tree);
        Path changelog = Files.writeString(dir.resolve("CHANGELOG.md"),
                "- iid-2022 1.0.0\n- iid-2023 1.0.0\n- iid-2024 1.0.0\n- iid-2025 1.0.0\n- iid-2026 1.0.0\n- iid-2027 1.0.0\n");
        Path lock = dir.resolve("rulesets.lock");
        String[] where = {"--rules-tree", tree.toString(), "--lock", lock.toString(), "--changelog", changelog.toString()};

        assertThat(iid(concat(new String[] {"lock"}, where)).exit()).isEqualTo(5);
        CliRun write = iid(concat(new String[] {"lock", "--write"}, where));
        assertThat(write.exit()).as(write.out() + write.err()).isZero();
        assertThat(write.out()).isEqualTo("Recorded 6 rule sets in " + lock + ".\n");
        assertThat(iid(concat(new String[] {"lock"}, where)).out()).isEqualTo("Every built-in rule set matches " + lock + ".\n");

        Path drl = tree.resolve("common/eligibility.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// an edit\n");
        CliRun changed = iid(concat(new String[] {"lock"}, where));
        assertThat(changed.exit()).isEqualTo(5);
        // common/eligibility.drl is used by every year: six problems, each naming it.
        assertThat(changed.out().lines().filter(l -> l.contains("'s rules changed (common/eligibility.drl) but its version is still 1.0.0")))
                .hasSize(6);
        CliRun refused = iid(concat(new String[] {"lock", "--write"}, where));
        assertThat(refused.exit()).isEqualTo(5);
        assertThat(refused.out()).endsWith("Nothing was written to " + lock + ".\n");
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
