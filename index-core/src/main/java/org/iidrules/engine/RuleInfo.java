package org.iidrules.engine;

import java.util.List;

/**
 * What a rule's metadata says about it, read once when the rule base is built:
 * {@code @indicator("17")} or {@code @row("5a")}, {@code @level(2)}, {@code @source("SQL2023")},
 * {@code @assumption("A10, A14")}.
 */
record RuleInfo(String pkg, String name, String file, String indicator, String row, int level, String source,
                List<String> assumptions) {

    String key() {
        return pkg + "/" + name;
    }
}
