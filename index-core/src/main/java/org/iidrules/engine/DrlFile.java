package org.iidrules.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the loader needs of a DRL file's text: its package, and its rules in the order it states them. */
record DrlFile(String path, String pkg, List<String> ruleNames) {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);

    static DrlFile read(String path, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher p = PACKAGE.matcher(text);
        String pkg = p.find() ? p.group(1) : "";
        List<String> rules = new ArrayList<>();
        Matcher r = RULE.matcher(text);
        while (r.find()) {
            rules.add(r.group(1));
        }
        return new DrlFile(path, pkg, List.copyOf(rules));
    }

    /** The rule's place in the file (0 for the first), or -1. */
    int positionOf(String ruleName) {
        return ruleNames.indexOf(ruleName);
    }
}
