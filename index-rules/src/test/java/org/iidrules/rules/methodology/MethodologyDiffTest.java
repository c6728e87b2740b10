package org.iidrules.rules.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.compare.MethodologyDiff;
import org.iidrules.compare.MethodologyDiff.Change;
import org.iidrules.compare.MethodologyDiff.Kind;
import org.iidrules.compare.MethodologyDiff.Section;
import org.iidrules.json.IidJson;
import org.iidrules.rules.support.ShippedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What changed in the methodology between two rule sets. The 2022 -> 2026 changes are worked out by hand
 * from 2022/manifest.yaml, 2026/manifest.yaml, catalogues/sid-v2023.* and sid-v2026.*, register.yaml and
 * the specification (../shared/methodology/README.md, "The years"; sid-indicators.md, 33 kemanfaatan).
 */
class MethodologyDiffTest {

    private static final RuleSet Y2022 = RuleSets.builtIn().forYear(2022);
    private static final RuleSet Y2026 = RuleSets.builtIn().forYear(2026);
    private static final MethodologyDiff DIFF = MethodologyDiff.between(Y2022, Y2026);

    @TempDir
    Path root;

    private static List<Change> in(Section section) {
        return DIFF.changes().stream().filter(c -> c.section() == section).toList();
    }

    private static Change find(Section section, String item) {
        List<Change> found = in(section).stream().filter(c -> c.item().equals(item)).toList();
        assertThat(found).as("one change of %s %s in %s", section, item, DIFF.changes()).hasSize(1);
        return found.get(0);
    }

    @Test
    void theHeaderNamesBothRuleSets() {
        assertThat(DIFF.from().id()).isEqualTo("iid-2022");
        assertThat(DIFF.from().status()).isEqualTo("reconstructed");
        assertThat(DIFF.from().digest()).isEqualTo(Y2022.digest());
        assertThat(DIFF.to().id()).isEqualTo("iid-2026");
        assertThat(DIFF.to().version()).isEqualTo("1.0.0");
        assertThat(DIFF.to().digest()).isEqualTo(Y2026.digest());
    }

    @Test
    void theDivisorGoesFrom10To12AndSjiOnlyChangesItsBasis() {
        // minimumDivisor {10, A3} -> {12, SIMONDA-IGA}; sjiPerInnovation 0.38 and cap 200 stay, A4 -> SIMONDA-IGA.
        Change divisor = find(Section.FORMULA, "minimumDivisor");
        assertThat(divisor.kind()).isEqualTo(Kind.CHANGED);
        assertThat(List.of(divisor.before(), divisor.after(), divisor.basisBefore(), divisor.basisAfter()))
                .containsExactly("10", "12", "A3", "SIMONDA-IGA");
        Change sji = find(Section.FORMULA, "sjiPerInnovation");
        assertThat(sji.kind()).isEqualTo(Kind.BASIS_CHANGED);
        assertThat(sji.kind().minor()).isTrue();
        assertThat(sji.after()).isEqualTo("0.38");
        assertThat(find(Section.FORMULA, "sjiInnovationCap").kind()).isEqualTo(Kind.BASIS_CHANGED);
    }

    @Test
    void basicServicesGoFrom2To5Of6() {
        Change needed = find(Section.REQUIREMENT, "basicServicesNeeded");
        assertThat(needed.kind()).isEqualTo(Kind.CHANGED);
        assertThat(List.of(needed.before(), needed.after(), needed.basisBefore(), needed.basisAfter()))
                .containsExactly("2", "5", "SEED22", "SIMONDA-IGA");
        // SJI_ZERO in both years; A6 -> SIMONDA-IGA.
        assertThat(find(Section.REQUIREMENT, "whenUnmet").kind()).isEqualTo(Kind.BASIS_CHANGED);
    }

