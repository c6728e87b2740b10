package org.iidrules.engine;

import java.util.Map;

/** {@code register.yaml}: every source key and assumption with its text, written once for all years. */
record Register(Map<String, String> sources, Map<String, String> assumptions) {
    Register {
        sources = sources == null ? Map.of() : sources;
        assumptions = assumptions == null ? Map.of() : assumptions;
    }
}
