package de.lotse.directory.schedule;

import java.time.LocalDate;

/** One holiday as read from an import file, with the line it starts on. */
public record HolidayRow(
        int line,
        String region,
        HolidayKind kind,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        String source) {}
