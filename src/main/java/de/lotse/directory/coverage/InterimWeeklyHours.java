package de.lotse.directory.coverage;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * INTERIM until helper schedules' {@code ConsultationCalendar.weeklyHours} is merged (then this class is deleted): the
 * consultation hours of a typical week at one service-at-location, read from the raw recurring schedule rows (of the
 * service at the place, else of the service). Weekly rules count each named weekday once per interval; monthly rules
 * ('2MO', '-1FR') count each named weekday once a month (12/52 of a week). One-off dates and closures are not part of
 * a typical week.
 */
@Component
class InterimWeeklyHours {

    private static final double WEEKS_PER_MONTH = 52.0 / 12.0;

    private final JdbcClient jdbc;

    InterimWeeklyHours(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Rule(String freq, int interval, String byday, LocalTime opensAt, LocalTime closesAt) {}

    Duration weeklyHours(UUID serviceAtLocationId, LocalDate weekOf) {
        List<Rule> rules = rules("service_at_location_id = :owner", serviceAtLocationId, weekOf);
        if (rules.isEmpty()) {
            rules = rules(
                    "service_id = (SELECT service_id FROM directory_service_at_location WHERE id = :owner)",
                    serviceAtLocationId,
                    weekOf);
        }
        double minutes = 0;
        for (Rule r : rules) {
            long length = Duration.between(r.opensAt(), r.closesAt()).toMinutes();
            int days = r.byday().split(",").length;
            double perWeek = "MONTHLY".equals(r.freq()) ? days / WEEKS_PER_MONTH : days;
            minutes += length * perWeek / Math.max(1, r.interval());
        }
        return Duration.ofSeconds(Math.round(minutes * 60));
    }

    private List<Rule> rules(String owner, UUID id, LocalDate weekOf) {
        return jdbc.sql("""
                        SELECT freq, interval, byday, opens_at, closes_at FROM directory_schedule
                         WHERE kind = 'RECURRING' AND %s
                           AND dtstart <= :weekEnd
                           AND (valid_from IS NULL OR valid_from <= :weekEnd)
                           AND (valid_to IS NULL OR valid_to >= :weekStart)
                        """.formatted(owner))
                .param("owner", id)
                .param("weekStart", Date.valueOf(weekOf))
                .param("weekEnd", Date.valueOf(weekOf.plusDays(6)))
                .query((rs, n) -> new Rule(
                        rs.getString("freq"),
                        rs.getInt("interval"),
                        rs.getString("byday"),
                        rs.getTime("opens_at").toLocalTime(),
                        rs.getTime("closes_at").toLocalTime()))
                .list();
    }
}
