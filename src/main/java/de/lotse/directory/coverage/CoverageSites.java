package de.lotse.directory.coverage;

import de.lotse.directory.FacilityType;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the sites of active services from the main directory tables (which hold only published content; proposals
 * wait in directory_change_request and are never read here), optionally restricted to a category and a target group.
 */
@Repository
class CoverageSites {

    private static final String SELECT = """
            SELECT sal.id AS sal_id, s.id AS service_id, s.name AS service_name, l.id AS location_id,
                   l.name AS location_name, l.facility_type, l.territory_id, l.latitude, l.longitude,
                   (s.example_data OR l.example_data) AS example_data,
                   EXISTS (SELECT 1 FROM directory_schedule sc
                            WHERE sc.kind = 'RECURRING' AND (sc.valid_to IS NULL OR sc.valid_to >= CURRENT_DATE)
                              AND (sc.service_at_location_id = sal.id OR sc.service_id = s.id)) AS recurring,
                   ARRAY(SELECT t.code FROM directory_service_term st JOIN directory_taxonomy_term t ON t.id = st.term_id
                         WHERE st.service_id = s.id AND st.link_type = 'category') AS categories,
                   ARRAY(SELECT t.code FROM directory_service_term st JOIN directory_taxonomy_term t ON t.id = st.term_id
                         WHERE st.service_id = s.id AND st.link_type = 'audience') AS audiences
              FROM directory_service_at_location sal
              JOIN directory_service s ON s.id = sal.service_id
              JOIN directory_location l ON l.id = sal.location_id
             WHERE s.status = 'active'
               AND (CAST(:category AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM directory_service_term st
                    JOIN directory_taxonomy_term t ON t.id = st.term_id
                    WHERE st.service_id = s.id AND st.link_type = 'category' AND t.code = :category))
               AND (CAST(:audience AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM directory_service_term st
                    JOIN directory_taxonomy_term t ON t.id = st.term_id
                    WHERE st.service_id = s.id AND st.link_type = 'audience' AND t.code = :audience))
            """;

    private final JdbcClient jdbc;

    CoverageSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sites lying in one of the given municipalities. */
    List<CoverageSite> inTerritories(Collection<Long> territoryIds, String category, String audience) {
        if (territoryIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " AND l.territory_id IN (:territories) ORDER BY s.name, l.name")
                .param("category", category)
                .param("audience", audience)
                .param("territories", territoryIds)
                .query(CoverageSites::site)
                .list();
    }

    /** Every site with coordinates, anywhere (also outside the county), for the nearest-offer distance. */
    List<CoverageSite> located(String category, String audience) {
        return jdbc.sql(SELECT + " AND l.latitude IS NOT NULL AND l.location_type = 'physical'")
                .param("category", category)
                .param("audience", audience)
                .query(CoverageSites::site)
                .list();
    }

    private static CoverageSite site(ResultSet rs, int row) throws SQLException {
        BigDecimal lat = rs.getBigDecimal("latitude");
        BigDecimal lon = rs.getBigDecimal("longitude");
        long territory = rs.getLong("territory_id");
        Long territoryId = rs.wasNull() ? null : territory;
        return new CoverageSite(
                rs.getObject("sal_id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getString("service_name"),
                rs.getObject("location_id", UUID.class),
                rs.getString("location_name"),
                FacilityType.valueOf(rs.getString("facility_type")),
                territoryId,
                lat == null ? null : lat.doubleValue(),
                lon == null ? null : lon.doubleValue(),
                rs.getBoolean("example_data"),
                rs.getBoolean("recurring"),
                codes(rs.getArray("categories")),
                codes(rs.getArray("audiences")));
    }

    private static Set<String> codes(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return Set.copyOf(java.util.Arrays.asList((String[]) array.getArray()));
    }
}
