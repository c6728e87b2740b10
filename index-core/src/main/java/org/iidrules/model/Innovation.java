package org.iidrules.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * One regional innovation as the pemda reports it: identity, classification, dates and the raw
 * facts behind each SID indicator.
 */
public record Innovation(
        String id,
        String name,
        Stage stage,
        Initiator initiator,
        Jenis jenis,
        Bentuk bentuk,
        Urusan mainUrusan,
        Set<Urusan> otherUrusan,
        LocalDate trialDate,
        LocalDate applicationDate,
        LocalDate latestDevelopmentDate,
        Integer rancangBangunWords,
        SidFacts indicators) {

    public Innovation {
        otherUrusan = Facts.sorted(otherUrusan);
        indicators = indicators == null ? SidFacts.NONE : indicators;
    }

    /**
     * True when the innovation was applied, or last developed, in the calendar years {@code from}
     * to {@code to} inclusive (the eligibility window, A12).
     */
    public boolean appliedOrDevelopedIn(int from, int to) {
        return within(applicationDate, from, to) || within(latestDevelopmentDate, from, to);
    }

    private static boolean within(LocalDate date, int from, int to) {
        return date != null && date.getYear() >= from && date.getYear() <= to;
    }
}
