package org.iidrules.examples.cli;

import java.util.concurrent.Callable;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code iid years}: the built-in rule sets. */
@Command(name = "years", description = "Lists the built-in methodology years with their status and digest.")
final class YearsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (int year : RuleSets.builtIn().years()) {
            RuleSet rules = RuleSets.builtIn().forYear(year);
            spec.commandLine().getOut().printf("%d  %-10s %-8s %-14s sha256:%s%n", year, rules.id(), rules.version(),
                    rules.status(), rules.digest());
        }
        return 0;
    }
}
