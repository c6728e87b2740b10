package org.iidrules.result;

import java.util.List;

/** The rule that decided a value, the source it rests on, and the assumptions it applies. */
public record Provenance(String rule, String source, List<String> assumptions) {
    public Provenance {
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
    }
}
