package org.iidrules;

import java.util.Locale;

/**
 * The languages the tools for policy staff and auditors speak: English and Indonesian. Rule names and
 * catalogue texts are quoted as their authors wrote them; the sentences around them are translated.
 */
public enum Language {
    EN("en"),
    ID("id");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language's tag: {@code en} or {@code id}. */
    public String tag() {
        return tag;
    }

    /** The locale for message bundles: {@code en} or {@code id}. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * The language of a tag such as {@code en}, {@code id}, {@code in} (Java's old code for Indonesian)
     * or {@code id-ID}; case does not matter.
     *
     * @throws IllegalArgumentException for any other tag, naming the two accepted
     */
    public static Language of(String tag) {
        String t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
        if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) {
            return EN;
        }
        if (t.equals("id") || t.equals("in") || t.startsWith("id-") || t.startsWith("id_") || t.startsWith("in-")) {
            return ID;
        }
        throw new IllegalArgumentException("unknown language '" + tag + "': use en (English) or id (Bahasa Indonesia)");
    }
}
