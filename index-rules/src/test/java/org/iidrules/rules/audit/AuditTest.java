package org.iidrules.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import org.iidrules.RuleSets;
import org.iidrules.audit.Audit;
import org.iidrules.audit.AuditException;
import org.iidrules.audit.Difference;
import org.iidrules.audit.ProvenanceChange;
import org.iidrules.folders.RuleFolders;
import org.iidrules.folders.YearSource;
import org.iidrules.json.IidJson;
import org.iidrules.model.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An audit scores a recorded result's submission again and proves it byte for byte, or lists every value
 * that differs and says whether the rules or the library differ from those recorded.
 */
class AuditTest {

    /** The 2026 full region (iid/2026/cases/full-region-kalbar.yaml works it out by hand: index 34.97, sidSum 554). */
    private static final Path KALBAR_2026 = Path.of("src/main/resources/iid/cases/submissions/kalbar-2026.json");

    @TempDir
    Path dir;

    @Test
    void anUntouchedResultIsReproducedByteForByte() throws Exception {
        Submission s = IidJson.readSubmission(KALBAR_2026);
        String json = IidJson.write(RuleSets.builtIn().forYear(2026).evaluate(s));
        Path recorded = Files.writeString(dir.resolve("result.json"), json);

        Audit audit = Audit.of(recorded, s, RuleSets.builtIn());

        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(audit.outcome()).isEqualTo(Audit.Outcome.REPRODUCED);
        assertThat(audit.reproduced()).isTrue();
        assertThat(audit.differences()).isEmpty();
        assertThat(audit.provenance()).isEmpty();
        assertThat(audit.rescored().size()).isEqualTo(bytes.length);
        assertThat(audit.rescored().sha256()).isEqualTo(sha256(bytes));
        assertThat(audit.describe()).startsWith("Reproduced byte for byte: " + bytes.length + " bytes, SHA-256 " + sha256(bytes));
    }

    @Test
    void aTamperedIndicatorIsTheOneDifferenceWithBothValues() throws Exception {
        Submission s = IidJson.readSubmission(KALBAR_2026);
        String json = IidJson.write(RuleSets.builtIn().forYear(2026).evaluate(s));
        // KB-01 (innovations[0]) scores 17 sdm at L3: 35 staff, weight 2, 2 x 3 = 6 points (the full-region case).
        // The edit is made in the text, as someone would make it: every other byte stays as written.
        int sdm = indexOfKey(IidJson.mapper().readTree(json).at("/innovations/0/indicators"), "sdm");
        int at = json.indexOf("\"points\" : 6,", json.indexOf("\"key\" : \"sdm\"", json.indexOf("\"id\" : \"KB-01\"")));
        String tampered = json.substring(0, at) + "\"points\" : 9," + json.substring(at + "\"points\" : 6,".length());

        Audit audit = Audit.of(tampered, s, RuleSets.builtIn());

        assertThat(audit.outcome()).isEqualTo(Audit.Outcome.DIFFERS);
        assertThat(audit.provenance()).isEmpty();
        assertThat(audit.differences()).containsExactly(new Difference("$.innovations[0].indicators[" + sdm + "].points",
                Difference.Change.CHANGED, "9", "6"));
        assertThat(audit.describe()).contains("changed $.innovations[0].indicators[" + sdm + "].points: recorded 9, now 6")
                .contains("The rule set (digest ").contains("are the ones recorded");
    }

