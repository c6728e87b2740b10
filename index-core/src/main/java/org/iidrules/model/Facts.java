package org.iidrules.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Defensive copies for the model's records. */
final class Facts {
    private Facts() {
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /**
     * A sorted, unmodifiable copy: {@code Set.copyOf} iterates in an order that changes from one JVM
     * to the next, and results must be byte-identical across runs.
     */
    static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values) {
        if (values == null) {
            return Collections.emptySortedSet();
        }
        for (T value : values) {
            if (value == null) {
                // A sorted set cannot hold null; keep the given order so the validator can name the
                // null's place instead of the constructor failing without a path.
                return Collections.unmodifiableSet(new LinkedHashSet<>(values));
            }
        }
        SortedSet<T> copy = new TreeSet<>(values);
        return Collections.unmodifiableSortedSet(copy);
    }
}
