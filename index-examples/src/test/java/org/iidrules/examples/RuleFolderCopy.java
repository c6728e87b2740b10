package org.iidrules.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A policy officer's copy of the shipped rules (the whole iid/ tree, so a year folder's ../catalogues and
 * ../register.yaml are there) in a test's own folder, and edits to it.
 */
final class RuleFolderCopy {

    /** The rules index-rules ships, on disk beside this module (a reactor build). */
    static final Path SHIPPED = Path.of("../index-rules/src/main/resources/iid");

    private RuleFolderCopy() {
    }

    /** Copies the shipped iid/ tree into {@code root}: {@code root/2022/manifest.yaml}, {@code root/catalogues/...}. */
    static void copyShippedTo(Path root) throws IOException {
        copy(SHIPPED, root);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /**
     * Replaces {@code old} by {@code replacement} on line {@code line} (1-based) of a file, which must hold it
     * there: an edit within one line keeps every line number a test works out from the shipped file.
     */
    static void editLine(Path file, int line, String old, String replacement) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String text = lines.get(line - 1);
        if (!text.contains(old)) {
            throw new AssertionError(file + ":" + line + " does not hold \"" + old + "\" but \"" + text + "\"");
        }
        lines.set(line - 1, text.replace(old, replacement));
        Files.write(file, lines);
    }
}
