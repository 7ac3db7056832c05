package de.lotse.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The value tables {@code indicator_value} and {@code indicator_value_revision}: plain SQL for PostgreSQL. */
@Repository
class ValueRepository {

    private static final String COLUMNS = """
            i.key, v.indicator_version, v.territory_id, v.period_kind, v.period_start, v.value, v.status, v.quality,
            v.import_id, v.source_file, v.source_line, v.recorded_by, v.recorded_at""";

    private final JdbcClient jdbc;

    ValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored value of one cell. */
    Optional<StoredValue> cell(long indicatorId, long territoryId, Period period) {
        return cell(indicatorId, territoryId, period, "");
    }

    /** The stored value of one cell, locking its row until the end of the transaction. */
    Optional<StoredValue> lockCell(long indicatorId, long territoryId, Period period) {
        return cell(indicatorId, territoryId, period, " FOR UPDATE OF v");
    }

    private Optional<StoredValue> cell(long indicatorId, long territoryId, Period period, String lock) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                        WHERE v.indicator_id = ? AND v.territory_id = ? AND v.period = ?""" + lock)
                .params(indicatorId, territoryId, period.toString())
                .query(ValueRepository::map)
                .optional();
    }

    void insert(long indicatorId, int indicatorVersion, NewValue value, String actor) {
        jdbc.sql("""
                        INSERT INTO indicator_value (indicator_id, indicator_version, territory_id, period, period_kind,
                               period_start, period_end, value, status, quality, import_id, source_file, source_line,
                               recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cellParameters(indicatorId, indicatorVersion, value, actor))
                .update();
    }

    /** Moves the current content of a cell into the revision history and stores the new value in its place. */
    void replace(long indicatorId, int indicatorVersion, NewValue value, String actor) {
        jdbc.sql("""
                        INSERT INTO indicator_value_revision (indicator_id, indicator_version, territory_id, period,
                               period_kind, period_start, period_end, value, status, quality, import_id, source_file,
                               source_line, recorded_by, recorded_at, superseded_by)
                        SELECT indicator_id, indicator_version, territory_id, period, period_kind, period_start,
                               period_end, value, status, quality, import_id, source_file, source_line, recorded_by,
                               recorded_at, ?
                          FROM indicator_value WHERE indicator_id = ? AND territory_id = ? AND period = ?""")
                .params(actor, indicatorId, value.territoryId(), value.period().toString())
                .update();
        jdbc.sql("""
                        UPDATE indicator_value SET indicator_version = ?, value = ?, status = ?, quality = ?,
                               import_id = ?, source_file = ?, source_line = ?, recorded_by = ?, recorded_at = now()
                         WHERE indicator_id = ? AND territory_id = ? AND period = ?""")
                .params(
                        indicatorVersion,
                        value.value(),
                        sign(value.status()),
                        mark(value.quality()),
                        value.provenance().importId(),
                        value.provenance().sourceFile(),
                        value.provenance().sourceLine(),
                        actor,
                        indicatorId,
                        value.territoryId(),
                        value.period().toString())
                .update();
    }

    List<StoredValue> timeSeries(long indicatorId, long territoryId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                        WHERE v.indicator_id = ? AND v.territory_id = ?
                        ORDER BY v.period_end, v.period_start, v.period_kind""")
                .params(indicatorId, territoryId)
                .query(ValueRepository::map)
                .list();
    }

    List<StoredValue> crossSection(long indicatorId, Period period, Collection<Long> territoryIds) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                        WHERE v.indicator_id = ? AND v.period = ? AND v.territory_id = ANY (?)""")
                .params(indicatorId, period.toString(), territoryIds.toArray(Long[]::new))
                .query(ValueRepository::map)
                .list();
    }

    /** The former contents of one cell, most recently replaced first. */
    List<ValueRevision> revisions(long indicatorId, long territoryId, Period period) {
        return jdbc.sql("SELECT " + COLUMNS + ", v.superseded_by, v.superseded_at" + """
                         FROM indicator_value_revision v JOIN indicator i ON i.id = v.indicator_id
                        WHERE v.indicator_id = ? AND v.territory_id = ? AND v.period = ?
                        ORDER BY v.superseded_at DESC, v.id DESC""")
                .params(indicatorId, territoryId, period.toString())
                .query((rs, n) -> new ValueRevision(
                        map(rs, n),
                        rs.getString("superseded_by"),
                        rs.getObject("superseded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Object[] cellParameters(long indicatorId, int indicatorVersion, NewValue value, String actor) {
        return new Object[] {
            indicatorId,
            indicatorVersion,
            value.territoryId(),
            value.period().toString(),
            value.period().kind().name(),
            value.period().start(),
            value.period().end(),
            value.value(),
            sign(value.status()),
            mark(value.quality()),
            value.provenance().importId(),
            value.provenance().sourceFile(),
            value.provenance().sourceLine(),
            actor
        };
    }

    private static String sign(StatusSymbol status) {
        return status == null ? null : status.sign();
    }

    private static String mark(QualityFlag quality) {
        return quality == null ? null : String.valueOf(quality.mark());
    }

    private static StoredValue map(ResultSet rs, int n) throws SQLException {
        String status = rs.getString("status");
        String quality = rs.getString("quality");
        return new StoredValue(
                new IndicatorKey(rs.getString("key")),
                rs.getInt("indicator_version"),
                rs.getLong("territory_id"),
                new Period(
                        Period.Kind.valueOf(rs.getString("period_kind")),
                        rs.getObject("period_start", LocalDate.class)),
                rs.getBigDecimal("value"),
                status == null ? null : StatusSymbol.of(status).orElseThrow(),
                quality == null ? null : QualityFlag.of(quality).orElseThrow(),
                new Provenance(
                        rs.getObject("import_id", Long.class),
                        rs.getString("source_file"),
                        rs.getObject("source_line", Integer.class)),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
