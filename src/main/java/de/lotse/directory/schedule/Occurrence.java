package de.lotse.directory.schedule;

import de.lotse.directory.AttendingType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One date of consultation hours in local time (Europe/Berlin): the day, when it opens and closes, how people come
 * (offene Sprechstunde or by appointment; null when not stated) and the schedule's note (e.g. the room), if any.
 */
public record Occurrence(
        LocalDate date, LocalTime opensAt, LocalTime closesAt, AttendingType attendingType, String note) {

    /** The length on the wall clock (opening and closing time are on the same day). */
    public Duration duration() {
        return Duration.between(opensAt, closesAt);
    }
}
