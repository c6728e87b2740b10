package org.iidrules.model;

import java.time.LocalDate;

/**
 * One piece of supporting evidence (bukti dukung): what it is, where to find it, and when it is dated.
 * Under assumption A13 an indicator scores only with at least one piece of evidence.
 */
public record Evidence(EvidenceKind kind, String reference, LocalDate date) {
}
