package de.lotse.directory.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The imported school holidays and public holidays per state (read only; {@link HolidayImport} writes them). Nothing
 * here computes a holiday: a year without imported data simply has none.
 */
@Component
public class Holidays {

    private static final String COLUMNS =
            "region, kind, name, start_date, end_date, source, imported_at, imported_by FROM directory_holiday";

    private final JdbcClient jdbc;

    Holidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The holidays of a region that touch the period from..to (inclusive), by start date. */
    public List<Holiday> between(String region, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " WHERE region = ? AND start_date <= ? AND end_date >= ? ORDER BY start_date, kind, name")
                .params(region, to, from)
                .query(Holidays::map)
                .list();
    }

    /** The holidays of a region that touch the calendar year, optionally of one kind. */
    public List<Holiday> ofYear(String region, int year, HolidayKind kind) {
        return between(region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(h -> kind == null || h.kind() == kind)
                .toList();
    }

    /** The years (of the start dates) that have imported holidays in the region, ascending. */
    public List<Integer> years(String region) {
        return jdbc.sql("SELECT DISTINCT extract(YEAR FROM start_date)::int AS y FROM directory_holiday"
                        + " WHERE region = ? ORDER BY y")
                .param(region)
                .query(Integer.class)
                .list();
    }

    /** The last day covered by imported holidays of this kind in the region, if any. */
    public Optional<LocalDate> coveredUntil(String region, HolidayKind kind) {
        return Optional.ofNullable(jdbc.sql("SELECT max(end_date) FROM directory_holiday WHERE region = ? AND kind = ?")
                .params(region, kind.name())
                .query(LocalDate.class)
                .single());
    }

    static Holiday map(ResultSet rs, int row) throws SQLException {
        return new Holiday(
                rs.getString("region"),
                HolidayKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getString("source"),
                rs.getTimestamp("imported_at").toInstant(),
                rs.getString("imported_by"));
    }
}
