package org.iidrules.rules.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The rule tree index-rules ships (src/main/resources/iid), and copies of it that a test may edit. */
public final class ShippedRules {

    /** The shipped tree, relative to index-rules (where its tests run). */
    public static final Path TREE = Path.of("src/main/resources/iid");

    private ShippedRules() {
    }

    /** Copies the whole shipped tree into {@code target} (rulesets.yaml, every year, catalogues, cases, register). */
    public static Path copyTo(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(TREE)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(TREE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(source, to);
                }
            }
        }
        return target;
    }

    /**
     * Replaces {@code old} by {@code replacement} on line {@code line} (1-based) of a file, which must hold it
     * there: an edit within one line keeps every line number a test works out from the shipped file.
     */
    public static void editLine(Path file, int line, String old, String replacement) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String text = lines.get(line - 1);
        if (!text.contains(old)) {
            throw new AssertionError(file + ":" + line + " does not hold \"" + old + "\" but \"" + text + "\"");
        }
        lines.set(line - 1, text.replace(old, replacement));
        Files.write(file, lines);
    }
}
