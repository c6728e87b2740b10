package org.iidrules.examples.cli;

import java.io.PrintWriter;

import org.iidrules.folders.Written;

/** What export and new-year print: the year's folder and each file of the tree. */
final class FolderReport {
    private FolderReport() {
    }

    static void print(PrintWriter out, Written written) {
        out.printf("%s (%d) in %s: %d files written, %d already there and identical, %d cases%n", written.id(), written.year(),
                written.yearFolder(), written.writtenNow(), written.files().size() - written.writtenNow(), written.cases());
        for (Written.File f : written.files()) {
            out.printf("  %s%s%n", f.path(), f.alreadyThere() ? "  (already there, identical)" : "");
        }
    }
}
