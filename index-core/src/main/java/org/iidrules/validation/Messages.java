package org.iidrules.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.iidrules.Language;

/**
 * The sentences of {@code validate}, in {@code messages_en.properties} and {@code messages_id.properties}
 * (UTF-8) beside this class. {@code {0}}, {@code {1}}... stand for the arguments and {@code {?0:text}} is text
 * shown only when argument 0 is not empty; nothing else is special (no MessageFormat quoting, so an
 * apostrophe is just an apostrophe).
 */
final class Messages {

    private static final String BUNDLE = "org.iidrules.validation.messages";
    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    static {
        // No fallback to the machine's locale: English is asked for by name, and so is Indonesian.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            BUNDLES.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(), exact));
        }
    }

    private Messages() {
    }

    /** The sentence {@code key} in the given language, its placeholders filled with {@code args}. */
    static String format(Language language, String key, List<String> args) {
        String pattern;
        try {
            pattern = BUNDLES.get(language).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key + " in " + BUNDLE + "_" + language.tag(), e);
        }
        return fill(pattern, args);
    }

    /** Replaces {N} with argument N, and {?N:text} with text (itself filled) when argument N is not empty. */
    private static String fill(String pattern, List<String> args) {
        StringBuilder s = new StringBuilder(pattern.length() + 64);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '?') {
                int colon = pattern.indexOf(':', i);
                int close = matchingBrace(pattern, i);
                int n = Integer.parseInt(pattern.substring(i + 2, colon));
                if (n < args.size() && !args.get(n).isEmpty()) {
                    s.append(fill(pattern.substring(colon + 1, close), args));
                }
                i = close + 1;
                continue;
            }
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                s.append(n < args.size() ? args.get(n) : "");
                i = close + 1;
            } else {
                s.append(c);
                i++;
            }
        }
        return s.toString();
    }

    private static int matchingBrace(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '{') {
                depth++;
            } else if (pattern.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unclosed {? in message: " + pattern);
    }

    /** Every key of the English sentences, for the test that both languages have them all. */
    static java.util.Set<String> keys(Language language) {
        return BUNDLES.get(language).keySet();
    }
}
