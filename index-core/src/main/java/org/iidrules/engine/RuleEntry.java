package org.iidrules.engine;

import java.util.ArrayList;
import java.util.List;

import org.iidrules.result.Provenance;

/**
 * A rule as an evaluation uses it, made once per rule set: its metadata, the place of its indicator or
 * row in the catalogue, and the provenance a result cites for it. Provenance is immutable, so every
 * result shares these instances instead of building them per indicator.
 */
final class RuleEntry {

    private static final String A13 = "A13";

    final RuleInfo info;
    /** The index of its {@code @indicator} in the SID catalogue, or -1. */
    final int sidSlot;
    /** The index of its {@code @row} in the SPD catalogue, or -1. */
    final int spdSlot;
    /** The rule with the assumptions of its catalogue: what a level or a rejection cites. */
    final Provenance cited;
    /** As {@link #cited}, plus A13: a level reached without evidence. */
    final Provenance citedWithoutEvidence;
    /** The rule's own assumptions only: what an exclusion cites. */
    final Provenance bare;

    RuleEntry(RuleInfo info, int sidSlot, int spdSlot, List<String> catalogueAssumptions) {
        this.info = info;
        this.sidSlot = sidSlot;
        this.spdSlot = spdSlot;
        this.cited = provenance(info, catalogueAssumptions);
        List<String> withA13 = new ArrayList<>(catalogueAssumptions);
        withA13.add(A13);
        this.citedWithoutEvidence = provenance(info, withA13);
        this.bare = provenance(info, List.of());
    }

    int level() {
        return info.level();
    }

    int order() {
        return info.order();
    }

    /** The rule's own assumptions, then each extra one it does not already name. */
    private static Provenance provenance(RuleInfo rule, List<String> extra) {
        List<String> assumptions = new ArrayList<>(rule.assumptions());
        for (String a : extra) {
            if (!assumptions.contains(a)) {
                assumptions.add(a);
            }
        }
        return new Provenance(rule.name(), rule.source(), assumptions);
    }
}
