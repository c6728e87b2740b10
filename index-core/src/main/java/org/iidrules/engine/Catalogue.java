package org.iidrules.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator catalogue ({@code *.yaml} beside its DRL): the indicators, their weights (the one
 * place a weight lives) and the evidence each expects. The DRL beside it says which fact reaches
 * which level.
 */
public record Catalogue(String id, String aspect, String title, String confidence, String source,
                        List<String> rules, List<Indicator> indicators) {

    public Catalogue {
        rules = rules == null ? List.of() : List.copyOf(rules);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** One indicator or row: its number ("17", "5a"), fact key, name, weight and expected evidence. */
    public record Indicator(String no, String key, String name, BigDecimal weight, String evidence) {
    }

    public Indicator indicator(String no) {
        return indicators.stream().filter(i -> i.no().equals(no)).findFirst().orElse(null);
    }

    /** The most a unit can score: Σ weight × 3. */
    public BigDecimal maximum() {
        return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add)
                .multiply(BigDecimal.valueOf(3));
    }
}
