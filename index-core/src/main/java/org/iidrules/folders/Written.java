package org.iidrules.folders;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link RuleFolders} wrote: the year's folder, the rule set it holds, every file of the tree
 * (paths relative to the folder given) and whether it was written now or was already there, identical.
 */
public record Written(Path yearFolder, String id, int year, List<File> files, int cases) {

    public Written {
        files = List.copyOf(files);
    }

    /** One file of the tree. */
    public record File(String path, boolean alreadyThere) {
    }

    /** How many files were written now (the rest were already there, identical). */
    public long writtenNow() {
        return files.stream().filter(f -> !f.alreadyThere()).count();
    }
}