    @Test
    void aChangedThresholdInARuleFolderNamesTheDigestAndTheValuesThatMoved() throws IOException {
        RuleFolders.export(YearSource.builtIn(2026), dir);
        Submission s = IidJson.readSubmission(KALBAR_2026);
        Path recorded = Files.writeString(dir.resolve("result.json"),
                IidJson.write(RuleSets.fromFolder(dir.resolve("2026")).evaluate(s)));
        String before = RuleSets.builtIn().forYear(2026).digest();

        // 17 sdm L3 from 31 staff to 36: KB-01's 35 staff fall to L2, 2 x 2 = 4 instead of 6; KB-05's 40 stay L3.
        Path drl = dir.resolve("catalogues/sid-v2026.drl");
        String text = Files.readString(drl);
        assertThat(text).containsOnlyOnce("indicators.sdm!.staff >= 31");
        Files.writeString(drl, text.replace("indicators.sdm!.staff >= 31", "indicators.sdm!.staff >= 36"));
        var edited = RuleSets.fromFolder(dir.resolve("2026"));

        Audit audit = Audit.of(recorded, s, edited);

        assertThat(audit.outcome()).isEqualTo(Audit.Outcome.DIFFERS);
        assertThat(audit.provenance()).containsExactly(
                new ProvenanceChange(ProvenanceChange.Field.RULE_SET_DIGEST, before, edited.digest()));
        assertThat(audit.describe()).contains("The rule set's digest changed: recorded " + before.substring(0, 12) + "…, now "
                + edited.digest().substring(0, 12) + "…: the rules are not the ones that produced this result");
        int sdm = indexOfKey(IidJson.mapper().readTree(Files.readString(recorded)).at("/innovations/0/indicators"), "sdm");
        String kb01 = "$.innovations[0]";
        assertThat(audit.differences()).contains(
                changed("$.ruleSet.digest", "\"" + before + "\"", "\"" + edited.digest() + "\""),
                changed(kb01 + ".indicators[" + sdm + "].level", "3", "2"),
                changed(kb01 + ".indicators[" + sdm + "].points", "6", "4"),
                // KB-01: 110 - 2 = 108; sidSum 554 - 2 = 552; TOTAL = 41.25 + 552 / 12 + 0 = 87.25;
                // IID = 87.25 / 250 x 100 = 34.90 (was 34.97): still Kurang Inovatif.
                changed(kb01 + ".points", "110", "108"),
                changed("$.totals.sidSum", "554", "552"),
                changed("$.index", "34.97", "34.90"));
        // Nothing moves but KB-01's sdm indicator, its points, the totals, the index and the digest.
        assertThat(audit.differences()).allSatisfy(d -> assertThat(d.path()).matches(
                "\\$\\.ruleSet\\.digest|\\$\\.index|\\$\\.totals\\..*|\\$\\.innovations\\[0\\]\\.(points|indicators\\[" + sdm + "\\]\\..*)"));
        assertThat(audit.differences()).noneMatch(d -> d.path().equals("$.predicate"));
    }

    @Test
    void aResultReformattedAfterItWasWrittenHasTheSameValuesInOtherBytes() throws IOException {
        Submission s = IidJson.readSubmission(KALBAR_2026);
        String json = IidJson.write(RuleSets.builtIn().forYear(2026).evaluate(s)).replace("\n", "\r\n");

        Audit audit = Audit.of(json, s, RuleSets.builtIn());

        assertThat(audit.outcome()).isEqualTo(Audit.Outcome.SAME_VALUES_OTHER_BYTES);
        assertThat(audit.differences()).isEmpty();
        assertThat(audit.reproduced()).isFalse();
    }

    @Test
    void aFileThatIsNotAResultSaysWhatIsMissing() throws IOException {
        Submission s = IidJson.readSubmission(KALBAR_2026);
        Path notAResult = Files.writeString(dir.resolve("submission.json"), Files.readString(KALBAR_2026));

        assertThatThrownBy(() -> Audit.of(notAResult, s, RuleSets.builtIn()))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith(notAResult + " is not a result of IID Rules: it has no $.libraryVersion, $.ruleSet.id,")
                .hasMessageContaining("$.ruleSet.digest");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"index\" : 48.90,\n  \"index\" : 1\n}\n");
        assertThatThrownBy(() -> Audit.of(broken, s, RuleSets.builtIn()))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith(broken + ", line 3, column ").hasMessageContaining("not JSON");
    }

    @Test
    void aRuleSetForAnotherYearIsRefused() throws IOException {
        Submission s = IidJson.readSubmission(KALBAR_2026);
        Path recorded = Files.writeString(dir.resolve("result.json"), IidJson.write(RuleSets.builtIn().forYear(2026).evaluate(s)));

        assertThatThrownBy(() -> Audit.of(recorded, s, RuleSets.builtIn().forYear(2027)))
                .isInstanceOf(AuditException.class)
                .hasMessage(recorded + " was scored for 2026, but the rule set given, iid-2027, is for 2027: audit it under a rule set for 2026");
    }

    private static Difference changed(String path, String recorded, String now) {
        return new Difference(path, Difference.Change.CHANGED, recorded, now);
    }

    private static int indexOfKey(JsonNode indicators, String key) {
        for (int i = 0; i < indicators.size(); i++) {
            if (key.equals(indicators.get(i).path("key").asText())) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + key + " in " + indicators);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