    @Test
    void twoBandsMoveAndTheLowerTwoStay() {
        // 60.01 / 35.00 / 0.01 / 0.00 (A5) -> 65.01 / 40.01 / 0.01 / 0.00 (SIMONDA-IGA)
        assertThat(in(Section.BANDS)).extracting(Change::kind, Change::item, Change::before, Change::after).containsExactly(
                tuple(Kind.CHANGED, "Sangat Inovatif", "60.01", "65.01"),
                tuple(Kind.CHANGED, "Inovatif", "35.00", "40.01"));
        assertThat(find(Section.BANDS, "Inovatif").basisBefore()).isEqualTo("A5");
    }

    @Test
    void eligibilityGainsTheMandatoryListsAndTheRancangBangunRule() {
        Change indicators = find(Section.ELIGIBILITY, "mandatoryIndicators");
        assertThat(indicators.kind()).isEqualTo(Kind.ADDED);
        assertThat(indicators.before()).isNull();
        assertThat(indicators.after()).isEqualTo("16, 17, 32, 33, 35");
        assertThat(indicators.basisAfter()).isEqualTo("SIMONDA-IGA, A15");
        // Natural order: 5a after 4, 10a after 9.
        assertThat(find(Section.ELIGIBILITY, "mandatorySpdRows").after())
                .isEqualTo("1, 3, 4, 5a, 5b, 6, 7, 8, 9, 10a, 10b, 11a, 11b");
        Change words = find(Section.ELIGIBILITY, "2026: the rancang bangun has at least 300 words");
        assertThat(words.kind()).isEqualTo(Kind.ADDED);
        assertThat(words.rulesBefore()).isEmpty();
        assertThat(words.rulesAfter()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("2026/eligibility.drl");
            assertThat(r.line()).isEqualTo(10);
            assertThat(r.condition()).contains("rancangBangunWords < 300");
        });
        // The stage (A11) and window (A12) rules are the same file in both years: not listed.
        assertThat(in(Section.ELIGIBILITY)).hasSize(3);
    }

    @Test
    void theSidCatalogueGoesFromV2023ToV2026() {
        Change sid = find(Section.CATALOGUES, "sid");
        assertThat(sid.kind()).isEqualTo(Kind.CHANGED);
        assertThat(List.of(sid.before(), sid.after(), sid.basisBefore(), sid.basisAfter()))
                .containsExactly("V2023", "V2026", "A2", "none");
        // S2026 in both, no longer borrowed under A1.
        Change spd = find(Section.CATALOGUES, "spd");
        assertThat(spd.kind()).isEqualTo(Kind.BASIS_CHANGED);
        assertThat(List.of(spd.before(), spd.basisBefore(), spd.basisAfter())).containsExactly("S2026", "A1", "none");
        // SPD rows are the same catalogue file: none is listed.
        assertThat(in(Section.SPD)).isEmpty();
    }

    @Test
    void kemanfaatanChangesAtEveryLevel() {
        // V2023: persons 1-100 / 101-200 / >= 201, one rule a level.
        // V2026: six bases (a)-(f), one rule each a level; (a) persons 1-200 / 201-500 / >= 501.
        List<Change> k = in(Section.SID).stream().filter(c -> c.item().equals("33")).toList();
        assertThat(k).extracting(Change::kind, Change::level).containsExactly(
                tuple(Kind.LEVEL_CHANGED, 1), tuple(Kind.LEVEL_CHANGED, 2), tuple(Kind.LEVEL_CHANGED, 3));
        Change level2 = k.get(1);
        assertThat(level2.subject()).isEqualTo("SID 33 kemanfaatan");
        assertThat(level2.rulesBefore()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("V2023 33 kemanfaatan L2: 101 beneficiaries or more");
            assertThat(r.condition()).endsWith("indicators.kemanfaatan.measured >= 101B )");
        });
        assertThat(level2.rulesAfter()).hasSize(6);
        assertThat(level2.rulesAfter().get(0).condition()).contains("BenefitBasis.BENEFICIARIES")
                .endsWith("indicators.kemanfaatan.measured >= 201B )");
        // Level 1's persons rule is the same (>= 1B) but five bases join it: still a change.
        assertThat(k.get(0).rulesAfter()).hasSize(6);
    }

    @Test
    void unchangedIndicatorsAreNotListedAndRenamesAndEvidenceAre() {
        // 17 sdm: >= 1 / >= 11 / >= 31 in both catalogues, weight 2, same name and evidence.
        assertThat(in(Section.SID)).noneMatch(c -> c.item().equals("17"));
        // sid-v2023.yaml vs sid-v2026.yaml: 19 "Penggunaan IT" -> "Alat kerja", 30 "Online sistem" -> "Layanan terintegrasi".
        assertThat(in(Section.SID).stream().filter(c -> c.kind() == Kind.RENAMED))
                .extracting(Change::item, Change::before, Change::after)
                .containsExactly(tuple("19", "Penggunaan IT", "Alat kerja"), tuple("30", "Online sistem", "Layanan terintegrasi"));
        // 20 bimtek's evidence gains "certificate": a minor change. No weight changes (same weights as V2023).
        assertThat(in(Section.SID).stream().filter(c -> c.kind() == Kind.EVIDENCE_CHANGED)).extracting(Change::item)
                .containsExactly("20");
        assertThat(in(Section.SID)).noneMatch(c -> c.kind() == Kind.WEIGHT_CHANGED);
    }

    @Test
    void assumptionsAndSourcesDroppedAndAdded() {
        // 2022 [A1 A2 A3 A4 A5 A6 A10 A11 A12 A13 A14 A16 A18 A19] -> 2026 [A10 A11 A12 A13 A14 A15 A17 A19]
        assertThat(in(Section.ASSUMPTIONS)).extracting(Change::kind, Change::item).containsExactly(
                tuple(Kind.REMOVED, "A1"), tuple(Kind.REMOVED, "A2"), tuple(Kind.REMOVED, "A3"), tuple(Kind.REMOVED, "A4"),
                tuple(Kind.REMOVED, "A5"), tuple(Kind.REMOVED, "A6"), tuple(Kind.ADDED, "A15"), tuple(Kind.REMOVED, "A16"),
                tuple(Kind.ADDED, "A17"), tuple(Kind.REMOVED, "A18"));
        assertThat(find(Section.ASSUMPTIONS, "A15").after()).startsWith("2026 on: an innovation whose mandatory SID indicators");
        // [SEED22 PPT23 SQL2023 SIMONDA-IGA PAPARAN22 WALIKOTA22b] -> [SIMONDA-IGA INOVAHUB GOV-INDICATORS-TS PAPARAN22 WALIKOTA22b]
        assertThat(in(Section.SOURCES)).extracting(Change::kind, Change::item).containsExactly(
                tuple(Kind.ADDED, "GOV-INDICATORS-TS"), tuple(Kind.ADDED, "INOVAHUB"), tuple(Kind.REMOVED, "PPT23"),
                tuple(Kind.REMOVED, "SEED22"), tuple(Kind.REMOVED, "SQL2023"));
    }

    @Test
    void changesComeSectionBySection() {
        List<Section> sections = DIFF.changes().stream().map(Change::section).toList();
        assertThat(sections).isSortedAccordingTo(Enum::compareTo);
        assertThat(sections).startsWith(Section.FORMULA).endsWith(Section.SOURCES);
    }

    @Test
    void everyYearAgainstItselfIsEmpty() {
        for (int year : RuleSets.builtIn().years()) {
            RuleSet rules = RuleSets.builtIn().forYear(year);
            MethodologyDiff itself = MethodologyDiff.between(rules, rules);
            assertThat(itself.changes()).as("%d against itself", year).isEmpty();
            assertThat(itself.findsNoChange()).isTrue();
        }
    }

    @Test
    void theSameTwoRuleSetsGiveByteIdenticalJson() {
        String once = IidJson.write(DIFF);
        assertThat(IidJson.write(MethodologyDiff.between(Y2022, Y2026))).isEqualTo(once);
        assertThat(once).contains("\"kind\" : \"LEVEL_CHANGED\"");
    }

    @Test
    void aCopyWithOneThresholdEditedDiffersInExactlyThatLevel() throws IOException {
        ShippedRules.copyTo(root);
        // V2026 17 sdm L2: ">= 11" staff becomes ">= 12".
        edit("catalogues/sid-v2026.drl", "indicators.sdm!.staff >= 11 )", "indicators.sdm!.staff >= 12 )");
        RuleSet edited = RuleSets.fromFolder(root.resolve("2026"));

        MethodologyDiff diff = MethodologyDiff.between(Y2026, edited);

        assertThat(diff.to().digest()).isNotEqualTo(Y2026.digest());
        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.section()).isEqualTo(Section.SID);
            assertThat(c.kind()).isEqualTo(Kind.LEVEL_CHANGED);
            assertThat(c.item()).isEqualTo("17");
            assertThat(c.level()).isEqualTo(2);
            assertThat(c.rulesBefore()).singleElement().satisfies(r -> assertThat(r.condition())
                    .isEqualTo("$i : Innovation( indicators.sdm!.staff >= 11 )"));
            assertThat(c.rulesAfter()).singleElement().satisfies(r -> {
                assertThat(r.rule()).isEqualTo("V2026 17 sdm L2: 11 staff or more");
                assertThat(r.file()).isEqualTo("catalogues/sid-v2026.drl");
                assertThat(r.line()).isEqualTo(70);
                assertThat(r.condition()).isEqualTo("$i : Innovation( indicators.sdm!.staff >= 12 )");
            });
        });
    }

    @Test
    void aRenamedRuleOrReflowedConditionIsNoChangeButAWeightABandAndAnAssumptionTextAre() throws IOException {
        ShippedRules.copyTo(root);
        // Labels and layout: a rule's name, and a condition's white space.
        edit("catalogues/sid-v2026.drl", "rule \"V2026 17 sdm L1: 1 staff or more\"", "rule \"V2026 17 sdm L1: at least one staff\"");
        edit("catalogues/sid-v2026.drl", "indicators.sdm!.staff >= 31 )", "indicators.sdm!.staff>=31)");
        // What scores: 34 monev's weight 2 -> 3, Inovatif from 40.01 -> 42.00, and the text of A15.
        edit("catalogues/sid-v2026.yaml", "{no: \"34\", key: monev,       weight: 2,", "{no: \"34\", key: monev,       weight: 3,");
        edit("2026/manifest.yaml", "{name: Inovatif,            from: 40.01}", "{name: Inovatif,            from: 42.00}");
        edit("register.yaml", "A15: \"2026 on: an innovation", "A15: \"From 2026: an innovation");
        RuleSet edited = RuleSets.fromFolder(root.resolve("2026"));

        MethodologyDiff diff = MethodologyDiff.between(Y2026, edited);

        assertThat(diff.changes()).extracting(Change::section, Change::kind, Change::item, Change::before, Change::after)
                .containsExactly(
                        tuple(Section.BANDS, Kind.CHANGED, "Inovatif", "40.01", "42.00"),
                        tuple(Section.SID, Kind.WEIGHT_CHANGED, "34", "2", "3"),
                        tuple(Section.ASSUMPTIONS, Kind.CHANGED, "A15",
                                "2026 on: an innovation whose mandatory SID indicators (16, 17, 32, 33, 35) are not all scored is not eligible.",
                                "From 2026: an innovation whose mandatory SID indicators (16, 17, 32, 33, 35) are not all scored is not eligible."));
    }

    /** Replaces {@code from} with {@code to} in a copied file, failing first when the file does not hold it. */
    private void edit(String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("%s holds %s", file, from).contains(from);
        Files.writeString(path, text.replace(from, to));
    }
}
