package org.iidrules.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The rules index-rules ships, on disk beside this module (a reactor build), and a way to copy them. */
final class ShippedRules {

    static final Path TREE = Path.of("../index-rules/src/main/resources/iid");

    private ShippedRules() {
    }

    /** Copies the whole iid/ tree into {@code dir}/iid, as a policy officer copies it to edit; returns the copy. */
    static Path copyInto(Path dir) throws IOException {
        Path copy = dir.resolve("iid");
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
}
