package de.lotse.directory.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a directory entry counts as stale (veraltet): nobody confirmed it for 12 months, i.e. its "zuletzt geprüft am"
 * lies before today minus 12 months, or it was never confirmed. An entry confirmed exactly 12 months ago is still
 * current today and stale tomorrow.
 */
public final class Staleness {

    /** The county's time zone: "today" is the day in Peine. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    static final int MONTHS = 12;

    private Staleness() {}

    /** The earliest "zuletzt geprüft am" that is still current on {@code today}. */
    public static LocalDate cutoff(LocalDate today) {
        return today.minusMonths(MONTHS);
    }

    /** Whether an entry last confirmed on {@code lastVerifiedAt} (null = never) is stale on {@code today}. */
    public static boolean isStale(LocalDate lastVerifiedAt, LocalDate today) {
        return lastVerifiedAt == null || lastVerifiedAt.isBefore(cutoff(today));
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
