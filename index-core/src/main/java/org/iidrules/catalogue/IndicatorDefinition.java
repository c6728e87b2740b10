package org.iidrules.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator (SID) or row (SPD) of a rule set, as the rule set itself defines it: its catalogue,
 * number, fact key, name, weight, the evidence it expects, and the rules that decide its level.
 */
public record IndicatorDefinition(
        Aspect aspect,
        String catalogue,
        String number,
        String key,
        String name,
        BigDecimal weight,
        String evidence,
        List<LevelRule> rules) {

    public IndicatorDefinition {
        rules = List.copyOf(rules);
    }

    /** SPD rows are scored once per region; SID indicators once per innovation. */
    public enum Aspect { SPD, SID }
}
