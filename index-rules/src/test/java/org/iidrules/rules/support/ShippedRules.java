package org.iidrules.rules.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
