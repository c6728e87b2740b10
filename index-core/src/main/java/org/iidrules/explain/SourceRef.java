package org.iidrules.explain;

/** A source of the methodology register: its key and its text, as the register writes them. */
public record SourceRef(String key, String text) {
}
