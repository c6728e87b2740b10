package org.iidrules.engine;

/**
 * The year being assessed, inserted once per evaluation so that rules can place calendar years:
 * T-0 is {@code year}, T-1 is {@code year - 1}, T-2 is {@code year - 2}.
 */
public record Assessment(int year) {
}
