package org.iidrules.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.iidrules.folders.RuleFolders;
import org.iidrules.folders.Written;
import org.iidrules.folders.YearSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iid export}: a built-in year as a rule folder tree, to edit and use without rebuilding. */
@Command(name = "export",
        description = {"Writes a year as a rule folder tree: DIR/<year>/manifest.yaml with exactly the shared files it uses"
                + " (catalogues, common rules, register.yaml) at their paths in index-rules, and its cases with the submissions"
                + " they name. The copy loads with --rules DIR/<year> and has the built-in year's digest until it is edited.",
                "A file already in DIR is never overwritten: if one differs, nothing is written."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "YEAR", description = "A built-in year (e.g. 2026), or a year's folder on disk to copy with its shared files.")
    String year;

    @Parameters(index = "1", paramLabel = "DIR", description = "The folder to write the tree into (created if need be).")
    Path dir;

    @Override
    public Integer call() {
        Written written = RuleFolders.export(YearSource.of(year), dir);
        FolderReport.print(spec.commandLine().getOut(), written);
        spec.commandLine().getOut().printf("Use it with --rules %s, e.g. `iid score FILE --rules %s`; test it with `iid test %s`.%n",
                written.yearFolder(), written.yearFolder(), written.yearFolder());
        return 0;
    }
}
