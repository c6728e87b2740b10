package org.iidrules.explain;

import java.util.Locale;
import java.util.ResourceBundle;

import org.iidrules.Language;

/**
 * The sentences of an explanation in one language, from {@code messages*.properties} beside this class.
 * Arguments replace {@code {0}}, {@code {1}}... as given: no number or date is formatted by locale (a
 * figure reads the same in both languages and in the rule files), and an apostrophe is just an apostrophe.
 */
final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    Messages(Language language) {
        // English is the base bundle; the JVM's own locale never chooses the language.
        Locale locale = language == Language.EN ? Locale.ROOT : language.locale();
        this.bundle = ResourceBundle.getBundle("org.iidrules.explain.messages", locale,
                Messages.class.getClassLoader(), NO_FALLBACK);
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
