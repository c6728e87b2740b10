package org.iidrules.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.iidrules.RuleSet;
import org.iidrules.RuleSets;
import org.iidrules.folders.RuleFolders;
import org.iidrules.folders.Written;
import org.iidrules.folders.YearSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code iid new-year}: next year's rule folder, made from the latest built-in year or a given one. */
@Command(name = "new-year",
        description = {"Creates next year's rule folder, DIR/<year+1>, from the latest built-in year or the one --from names:"
                + " the manifest with year, id, version 0.1.0, status draft and title bumped and every parameter kept with its"
                + " source; the shared files as `iid export` writes them; and the year's cases, each marked as written for the"
                + " year before. The new folder is then compiled, to show that it loads.",
                "A file already in DIR is never overwritten: if one differs, nothing is written."})
final class NewYearCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "YEAR|FOLDER", description = "The year to start from: a built-in year or a year's folder on disk (default: the latest built-in year).")
    String from;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the tree into (created if need be).")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date to write in the manifest's first line; left out, the folder is the same whatever the day.")
    LocalDate date;

    @Override
    public Integer call() {
        YearSource source = from == null ? YearSource.latestBuiltIn() : YearSource.of(from);
        Written written = RuleFolders.newYear(source, out, date);
        PrintWriter stdout = spec.commandLine().getOut();
        FolderReport.print(stdout, written);
        RuleSet loaded = RuleSets.fromFolder(written.yearFolder());
        stdout.printf("It loads: %s %s %s sha256:%s%n", loaded.id(), loaded.version(), loaded.status(), loaded.digest());
        stdout.printf("Edit %s, then run `iid test %s`: its %d cases were written for %d and say so at their top.%n",
                written.yearFolder().resolve("manifest.yaml"), written.yearFolder(), written.cases(), written.year() - 1);
        return 0;
    }
}
