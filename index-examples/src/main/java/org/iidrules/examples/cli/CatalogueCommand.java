package org.iidrules.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.iidrules.RuleSet;
import org.iidrules.catalogue.IndicatorDefinition;
import org.iidrules.catalogue.LevelRule;
import org.iidrules.json.IidJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code iid catalogue}: a year's indicators, weights and level rules, read from the rule set itself. */
@Command(name = "catalogue", description = "Lists a year's SPD rows and SID indicators with their weights and level rules.")
final class CatalogueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RuleChoice choice;

    @Option(names = "--json", description = "Print the catalogue as JSON.")
    boolean json;

    @Override
    public Integer call() {
        RuleSet rules = choice.ruleSet();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(IidJson.write(rules.catalogue()));
            return 0;
        }
        out.printf("%s %s (%s), sha256 %s%n", rules.id(), rules.version(), rules.status(), rules.digest());
        for (IndicatorDefinition d : rules.catalogue()) {
            out.printf("%n%s %s %-4s %-30s weight %s   [%s]%n", d.aspect(), d.catalogue(), d.number(), d.key(),
                    d.weight().toPlainString(), d.name());
            for (LevelRule r : d.rules()) {
                String level = r.level() == 0 ? "0 " : "L" + r.level();
                String cites = r.source() + (r.assumptions().isEmpty() ? "" : ", " + String.join(", ", r.assumptions()));
                out.printf("    %s  %s  (%s)%n", level, r.rule(), cites);
            }
        }
        return 0;
    }
}
