package de.lotse.directory.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the published services for the start page and the staleness list (plain SQL, read only). */
@Repository
class ServiceEntries {

    private static final String SELECT = """
            SELECT s.id, s.organisation_id, o.name AS organisation_name, s.name, s.status, s.version,
                   s.last_verified_at, s.last_verified_by, s.example_data,
                   (SELECT r.id FROM directory_change_request r
                     WHERE r.service_id = s.id AND r.state IN ('DRAFT', 'SUBMITTED', 'RETURNED')) AS open_proposal
              FROM directory_service s
              JOIN organisation o ON o.id = s.organisation_id
            """;

    /** Services that are gone for good are not asked to be confirmed again. */
    private static final String NOT_DEFUNCT = " s.status <> 'defunct' ";

    private static final String STALE = " (s.last_verified_at IS NULL OR s.last_verified_at < :cutoff) ";

    private static final String ORDER = " ORDER BY s.last_verified_at NULLS FIRST, lower(s.name), s.id";

    private final JdbcClient jdbc;

    ServiceEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ServiceEntry> find(UUID id, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE s.id = :id")
                .param("id", id)
                .query((rs, row) -> entry(rs, today))
                .optional();
    }

    /** The services of these organisations, by name. */
    List<ServiceEntry> ofOrganisations(Collection<Long> organisationIds, LocalDate today) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE s.organisation_id IN (:ids) ORDER BY lower(s.name), s.id")
                .param("ids", organisationIds)
                .query((rs, row) -> entry(rs, today))
                .list();
    }

    /** Every stale service (not defunct), the longest unconfirmed first. */
    List<ServiceEntry> stale(LocalDate today) {
        return jdbc.sql(SELECT + " WHERE" + NOT_DEFUNCT + "AND" + STALE + ORDER)
                .param("cutoff", Date.valueOf(Staleness.cutoff(today)))
                .query((rs, row) -> entry(rs, today))
                .list();
    }

    long countStale(LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM directory_service s WHERE" + NOT_DEFUNCT + "AND" + STALE)
                .param("cutoff", Date.valueOf(Staleness.cutoff(today)))
                .query(Long.class)
                .single();
    }

    /**
     * The fields of a service changed after {@code baseVersion}, as the directory's field-level change log (HSDS
     * metadata) names them.
     */
    List<String> changedFieldsSince(UUID serviceId, long baseVersion) {
        return jdbc.sql("""
                        SELECT DISTINCT field_name FROM directory_metadata
                         WHERE resource_id = ? AND resource_version > ? ORDER BY field_name""").params(serviceId, baseVersion).query(String.class).list();
    }

    private static ServiceEntry entry(ResultSet rs, LocalDate today) throws SQLException {
        Date verified = rs.getDate("last_verified_at");
        LocalDate lastVerifiedAt = verified == null ? null : verified.toLocalDate();
        return new ServiceEntry(
                rs.getObject("id", UUID.class),
                rs.getLong("organisation_id"),
                rs.getString("organisation_name"),
                rs.getString("name"),
                rs.getString("status"),
                rs.getLong("version"),
                lastVerifiedAt,
                rs.getString("last_verified_by"),
                rs.getBoolean("example_data"),
                !"defunct".equals(rs.getString("status")) && Staleness.isStale(lastVerifiedAt, today),
                rs.getObject("open_proposal", UUID.class));
    }
}
