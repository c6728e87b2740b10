package org.iidrules.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The rule tree index-rules ships (every year, catalogue, register and case), copied into a test's folder so
 * the test can edit the copy as a policy officer would and load it as a rule folder.
 */
public final class ShippedRules {

    /** The shipped tree on disk, relative to this module's folder (where Maven runs its tests). */
    public static final Path TREE = Path.of("src/main/resources/iid");

    private ShippedRules() {
    }

    /** Copies the whole tree into {@code target} (iid/2022 becomes target/2022) and returns {@code target}. */
    public static Path copyTo(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(TREE)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(TREE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
        return target;
    }

    /** Replaces {@code from} with {@code to} in a copied file, failing first when the file does not hold it. */
    public static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("%s holds %s", file, from).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
