package org.iidrules.result;

/** An assumption of the methodology register that the rule set applies. */
public record AssumptionRef(String id, String text) {
}
