package org.iidrules.rules.folders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.iidrules.RuleSets;
import org.iidrules.folders.LockCheck;
import org.iidrules.folders.RuleSetLock;
import org.junit.jupiter.api.Test;

/**
 * The build's guard: every built-in year that is not a draft is as index-rules/rulesets.lock records it,
 * or this test fails saying what to bump, log or record. Runs on the real files (tests run in index-rules).
 */
class RuleSetLockTest {

    private static final Path TREE = Path.of("src/main/resources/iid");
    private static final Path LOCK = Path.of("rulesets.lock");
    private static final Path CHANGELOG = Path.of("../CHANGELOG.md");

    @Test
    void everyReleasedYearIsAsTheLockRecordsIt() {
        LockCheck.Report report = new LockCheck(TREE, LOCK, CHANGELOG).run();
        assertThat(report.problems()).as("%s", report.describe()).isEmpty();
    }

    @Test
    void theLockedDigestIsTheOneEveryResultCarries() {
        RuleSetLock lock = RuleSetLock.read(LOCK);
        for (int year : RuleSets.builtIn().years()) {
            var rules = RuleSets.builtIn().forYear(year);
            assertThat(lock.ruleSets().get(rules.id())).as(rules.id()).isNotNull();
            assertThat(lock.ruleSets().get(rules.id()).digest()).as(rules.id()).isEqualTo(rules.digest());
            assertThat(lock.ruleSets().get(rules.id()).version()).as(rules.id()).isEqualTo(rules.version());
        }
    }
}
