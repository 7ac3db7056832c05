package de.lotse.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of services and places for planners (editor, API, export): filtered, ordered, paged; plain SQL. */
@Service
@Transactional(readOnly = true)
public class DirectoryServiceQueries {

    /** A page of a list and how many rows match in total. */
    public record Page<T>(List<T> rows, long total, int offset, int limit) {}

    private static final String FROM = """
              FROM directory_service s JOIN organisation o ON o.id = s.organisation_id
             WHERE (CAST(:organisationId AS BIGINT) IS NULL OR s.organisation_id = :organisationId)
               AND (CAST(:status AS VARCHAR) IS NULL OR s.status = :status)
               AND (CAST(:category AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM directory_service_term st
                        JOIN directory_taxonomy_term t ON t.id = st.term_id
                        JOIN directory_taxonomy x ON x.id = t.taxonomy_id
                       WHERE st.service_id = s.id AND x.key = 'lotse-beratung' AND t.code = :category))
               AND (CAST(:municipalityId AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM directory_service_at_location sal
                        JOIN directory_location l ON l.id = sal.location_id
                       WHERE sal.service_id = s.id AND l.territory_id = :municipalityId))
               AND (CAST(:text AS VARCHAR) IS NULL OR s.name ILIKE :text OR s.alternate_name ILIKE :text
                        OR s.description ILIKE :text OR o.name ILIKE :text)
            """;

    private final JdbcClient jdbc;

    DirectoryServiceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The services matching the filter, in its order; {@code limit} is capped at 1,000. */
    public Page<ServiceListRow> services(ServiceListFilter filter, int offset, int limit) {
        Map<String, Object> params = params(filter);
        long total = jdbc.sql("SELECT count(*) " + FROM)
                .params(params)
                .query(Long.class)
                .single();
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.max(1, Math.min(limit, 1000)));
        List<ServiceListRow> rows = jdbc.sql("""
                        SELECT s.id, s.name, s.organisation_id, o.name AS organisation_name, s.status,
                               s.last_verified_at, s.example_data, s.updated_at, s.version,
                               ARRAY(SELECT t.code FROM directory_service_term st
                                       JOIN directory_taxonomy_term t ON t.id = st.term_id
                                       JOIN directory_taxonomy x ON x.id = t.taxonomy_id
                                      WHERE st.service_id = s.id AND x.key = 'lotse-beratung'
                                      ORDER BY t.position, t.code) AS categories,
                               ARRAY(SELECT DISTINCT l.territory_id FROM directory_service_at_location sal
                                       JOIN directory_location l ON l.id = sal.location_id
                                      WHERE sal.service_id = s.id AND l.territory_id IS NOT NULL) AS municipalities,
                               (SELECT count(*) FROM directory_service_at_location sal WHERE sal.service_id = s.id)
                                   AS sites
                        """ + FROM + order(filter.sort()) + " OFFSET :offset LIMIT :limit")
                .params(params)
                .query(DirectoryServiceQueries::row)
                .list();
        return new Page<>(rows, total, Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
    }

    /** Places whose name, address or city contains the text (all without a text), by name. */
    public Page<StoredLocation> locations(String text, int offset, int limit) {
        String like = text == null || text.isBlank() ? null : "%" + escape(text.strip()) + "%";
        String where = " WHERE (CAST(:text AS VARCHAR) IS NULL OR name ILIKE :text OR address_1 ILIKE :text"
                + " OR city ILIKE :text OR postal_code ILIKE :text)";
        Map<String, Object> params = new HashMap<>();
        params.put("text", like);
        long total = jdbc.sql("SELECT count(*) FROM directory_location" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.max(1, Math.min(limit, 1000)));
        List<StoredLocation> rows = jdbc.sql(DirectoryLocationRepository.SELECT + where
                        + " ORDER BY lower(name), id OFFSET :offset LIMIT :limit")
                .params(params)
                .query((rs, n) -> DirectoryLocationRepository.location(rs, List.of()))
                .list();
        return new Page<>(rows, total, Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
    }

    /** How many services are offered at each of these places. */
    public Map<UUID, Long> serviceCounts(List<UUID> locationIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (locationIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT location_id, count(*) FROM directory_service_at_location WHERE location_id IN (:ids)
                         GROUP BY location_id""")
                .param("ids", locationIds)
                .query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list();
        return counts;
    }

    private static String order(String sort) {
        return switch (sort == null ? "name" : sort) {
            case "organisation" -> " ORDER BY lower(o.name), lower(s.name), s.id";
            case "verified" -> " ORDER BY s.last_verified_at NULLS FIRST, lower(s.name), s.id";
            case "updated" -> " ORDER BY s.updated_at DESC, s.id";
            default -> " ORDER BY lower(s.name), s.id";
        };
    }

    private static Map<String, Object> params(ServiceListFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("organisationId", f.organisationId());
        p.put("status", f.status() == null ? null : f.status().hsds());
        p.put(
                "category",
                f.categoryCode() == null || f.categoryCode().isBlank()
                        ? null
                        : f.categoryCode().strip());
        p.put("municipalityId", f.municipalityId());
        p.put(
                "text",
                f.text() == null || f.text().isBlank()
                        ? null
                        : "%" + escape(f.text().strip()) + "%");
        return p;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ServiceListRow row(ResultSet rs, int n) throws SQLException {
        java.sql.Date verified = rs.getDate("last_verified_at");
        return new ServiceListRow(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getLong("organisation_id"),
                rs.getString("organisation_name"),
                ServiceStatus.ofHsds(rs.getString("status")),
                strings(rs.getArray("categories")),
                longs(rs.getArray("municipalities")),
                rs.getInt("sites"),
                verified == null ? null : verified.toLocalDate(),
                rs.getBoolean("example_data"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> values = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            values.add(((Number) o).longValue());
        }
        return values;
    }
}
