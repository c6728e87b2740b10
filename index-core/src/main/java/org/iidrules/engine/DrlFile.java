package org.iidrules.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the loader needs of a DRL file's text: its package, and its rules in the order it states them,
 * each with the line it starts on and its condition (the text between {@code when} and {@code then},
 * comments removed, white space collapsed). The executable model keeps none of this, so it is read
 * from the text; the rule base itself is compiled by Drools.
 */
record DrlFile(String path, String pkg, List<Rule> rules) {

    /** A rule as its file states it: name, 1-based line of its {@code rule} keyword, its condition. */
    record Rule(String name, int line, String condition) {
    }

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");

    static DrlFile read(String path, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String code = withoutComments(text);
        Matcher p = PACKAGE.matcher(code);
        String pkg = p.find() ? p.group(1) : "";
        List<Rule> rules = new ArrayList<>();
        Matcher r = RULE.matcher(code);
        while (r.find()) {
            rules.add(new Rule(r.group(1), lineOf(code, r.start(1)), condition(code, r.end())));
        }
        return new DrlFile(path, pkg, List.copyOf(rules));
    }

    /** The rule's place in the file (0 for the first), or -1. */
    int positionOf(String ruleName) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).name().equals(ruleName)) {
                return i;
            }
        }
        return -1;
    }

    private static String condition(String code, int from) {
        Matcher when = WHEN.matcher(code);
        if (!when.find(from)) {
            return "";
        }
        Matcher then = THEN.matcher(code);
        if (!then.find(when.end())) {
            return "";
        }
        return code.substring(when.end(), then.start()).trim().replaceAll("\\s+", " ");
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The text with {@code //} and {@code /* *\/} comments blanked out (newlines kept, so offsets and
     * lines stay those of the file); string literals are left alone.
     */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                i++;
                while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    if (text.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < n) {
                    out.setCharAt(i, ' ');
                    if (i + 1 < n) {
                        out.setCharAt(i + 1, ' ');
                    }
                }
                i += 2;
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
