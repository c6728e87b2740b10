package org.iidrules.engine;

import java.util.List;

/**
 * What a rule's metadata says about it, read once when the rule base is built:
 * {@code @indicator("17")} or {@code @row("5a")}, {@code @level(2)}, {@code @source("SQL2023")},
 * {@code @assumption("A10, A14")}. {@code order} is the rule's place in the rule set: files in the order
 * the manifest lists them, rules in the order each file states them. {@code line} is where the rule starts in
 * its file; {@code condition} is its {@code when} part as written, white space collapsed.
 */
record RuleInfo(String pkg, String name, String file, int line, int order, String indicator, String row, int level,
                String source, List<String> assumptions, String condition) {

    String key() {
        return pkg + "/" + name;
    }
}
