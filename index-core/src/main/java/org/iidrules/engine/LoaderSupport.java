package org.iidrules.engine;

import java.util.Arrays;
import java.util.List;

/** Small text helpers shared by the loader and the assembler. */
final class LoaderSupport {
    private LoaderSupport() {
    }

    /** "A10, A14" → [A10, A14]; null or blank → []. */
    static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
