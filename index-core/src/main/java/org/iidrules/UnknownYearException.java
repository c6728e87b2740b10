package org.iidrules;

import java.util.List;
import java.util.stream.Collectors;

/** No rule set exists for the year asked for; the message lists those that do. */
public class UnknownYearException extends IidException {
    private final int year;
    private final List<Integer> available;

    public UnknownYearException(int year, List<Integer> available) {
        super(message(year, available));
        this.year = year;
        this.available = List.copyOf(available);
    }

    public int year() {
        return year;
    }

    public List<Integer> available() {
        return available;
    }

    private static String message(int year, List<Integer> available) {
        String list = available.stream().map(String::valueOf).collect(Collectors.joining(", "));
        int latest = available.isEmpty() ? 0 : available.get(available.size() - 1);
        if (!available.isEmpty() && year > latest) {
            return "No rule set for " + year + " yet: the latest defined year is " + latest + " (available: " + list + ")";
        }
        return "No rule set for " + year + " (available: " + list + ")";
    }
}
