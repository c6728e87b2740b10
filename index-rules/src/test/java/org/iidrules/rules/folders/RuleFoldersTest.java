package org.iidrules.rules.folders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.iidrules.RuleSet;
import org.iidrules.RuleSetException;
import org.iidrules.RuleSets;
import org.iidrules.cases.CaseFiles;
import org.iidrules.cases.CaseReport;
import org.iidrules.cases.CaseRunner;
import org.iidrules.folders.FolderException;
import org.iidrules.folders.RuleFolders;
import org.iidrules.folders.Written;
import org.iidrules.folders.YearSource;
import org.iidrules.rules.support.ShippedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A built-in year exported as a folder tree loads with the built-in digest; next year's folder is a draft that loads. */
class RuleFoldersTest {

    private static final Path SHIPPED = ShippedRules.TREE;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {2022, 2023, 2024, 2025, 2026, 2027})
    void anExportedYearLoadsWithTheBuiltInDigest(int year) {
        Written written = RuleFolders.export(YearSource.builtIn(year), dir);

        assertThat(written.yearFolder()).isEqualTo(dir.resolve(String.valueOf(year)));
        RuleSet fromDisk = RuleSets.fromFolder(dir.resolve(String.valueOf(year)));
        assertThat(fromDisk.digest()).isEqualTo(RuleSets.builtIn().forYear(year).digest());
        assertThat(fromDisk.id()).isEqualTo("iid-" + year);
    }

    @Test
    void anExportHoldsExactlyTheFilesTheYearUsesAndItsCases() throws IOException {
        Written written = RuleFolders.export(YearSource.builtIn(2027), dir);

        // 2027/manifest.yaml names the S2026 and V2026 catalogues (a YAML and a DRL each), common/eligibility.drl,
        // ../2026/eligibility.drl and ../register.yaml; of its three cases, the full region names a shared submission
        // (cases/submissions/provinsi-contoh-tujuh-2027.yaml), the other two write theirs inline.
        List<String> cases = list(SHIPPED.resolve("2027/cases"));
        assertThat(written.cases()).isEqualTo(cases.size()).isEqualTo(3);
        assertThat(list(dir)).containsExactlyInAnyOrder("2026", "2027", "cases", "catalogues", "common", "register.yaml");
        assertThat(list(dir.resolve("2026"))).containsExactly("eligibility.drl");
        assertThat(list(dir.resolve("common"))).containsExactly("eligibility.drl");
        assertThat(list(dir.resolve("cases/submissions"))).containsExactly("provinsi-contoh-tujuh-2027.yaml");
        assertThat(list(dir.resolve("catalogues"))).containsExactlyInAnyOrder("spd-s2026.yaml", "spd-s2026.drl",
                "sid-v2026.yaml", "sid-v2026.drl");
        assertThat(list(dir.resolve("2027/cases"))).isEqualTo(cases);
        for (String c : cases) {
            assertThat(Files.mismatch(dir.resolve("2027/cases/" + c), SHIPPED.resolve("2027/cases/" + c))).isEqualTo(-1);
        }
        // Every exported case runs under the exported folder's rules, as the built-in ones do: all pass.
        List<CaseReport> reports = CaseRunner.preferringRuleFolders().run(CaseFiles.find(dir.resolve("2027")));
        assertThat(reports).hasSize(3).allSatisfy(r -> assertThat(r.passed()).as(r.describe()).isTrue());
    }

    @Test
    void exportingTwiceWritesNothingNewAndAnEditedFileIsNeverOverwritten() throws IOException {
        RuleFolders.export(YearSource.builtIn(2026), dir);
        Written again = RuleFolders.export(YearSource.builtIn(2026), dir);
        assertThat(again.writtenNow()).isZero();

        Path drl = dir.resolve("catalogues/sid-v2026.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// an edit\n");
        Files.delete(dir.resolve("register.yaml"));
        assertThatThrownBy(() -> RuleFolders.export(YearSource.builtIn(2027), dir))
                .isInstanceOf(FolderException.class)
                .hasMessageStartingWith("Nothing was written: this file is already in " + dir)
                .hasMessageContaining("\n  " + drl + "\n");
        // Nothing was written: the deleted register is still missing.
        assertThat(dir.resolve("register.yaml")).doesNotExist();
    }

    @Test
    void aYearFolderCopiedWithoutItsSharedFilesSaysToUseExport() throws IOException {
        Files.createDirectories(dir.resolve("2026"));
        Files.copy(SHIPPED.resolve("2026/manifest.yaml"), dir.resolve("2026/manifest.yaml"));

        assertThatThrownBy(() -> RuleSets.fromFolder(dir.resolve("2026")))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("catalogues/spd-s2026.yaml");
                            assertThat(p.message()).contains("copied without the shared files").contains("`iid export YEAR DIR`");
                        }));
    }

    @Test
    void nextYearIsADraftThatLoadsKeepingEveryParameter() throws IOException {
        Written written = RuleFolders.newYear(YearSource.builtIn(2026), dir, LocalDate.of(2026, 5, 2));
        RuleSet base = RuleSets.builtIn().forYear(2026);

        assertThat(written.yearFolder()).isEqualTo(dir.resolve("2027"));
        RuleSet draft = RuleSets.fromFolder(dir.resolve("2027"));
        assertThat(draft.year()).isEqualTo(2027);
        assertThat(draft.id()).isEqualTo("iid-2027");
        assertThat(draft.version()).isEqualTo("0.1.0");
        assertThat(draft.status()).isEqualTo("draft");

        List<String> made = Files.readAllLines(dir.resolve("2027/manifest.yaml"));
        List<String> from = Files.readAllLines(SHIPPED.resolve("2026/manifest.yaml"));
        assertThat(made.get(0)).isEqualTo("# Created by `iid new-year` from iid-2026 1.0.0 (sha256:" + base.digest() + ") on 2026-05-02.");
        assertThat(made).contains("title: Indeks Inovasi Daerah 2027");
        // Every other line is 2026's as written: parameters with their sources, comments, lists.
        List<String> identity = List.of("id:", "year:", "version:", "status:", "title:");
        assertThat(made.subList(2, made.size()).stream().filter(l -> identity.stream().noneMatch(l::startsWith)).toList())
                .isEqualTo(from.stream().filter(l -> identity.stream().noneMatch(l::startsWith)).toList());
        // 2026's own eligibility.drl moves into the new folder; the shared files keep their paths.
        assertThat(Files.mismatch(dir.resolve("2027/eligibility.drl"), SHIPPED.resolve("2026/eligibility.drl"))).isEqualTo(-1);
        assertThat(dir.resolve("catalogues/sid-v2026.drl")).exists();
        assertThat(dir.resolve("2026")).doesNotExist();
    }

    @Test
    void nextYearsCasesSayTheyWereWrittenForTheYearBeforeAndRunUnderTheNewRules() throws IOException {
        Written written = RuleFolders.newYear(YearSource.builtIn(2026), dir, null);

        List<String> cases = list(SHIPPED.resolve("2026/cases"));
        assertThat(written.cases()).isEqualTo(cases.size());
        assertThat(list(dir.resolve("2027/cases"))).isEqualTo(cases);
        String first = Files.readString(dir.resolve("2027/cases/" + cases.get(0)));
        assertThat(first).startsWith("# Copied by `iid new-year` from iid-2026 1.0.0: written for 2026")
                .contains("\nyear: 2027\n").doesNotContain("\nyear: 2026\n");
        assertThat(Files.readString(dir.resolve("2027/manifest.yaml"))).startsWith(
                "# Created by `iid new-year` from iid-2026 1.0.0 (sha256:" + RuleSets.builtIn().forYear(2026).digest() + ").\n");

        // The draft has 2026's rules and parameters under a new year, so the cases' facts fall a year behind the window:
        // nothing says they pass. They must run (no ERROR: every submission is there, every year is 2027).
        List<CaseReport> reports = CaseRunner.preferringRuleFolders().run(CaseFiles.find(dir.resolve("2027")));
        long passed = reports.stream().filter(CaseReport::passed).count();
        System.out.printf("new-year 2026 -> 2027: %d of %d copied cases pass under the draft%n", passed, reports.size());
        assertThat(reports).hasSize(cases.size())
                .allSatisfy(r -> assertThat(r.status()).as(r.describe()).isNotEqualTo(CaseReport.Status.ERROR));
    }

    @Test
    void nextYearFromAFolderOnDiskStartsFromThatFolder() throws IOException {
        RuleFolders.export(YearSource.builtIn(2027), dir);
        Written written = RuleFolders.newYear(YearSource.folder(dir.resolve("2027")), dir, null);

        RuleSet draft = RuleSets.fromFolder(written.yearFolder());
        assertThat(draft.year()).isEqualTo(2028);
        // 2027 announced: its title's "(announced)" becomes "(draft)".
        assertThat(Files.readAllLines(dir.resolve("2028/manifest.yaml"))).contains("title: Indeks Inovasi Daerah 2028 (draft)");
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
