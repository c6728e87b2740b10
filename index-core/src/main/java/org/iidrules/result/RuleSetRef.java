package org.iidrules.result;

/** Which rule set produced a result: enough for an auditor to find and verify it. */
public record RuleSetRef(String id, int year, String version, String status, String digest) {
}
