package de.lotse.territory;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Write side of the territory tables, in JDBC batches so a whole register edition imports in seconds. */
@Component
class TerritoryWriter {

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    TerritoryWriter(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /** A unit as stored, for comparing against an import. */
    record Row(
            long id,
            TerritoryLevel level,
            String key,
            String name,
            String typeCode,
            String seat,
            BigDecimal areaKm2,
            Long parentId,
            String path,
            LocalDate validTo) {}

    /** All units of the official levels, keyed by {@code LEVEL:nativeKey}. */
    Map<String, Row> loadOfficialUnits() {
        Map<String, Row> rows = new HashMap<>();
        jdbc.query("""
                SELECT id, ars, level, name, type_code, seat, area_km2, parent_id, path, valid_to
                  FROM territory WHERE level <> 'SOCIAL_SPACE'
                """, rs -> {
            TerritoryLevel level = TerritoryLevel.valueOf(rs.getString("level"));
            String key = new Ars(rs.getString("ars")).nativeKey(level);
            Date validTo = rs.getDate("valid_to");
            rows.put(
                    level + ":" + key,
                    new Row(
                            rs.getLong("id"),
                            level,
                            key,
                            rs.getString("name"),
                            rs.getString("type_code"),
                            rs.getString("seat"),
                            rs.getBigDecimal("area_km2"),
                            (Long) rs.getObject("parent_id"),
                            rs.getString("path"),
                            validTo == null ? null : validTo.toLocalDate()));
        });
        return rows;
    }

    /** The newest register edition imported so far, if any. */
    LocalDate latestEdition() {
        return client.sql("SELECT max(edition) FROM territory_import WHERE format = 'GV100AD'")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    List<Long> allocateIds(int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("SELECT nextval('territory_id_seq') FROM generate_series(1, ?)", Long.class, count);
    }

    /** A new unit to insert. */
    record NewUnit(
            long id,
            Ars ars,
            String ags,
            String name,
            TerritoryLevel level,
            String typeCode,
            String seat,
            Long parentId,
            String path,
            BigDecimal areaKm2,
            LocalDate validFrom) {}

    void insert(List<NewUnit> units) {
        jdbc.batchUpdate("""
                INSERT INTO territory (id, ars, ags, name, level, type_code, seat, parent_id, path, area_km2, valid_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, units, 1000, (ps, u) -> {
            ps.setLong(1, u.id());
            ps.setString(2, u.ars().value());
            ps.setString(3, u.ags());
            ps.setString(4, u.name());
            ps.setString(5, u.level().name());
            ps.setString(6, u.typeCode());
            ps.setString(7, u.seat());
            ps.setObject(8, u.parentId());
            ps.setString(9, u.path());
            ps.setBigDecimal(10, u.areaKm2());
            ps.setObject(11, u.validFrom());
        });
    }

    /** Updated attributes of an existing unit; {@code validTo} null reopens a closed unit. */
    record UnitUpdate(
            long id,
            String name,
            String typeCode,
            String seat,
            BigDecimal areaKm2,
            Long parentId,
            String path,
            LocalDate validTo) {}

    void update(List<UnitUpdate> updates) {
        jdbc.batchUpdate("""
                UPDATE territory SET name = ?, type_code = ?, seat = ?, area_km2 = ?, parent_id = ?, path = ?,
                       valid_to = ?, updated_at = now(), version = version + 1
                 WHERE id = ?
                """, updates, 1000, (ps, u) -> {
            ps.setString(1, u.name());
            ps.setString(2, u.typeCode());
            ps.setString(3, u.seat());
            ps.setBigDecimal(4, u.areaKm2());
            ps.setObject(5, u.parentId());
            ps.setString(6, u.path());
            ps.setObject(7, u.validTo());
            ps.setLong(8, u.id());
        });
    }

    void close(List<Long> ids, LocalDate validTo) {
        jdbc.batchUpdate(
                "UPDATE territory SET valid_to = ?, updated_at = now(), version = version + 1 WHERE id = ?",
                ids,
                1000,
                (ps, id) -> {
                    ps.setObject(1, validTo);
                    ps.setLong(2, id);
                });
    }

    /** Population figures stored for one reference date, by territory id. */
    Map<Long, Long> populationOn(LocalDate referenceDate) {
        Map<Long, Long> values = new HashMap<>();
        jdbc.query(
                "SELECT territory_id, population FROM territory_population WHERE reference_date = ?",
                rs -> {
                    values.put(rs.getLong(1), rs.getLong(2));
                },
                referenceDate);
        return values;
    }

    /** A population figure to write. */
    record PopulationRow(
            long territoryId, LocalDate referenceDate, long population, Long male, String source, String basis) {}

    void upsertPopulation(List<PopulationRow> rows) {
        jdbc.batchUpdate("""
                INSERT INTO territory_population (territory_id, reference_date, population, male, source, basis)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (territory_id, reference_date) DO UPDATE
                   SET population = excluded.population, male = excluded.male, source = excluded.source,
                       basis = excluded.basis, updated_at = now()
                """, rows, 1000, (ps, r) -> {
            ps.setLong(1, r.territoryId());
            ps.setObject(2, r.referenceDate());
            ps.setLong(3, r.population());
            ps.setObject(4, r.male());
            ps.setString(5, r.source());
            ps.setString(6, r.basis());
        });
    }

    /** A boundary to store. */
    record BoundaryRow(
            long territoryId, String full, String display, double centroidLon, double centroidLat, String source) {}

    void updateBoundaries(List<BoundaryRow> rows) {
        jdbc.batchUpdate("""
                UPDATE territory SET boundary = ?::jsonb, boundary_display = ?::jsonb, centroid_lon = ?,
                       centroid_lat = ?, boundary_source = ?, updated_at = now(), version = version + 1
                 WHERE id = ?
                """, rows, 200, (ps, r) -> {
            ps.setString(1, r.full());
            ps.setString(2, r.display());
            ps.setDouble(3, r.centroidLon());
            ps.setDouble(4, r.centroidLat());
            ps.setString(5, r.source());
            ps.setLong(6, r.territoryId());
        });
    }

    void recordImport(String fileName, String format, LocalDate edition, String actor, String reportJson) {
        client.sql("""
                        INSERT INTO territory_import (file_name, format, edition, imported_by, report)
                        VALUES (?, ?, ?, ?, ?::jsonb)
                        """).params(fileName, format, edition, actor, reportJson).update();
    }

    /** Recent committed imports, newest first. */
    List<ImportRun> recentImports(int limit) {
        return client.sql("""
                        SELECT file_name, format, edition, imported_by, imported_at
                          FROM territory_import ORDER BY imported_at DESC, id DESC LIMIT ?
                        """)
                .param(limit)
                .query((rs, i) -> new ImportRun(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}
