package de.lotse.indicator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The value tables {@code indicator_value} and {@code indicator_value_revision}: plain SQL for PostgreSQL. */
@Repository
class ValueRepository {

    private static final String COLUMNS = """
            i.key, v.indicator_version, v.territory_id, v.period_kind, v.period_start, v.value, v.status, v.quality,
            v.import_id, v.source_file, v.source_line, v.recorded_by, v.recorded_at""";

    /** A stored row that a staged cell of the same key would change: another version, number, status symbol or quality flag. */
    private static final String DIFFERS = """
            (v.indicator_version <> s.indicator_version OR v.value IS DISTINCT FROM s.value
                OR v.status IS DISTINCT FROM s.status OR v.quality IS DISTINCT FROM s.quality)
            """;

    /** First key of the advisory locks that serialise writers of one indicator (second key: the indicator id). */
    private static final int ADVISORY_LOCK_SPACE = 0x4c565631; // "LVV1"

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ValueRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** The stored value of one cell. */
    /** The stored value of one cell. */
    Optional<StoredValue> cell(long indicatorId, long territoryId, Period period) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                        WHERE v.indicator_id = ? AND v.territory_id = ? AND v.period = ?""")
                .params(indicatorId, territoryId, period.toString())
                .query(ValueRepository::map)
                .optional();
    }

    /**
     * Writes a batch set-based. Writers of the same indicator are serialised first. Cells of an indicator and period
     * that has no stored value yet anywhere (a new indicator, a new year) cannot change or repeat anything, so they are
     * copied straight into the value table with {@code COPY}. The others are copied into a staging table, then the
     * stored rows they meet are locked, the rows that differ are moved into the revision history and updated, and the
     * missing ones are inserted. A cell is unchanged when the stored row has the same version, a numerically equal
     * number (5.0 = 5), the same status symbol and the same quality flag. Runs in the caller's transaction; the batch
     * must not hold a cell twice.
     *
     * @return per indicator id: how many cells were created, changed and left unchanged
     */
    Map<Long, Counts> write(List<Cell> cells, String actor) {
        lockIndicators(cells);
        Set<String> occupied = occupiedPeriods(cells);
        List<Cell> fresh = new ArrayList<>();
        List<Cell> merge = new ArrayList<>();
        for (Cell cell : cells) {
            (occupied.contains(cell.indicatorId() + "|" + cell.value().period()) ? merge : fresh).add(cell);
        }
        Map<Long, Counts> counts = merge.isEmpty() ? new HashMap<>() : merge(merge, actor);
        if (!fresh.isEmpty()) {
            copy(
                    "COPY indicator_value (indicator_id, indicator_version, territory_id, period, period_kind, period_start,"
                            + " period_end, value, status, quality, import_id, source_file, source_line, recorded_by)"
                            + " FROM STDIN WITH (FORMAT text)",
                    fresh,
                    false,
                    actor);
            Map<Long, Integer> created = new HashMap<>();
            fresh.forEach(cell -> created.merge(cell.indicatorId(), 1, Integer::sum));
            created.forEach((id, n) -> counts.merge(
                    id,
                    new Counts(n, 0, 0),
                    (a, b) -> new Counts(a.created() + b.created(), a.changed(), a.unchanged())));
        }
        return counts;
    }

    /**
     * Serialises writers of the same indicators for the rest of the transaction (a transaction-level advisory lock
     * per indicator, taken in id order), so that what {@link #occupiedPeriods} found stays true until the commit.
     */
    private void lockIndicators(List<Cell> cells) {
        long[] ids =
                cells.stream().mapToLong(Cell::indicatorId).distinct().sorted().toArray();
        for (long id : ids) {
            jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)")
                    .params(ADVISORY_LOCK_SPACE, (int) (id % Integer.MAX_VALUE))
                    .query((RowCallbackHandler) rs -> {});
        }
    }

    /** The pairs {@code indicatorId|period} of the batch that already have a stored value in some territory. */
    private Set<String> occupiedPeriods(List<Cell> cells) {
        Set<String> pairs = new HashSet<>();
        cells.forEach(cell -> pairs.add(cell.indicatorId() + "|" + cell.value().period()));
        List<Long> ids = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        for (String pair : pairs) {
            int bar = pair.indexOf('|');
            ids.add(Long.parseLong(pair.substring(0, bar)));
            periods.add(pair.substring(bar + 1));
        }
        Set<String> occupied = new HashSet<>();
        jdbc.sql("""
                        SELECT b.indicator_id, b.period FROM unnest(?::bigint[], ?::text[]) AS b(indicator_id, period)
                         WHERE EXISTS (SELECT 1 FROM indicator_value v
                                        WHERE v.indicator_id = b.indicator_id AND v.period = b.period)""")
                .params(ids.toArray(Long[]::new), periods.toArray(String[]::new))
                .query((RowCallbackHandler) rs -> occupied.add(rs.getLong(1) + "|" + rs.getString(2)));
        return occupied;
    }

    /** The general path: stage the cells, then revise, update and insert set-based (see {@link #write}). */
    private Map<Long, Counts> merge(List<Cell> cells, String actor) {
        jdbc.sql("""
                        CREATE TEMP TABLE indicator_value_staging (
                            ord INTEGER NOT NULL, indicator_id BIGINT NOT NULL, indicator_version INTEGER NOT NULL,
                            territory_id BIGINT NOT NULL, period VARCHAR(12) NOT NULL, period_kind VARCHAR(20) NOT NULL,
                            period_start DATE NOT NULL, period_end DATE NOT NULL, value NUMERIC, status VARCHAR(3),
                            quality CHAR(1), import_id BIGINT, source_file VARCHAR(300), source_line INTEGER
                        ) ON COMMIT DROP""").update();
        copy("COPY indicator_value_staging FROM STDIN WITH (FORMAT text)", cells, true, null);
        jdbc.sql("ANALYZE indicator_value_staging").update();
        Map<Long, Integer> existing = countsById("""
                WITH locked AS (
                    SELECT v.indicator_id FROM indicator_value v JOIN indicator_value_staging s
                        ON v.indicator_id = s.indicator_id AND v.territory_id = s.territory_id AND v.period = s.period
                     ORDER BY v.id FOR UPDATE OF v)
                SELECT indicator_id, count(*) FROM locked GROUP BY indicator_id""", actor);
        Map<Long, Integer> changed = countsById("""
                WITH moved AS (
                    INSERT INTO indicator_value_revision (indicator_id, indicator_version, territory_id, period,
                           period_kind, period_start, period_end, value, status, quality, import_id, source_file,
                           source_line, recorded_by, recorded_at, superseded_by)
                    SELECT v.indicator_id, v.indicator_version, v.territory_id, v.period, v.period_kind,
                           v.period_start, v.period_end, v.value, v.status, v.quality, v.import_id, v.source_file,
                           v.source_line, v.recorded_by, v.recorded_at, :actor
                      FROM indicator_value v JOIN indicator_value_staging s
                        ON v.indicator_id = s.indicator_id AND v.territory_id = s.territory_id AND v.period = s.period
                     WHERE """ + DIFFERS + """
                     ORDER BY s.ord
                    RETURNING indicator_id)
                SELECT indicator_id, count(*) FROM moved GROUP BY indicator_id""", actor);
        jdbc.sql("""
                        UPDATE indicator_value v SET indicator_version = s.indicator_version, value = s.value,
                               status = s.status, quality = s.quality, import_id = s.import_id,
                               source_file = s.source_file, source_line = s.source_line, recorded_by = :actor,
                               recorded_at = now()
                          FROM indicator_value_staging s
                         WHERE v.indicator_id = s.indicator_id AND v.territory_id = s.territory_id
                           AND v.period = s.period AND """ + DIFFERS).param("actor", actor).update();
        Map<Long, Integer> created = countsById("""
                WITH added AS (
                    INSERT INTO indicator_value (indicator_id, indicator_version, territory_id, period, period_kind,
                           period_start, period_end, value, status, quality, import_id, source_file, source_line,
                           recorded_by)
                    SELECT s.indicator_id, s.indicator_version, s.territory_id, s.period, s.period_kind,
                           s.period_start, s.period_end, s.value, s.status, s.quality, s.import_id, s.source_file,
                           s.source_line, :actor
                      FROM indicator_value_staging s
                     WHERE NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = s.indicator_id
                                          AND v.territory_id = s.territory_id AND v.period = s.period)
                     ORDER BY s.ord
                    RETURNING indicator_id)
                SELECT indicator_id, count(*) FROM added GROUP BY indicator_id""", actor);
        jdbc.sql("DROP TABLE indicator_value_staging").update();
        Map<Long, Integer> staged = new HashMap<>();
        cells.forEach(cell -> staged.merge(cell.indicatorId(), 1, Integer::sum));
        Map<Long, Counts> counts = new HashMap<>();
        staged.forEach((id, total) -> {
            int stored = existing.getOrDefault(id, 0);
            int replaced = changed.getOrDefault(id, 0);
            counts.put(id, new Counts(created.getOrDefault(id, 0), replaced, stored - replaced));
        });
        return counts;
    }

    private Map<Long, Integer> countsById(String sql, String actor) {
        var statement = jdbc.sql(sql);
        if (sql.contains(":actor")) {
            statement = statement.param("actor", actor);
        }
        Map<Long, Integer> counts = new HashMap<>();
        statement.query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    /**
     * Streams the cells to a {@code COPY ... FROM STDIN} in text format: with {@code ordinal} each row starts with its
     * index in the batch (the staging table), with an {@code actor} each ends with it (recorded_by of the value table).
     */
    private void copy(String sql, List<Cell> cells, boolean ordinal, String actor) {
        StringBuilder text = new StringBuilder(cells.size() * 96);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            NewValue value = cell.value();
            Period period = value.period();
            Provenance provenance = value.provenance();
            if (ordinal) {
                text.append(i).append('\t');
            }
            text.append(cell.indicatorId()).append('\t').append(cell.indicatorVersion());
            text.append('\t').append(value.territoryId()).append('\t').append(period);
            text.append('\t').append(period.kind().name()).append('\t').append(period.start());
            text.append('\t').append(period.end());
            field(text, value.value() == null ? null : value.value().toPlainString());
            field(text, sign(value.status()));
            field(text, mark(value.quality()));
            field(
                    text,
                    provenance.importId() == null ? null : provenance.importId().toString());
            field(text, provenance.sourceFile());
            field(
                    text,
                    provenance.sourceLine() == null
                            ? null
                            : provenance.sourceLine().toString());
            if (actor != null) {
                field(text, actor);
            }
            text.append('\n');
        }
        Long copied = jdbcTemplate.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(sql, new StringReader(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (copied == null || copied != cells.size()) {
            throw new IllegalStateException("Copied " + copied + " of " + cells.size() + " values");
        }
    }

    /** Appends a tab and {@code content} in COPY text format: {@code \N} for null, special characters escaped. */
    private static void field(StringBuilder text, String content) {
        text.append('\t');
        if (content == null) {
            text.append("\\N");
            return;
        }
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** A value to write with the id and current version of its indicator. */
    record Cell(long indicatorId, int indicatorVersion, NewValue value) {}

    /** What a write did to the cells of one indicator. */
    record Counts(int created, int changed, int unchanged) {}

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

    /** Just what the read side needs of a stored value: territory, number and status symbol. */
    record Plain(long territoryId, BigDecimal value, StatusSymbol status) {}

    /**
     * The values of one indicator in the given periods (canonical text), of the given territories or, with
     * {@code territoryIds} {@code null}, of all territories, handed to {@code sink} with their period text. Reads only
     * three columns, for cross-sections and suppression tables of thousands of units.
     */
    void plainValues(
            long indicatorId,
            Collection<String> periods,
            Collection<Long> territoryIds,
            java.util.function.BiConsumer<String, Plain> sink) {
        if (periods.isEmpty() || territoryIds != null && territoryIds.isEmpty()) {
            return;
        }
        String sql = "SELECT v.period, v.territory_id, v.value, v.status FROM indicator_value v"
                + " WHERE v.indicator_id = ? AND v.period = ANY (?)"
                + (territoryIds == null ? "" : " AND v.territory_id = ANY (?)");
        RowCallbackHandler handler = rs -> {
            String status = rs.getString(4);
            sink.accept(
                    rs.getString(1),
                    new Plain(
                            rs.getLong(2),
                            rs.getBigDecimal(3),
                            status == null ? null : StatusSymbol.of(status).orElseThrow()));
        };
        if (territoryIds == null) {
            jdbc.sql(sql).params(indicatorId, periods.toArray(String[]::new)).query(handler);
        } else {
            jdbc.sql(sql)
                    .params(indicatorId, periods.toArray(String[]::new), territoryIds.toArray(Long[]::new))
                    .query(handler);
        }
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
