/**
 * Explanations of a result for the people who read it: the formula with the result's own numbers, every
 * point with the rule, fact, evidence, source and assumptions behind it, what the next level of each
 * indicator needs, and why an innovation does not count. {@link org.iidrules.explain.Explanation} holds
 * it as data (for JSON) and renders it as text in English or Indonesian.
 */
package org.iidrules.explain;
