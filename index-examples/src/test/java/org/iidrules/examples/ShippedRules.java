package org.iidrules.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The rules index-rules ships, on disk beside this module (a reactor build), and a way to copy them. */
final class ShippedRules {

    static final Path TREE = Path.of("../index-rules/src/main/resources/iid");

    private ShippedRules() {
    }

    /** Copies the whole iid/ tree into {@code dir}/iid, as a policy officer copies it to edit; returns the copy. */
    static Path copyInto(Path dir) throws IOException {
        return copyTo(dir.resolve("iid"));
    }

    /** Copies the whole iid/ tree into {@code copy}: {@code copy/2022/manifest.yaml}, {@code copy/catalogues/...}. */
    static Path copyTo(Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(TREE)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(TREE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
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
