package org.iidrules.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.iidrules.RuleProblem;
import org.iidrules.RuleSet;
import org.iidrules.RuleSetException;
import org.iidrules.RuleSets;
import org.iidrules.json.IidJson;
import org.iidrules.model.SidFacts.RegulationType;
import org.iidrules.model.Submission;
import org.iidrules.rules.support.InnovationBuilder;
import org.iidrules.rules.support.RuleFolderCopy;
import org.iidrules.rules.support.SubmissionBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule folder on disk (a policy officer's edited copy of a year) is compiled at run time, scores
 * like the built-in year when unchanged, and reports its mistakes by file and line.
 */
class RuleFolderTest {

    @TempDir
    Path root;

    @BeforeEach
    void copyTheShippedRules() throws IOException {
        RuleFolderCopy.copyShippedTo(root);
    }

    @Test
    void anUnchangedCopyHasTheBuiltInDigestAndScoresAlike() {
        RuleSet fromDisk = RuleSets.fromFolder(root.resolve("2022"));
        RuleSet builtIn = RuleSets.builtIn().forYear(2022);
        assertThat(fromDisk.toString()).contains("compiled at run time");
        assertThat(fromDisk.digest()).isEqualTo(builtIn.digest());
        Submission s = SubmissionBuilder.submission(2022)
                .innovation(InnovationBuilder.innovation("A", 2022).regulasi(RegulationType.PERATURAN_DAERAH).sdm(12))
                .build();
        assertThat(IidJson.write(fromDisk.evaluate(s))).isEqualTo(IidJson.write(builtIn.evaluate(s)));
    }

    @Test
    void aSyntaxErrorIsReportedWithItsFileAndLine() throws IOException {
        Path drl = root.resolve("catalogues/sid-v2023.drl");
        String text = Files.readString(drl);
        // Break the first rule's consequence: "sheet.award($i, kcontext);" loses its closing parenthesis.
        int at = text.indexOf("    sheet.award($i, kcontext);");
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(drl, text.substring(0, at) + "    sheet.award($i, kcontext;" + text.substring(at + 30));

        assertThatThrownBy(() -> RuleSets.fromFolder(root.resolve("2022")))
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    RuleProblem first = e.problems().get(0);
                    assertThat(first.file()).isEqualTo("catalogues/sid-v2023.drl");
                    // The consequence is reported at the rule's line or the broken line itself, never elsewhere.
                    assertThat(first.line()).isBetween(line - 6, line);
                    assertThat(e.getMessage()).contains("catalogues/sid-v2023.drl:" + first.line());
                });
    }

    @Test
    void aDuplicateRuleNameIsAnErrorNotASilentReplacement() throws IOException {
        Path drl = root.resolve("catalogues/sid-v2023.drl");
        String text = Files.readString(drl);
        int start = text.indexOf("rule \"V2023 17 sdm L1: 1 staff or more\"");
        int end = text.indexOf("end\n", start) + 4;
        Files.writeString(drl, text + "\n" + text.substring(start, end));

        assertThatThrownBy(() -> RuleSets.fromFolder(root.resolve("2022")))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("V2023 17 sdm L1: 1 staff or more");
    }

    @Test
    void aRuleWithoutSourceOrWithAnUnlistedAssumptionIsRefused() throws IOException {
        Path drl = root.resolve("catalogues/sid-v2023.drl");
        String text = Files.readString(drl)
                .replace("@indicator(\"17\") @level(1) @source(\"SQL2023\")", "@indicator(\"17\") @level(1)")
                .replace("@indicator(\"17\") @level(2) @source(\"SQL2023\")", "@indicator(\"17\") @level(2) @source(\"SQL2023\") @assumption(\"A99\")");
        Files.writeString(drl, text);

        assertThatThrownBy(() -> RuleSets.fromFolder(root.resolve("2022")))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::message)
                        .anySatisfy(m -> assertThat(m).contains("V2023 17 sdm L1").contains("cites no @source"))
                        .anySatisfy(m -> assertThat(m).contains("V2023 17 sdm L2").contains("A99")));
    }

    @Test
    void aYearsDigestChangesWhenAFileItUsesChangesAndOnlyThen() throws IOException {
        String digest2022 = RuleSets.fromFolder(root.resolve("2022")).digest();
        String digest2026 = RuleSets.fromFolder(root.resolve("2026")).digest();

        // 2026/eligibility.drl belongs to 2026 only: 2022's digest stays, 2026's moves.
        Files.writeString(root.resolve("2026/eligibility.drl"), "\n// a comment\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleSets.fromFolder(root.resolve("2022")).digest()).isEqualTo(digest2022);
        assertThat(RuleSets.fromFolder(root.resolve("2026")).digest()).isNotEqualTo(digest2026);

        // The shared SPD catalogue is used by both years: both digests move.
        Files.writeString(root.resolve("catalogues/spd-s2026.yaml"), "\n# a comment\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(RuleSets.fromFolder(root.resolve("2022")).digest()).isNotEqualTo(digest2022);
    }

    @Test
    void editingAnAssumptionMovesTheDigestOfTheYearsThatUseItOnly() throws IOException {
        String digest2022 = RuleSets.fromFolder(root.resolve("2022")).digest();
        String digest2026 = RuleSets.fromFolder(root.resolve("2026")).digest();

        // A17 is listed by 2026 (and 2027), not by 2022: the register is one file, but each year's digest
        // covers only the entries its manifest names.
        Path register = root.resolve("register.yaml");
        String text = Files.readString(register);
        assertThat(text).contains("  A17: \"V2026 pelaksana (23)");
        Files.writeString(register, text.replace("  A17: \"V2026 pelaksana (23)", "  A17: \"(edited) V2026 pelaksana (23)"));

        assertThat(RuleSets.fromFolder(root.resolve("2022")).digest()).isEqualTo(digest2022);
        assertThat(RuleSets.fromFolder(root.resolve("2026")).digest()).isNotEqualTo(digest2026);
    }
}
