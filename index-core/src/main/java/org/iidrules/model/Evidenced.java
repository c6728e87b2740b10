package org.iidrules.model;

import java.util.List;

/** A raw fact that carries its own evidence: an SID indicator or an SPD row. */
public interface Evidenced {
    List<Evidence> evidence();

    /**
     * True when at least one piece of evidence is attached (A13). Named {@code has...}, not
     * {@code is...}, so that JSON mappers do not write it as a field the reader would then reject.
     */
    default boolean hasEvidence() {
        return evidence() != null && !evidence().isEmpty();
    }
}
