package org.iidrules.rules.folders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.iidrules.folders.LockCheck;
import org.iidrules.folders.RuleSetLock;
import org.iidrules.rules.support.ShippedRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock check on a temporary copy of the rule tree, with a lock and a changelog of its own. */
class LockCheckTest {

    private static final String RECORD = "record it with `" + RuleSetLock.RECORD_COMMAND + "`";

    @TempDir
    Path root;

    Path tree;
    Path lock;
    Path changelog;
    LockCheck check;

    @BeforeEach
    void copyTheTreeAndRecordIt() throws IOException {
        tree = ShippedRules.copyTo(root.resolve("iid"));
        lock = root.resolve("rulesets.lock");
        changelog = root.resolve("CHANGELOG.md");
        // The forms a Keep-a-Changelog line may take: the id in backticks or not, several in one line.
        Files.writeString(changelog, """
                # Changelog
                ## [Unreleased]
                - Rule set `iid-2022` 1.0.0 (reconstructed).
                - Rule sets `iid-2023` 1.0.0, `iid-2024` 1.0.0 and
                  `iid-2025` 1.0.0; iid-2026 1.0.0 and iid-2027 1.0.0.
                """);
        check = new LockCheck(tree, lock, changelog);
        assertThat(check.record().passed()).isTrue();
    }

    @Test
    void anUntouchedTreeMatchesItsLock() {
        LockCheck.Report report = check.run();
        assertThat(report.problems()).isEmpty();
        assertThat(report.notes()).isEmpty();
        assertThat(report.current().ruleSets()).containsOnlyKeys("iid-2022", "iid-2023", "iid-2024", "iid-2025", "iid-2026", "iid-2027");
    }

    @Test
    void recordingTwiceGivesTheSameBytes() throws IOException {
        byte[] first = Files.readAllBytes(lock);
        check.record();
        assertThat(Files.readAllBytes(lock)).isEqualTo(first);
        assertThat(new String(first)).contains("iid-2022:\n  year: 2022\n  version: \"1.0.0\"\n  status: \"reconstructed\"\n");
    }

    @Test
    void aChangedFileWithTheSameVersionFailsNamingTheFileAndIsNotRecorded() throws IOException {
        // sid-v2023.drl is the SID catalogue of 2022 (A2) and 2023, and of no other year.
        Path drl = tree.resolve("catalogues/sid-v2023.drl");
        Files.writeString(drl, Files.readString(drl).replace("indicators.sdm!.staff >= 11", "indicators.sdm!.staff >= 12"));
        byte[] recorded = Files.readAllBytes(lock);

        LockCheck.Report report = check.run();

        assertThat(report.problems()).extracting(LockCheck.Problem::ruleSet).containsExactly("iid-2022", "iid-2023");
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.kind()).isEqualTo(LockCheck.Kind.VERSION_NOT_BUMPED));
        assertThat(report.problems().get(0).message()).isEqualTo("iid-2022's rules changed (catalogues/sid-v2023.drl) but its"
                + " version is still 1.0.0: bump the version in " + tree.resolve("2022/manifest.yaml") + ", add a line to "
                + changelog + " naming `iid-2022 <new version>`, and " + RECORD);
        LockCheck.Report refused = check.record();
        assertThat(refused.passed()).isFalse();
        assertThat(Files.readAllBytes(lock)).isEqualTo(recorded);
    }

    @Test
    void aChangedRegisterEntryIsNamedByItsEntry() throws IOException {
        // A5 (the 2022 bands) is listed by 2022's manifest only.
        Path register = tree.resolve("register.yaml");
        Files.writeString(register, Files.readString(register).replace("A5: \"2022 bands", "A5: \"The 2022 bands"));

        LockCheck.Report report = check.run();

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleSet()).isEqualTo("iid-2022");
            assertThat(p.message()).startsWith("iid-2022's rules changed (register.yaml#assumptions/A5) but its version is still 1.0.0");
        });
    }

    @Test
    void aBumpedVersionWithoutAChangelogLineFailsSayingWhatLineToAdd() throws IOException {
        bump2022();

        LockCheck.Report report = check.run();

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LockCheck.Kind.NOT_IN_CHANGELOG);
            assertThat(p.message()).isEqualTo("iid-2022 is now version 1.0.1 (recorded: 1.0.0) but " + changelog
                    + " has no line naming `iid-2022 1.0.1`: add one under [Unreleased], such as `- iid-2022 1.0.1: what changed"
                    + " and why` (the rule set's id, a space, its version), then " + RECORD);
        });
        assertThat(check.record().passed()).isFalse();
    }

    @Test
    void aBumpedAndLoggedVersionFailsUntilRecorded() throws IOException {
        bump2022();
        // 1.0.10 does not name 1.0.1; the second line does.
        Files.writeString(changelog, Files.readString(changelog) + "- iid-2022 1.0.10: not this one\n");
        assertThat(check.run().problems()).extracting(LockCheck.Problem::kind).containsExactly(LockCheck.Kind.NOT_IN_CHANGELOG);
        Files.writeString(changelog, Files.readString(changelog) + "- iid-2022 1.0.1: bands as in the 2022 decree\n");

        LockCheck.Report report = check.run();

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(LockCheck.Kind.NOT_RECORDED);
            assertThat(p.message()).startsWith("iid-2022 1.0.1 is in " + changelog + " but " + lock + " still records 1.0.0 (digest ")
                    .endsWith(RECORD);
        });
        assertThat(check.record().passed()).isTrue();
        assertThat(check.run().problems()).isEmpty();
    }

    @Test
    void aDraftMayChangeAndAYearMissingFromTheLockOrNoLongerBuiltInFails() throws IOException {
        // A new draft year 2028 (a copy of 2027), and 2023 no longer built in.
        Files.createDirectories(tree.resolve("2028"));
        Files.writeString(tree.resolve("2028/manifest.yaml"), Files.readString(tree.resolve("2027/manifest.yaml"))
                .replace("id: iid-2027", "id: iid-2028").replace("year: 2027", "year: 2028").replace("status: announced", "status: draft"));
        Files.writeString(tree.resolve("rulesets.yaml"), Files.readString(tree.resolve("rulesets.yaml"))
                .replace("  2023: 2023/manifest.yaml\n", "") + "  2028: 2028/manifest.yaml\n");

        LockCheck.Report report = check.run();

        assertThat(report.problems()).extracting(LockCheck.Problem::kind)
                .containsExactly(LockCheck.Kind.NOT_IN_LOCK, LockCheck.Kind.NO_LONGER_BUILT_IN);
        assertThat(report.problems().get(0).message()).isEqualTo("iid-2028 (" + tree.resolve("2028/manifest.yaml")
                + ") is a built-in rule set but " + lock + " does not record it: " + RECORD);
        assertThat(report.problems().get(1).message()).startsWith(lock + " records iid-2023 (year 2023), which is no longer a built-in rule set");
        assertThat(check.record().passed()).isTrue();

        // Once recorded, the draft may change without a new version: a note, not a failure.
        Path manifest = tree.resolve("2028/manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("value: 14,", "value: 16,"));
        LockCheck.Report draft = check.run();
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.notes()).singleElement().asString().startsWith("iid-2028 is a draft and changed since it was recorded (2028/manifest.yaml)");
    }

    private void bump2022() throws IOException {
        Path manifest = tree.resolve("2022/manifest.yaml");
        String text = Files.readString(manifest);
        assertThat(text).containsOnlyOnce("version: 1.0.0");
        Files.writeString(manifest, text.replace("version: 1.0.0", "version: 1.0.1"));
    }
}
