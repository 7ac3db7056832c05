package de.lotse.directory.coverage;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which planning measures a service implements (directory_service_measure). The set of links of a service has a
 * version for optimistic locking derived from its content (a CRC32 of the sorted measure ids), since the table keeps
 * no version column: a change based on another set than the stored one is stale.
 */
@Service
@Transactional(readOnly = true)
class ServiceMeasureLinks {

    /** A published service as the links need it. */
    record ServiceRef(UUID id, String name, boolean exampleData) {}

    record Link(long measureId, Instant linkedAt, String linkedBy) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ServiceMeasureLinks(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    Optional<ServiceRef> service(UUID id) {
        return jdbc.sql("SELECT id, name, example_data FROM directory_service WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ServiceRef(
                        rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("example_data")))
                .optional();
    }

    /** Services whose name contains the text (all when blank), by name, at most {@code limit}. */
    List<ServiceRef> search(String text, int limit) {
        return jdbc.sql("""
                        SELECT id, name, example_data FROM directory_service
                         WHERE CAST(:q AS TEXT) IS NULL OR name ILIKE '%' || CAST(:q AS TEXT) || '%'
                         ORDER BY name LIMIT :limit
                        """)
                .param(
                        "q",
                        text == null || text.isBlank()
                                ? null
                                : text.strip().replace("%", "").replace("_", ""))
                .param("limit", limit)
                .query((rs, n) -> new ServiceRef(
                        rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("example_data")))
                .list();
    }

    List<Link> links(UUID serviceId) {
        return jdbc.sql("""
                        SELECT measure_id, linked_at, linked_by FROM directory_service_measure
                         WHERE service_id = :s ORDER BY measure_id
                        """)
                .param("s", serviceId)
                .query((rs, n) -> new Link(
                        rs.getLong("measure_id"), rs.getTimestamp("linked_at").toInstant(), rs.getString("linked_by")))
                .list();
    }

    /** The services linked to a measure, by name. */
    List<ServiceRef> servicesOf(long measureId) {
        return jdbc.sql("""
                        SELECT s.id, s.name, s.example_data FROM directory_service_measure m
                          JOIN directory_service s ON s.id = m.service_id
                         WHERE m.measure_id = :m AND s.status <> 'defunct' ORDER BY s.name
                        """)
                .param("m", measureId)
                .query((rs, n) -> new ServiceRef(
                        rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("example_data")))
                .list();
    }

    /** The version of a set of links. */
    static long version(Collection<Long> measureIds) {
        CRC32 crc = new CRC32();
        crc.update(new TreeSet<>(measureIds)
                .stream()
                        .map(String::valueOf)
                        .collect(Collectors.joining(","))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue();
    }

    long version(UUID serviceId) {
        return version(links(serviceId).stream().map(Link::measureId).toList());
    }

    /**
     * Replaces the service's links with the given measures, recording the change in the audit trail.
     *
     * @return the new version
     */
    @Transactional
    long replace(UUID serviceId, Collection<Long> measureIds) {
        TreeSet<Long> wanted = new TreeSet<>(measureIds);
        TreeSet<Long> before =
                new TreeSet<>(links(serviceId).stream().map(Link::measureId).toList());
        List<Long> added = new ArrayList<>(wanted);
        added.removeAll(before);
        List<Long> removed = new ArrayList<>(before);
        removed.removeAll(wanted);
        String actor = Actors.currentUsername();
        for (Long m : removed) {
            jdbc.sql("DELETE FROM directory_service_measure WHERE service_id = :s AND measure_id = :m")
                    .param("s", serviceId)
                    .param("m", m)
                    .update();
        }
        for (Long m : added) {
            jdbc.sql("INSERT INTO directory_service_measure (service_id, measure_id, linked_by) VALUES (:s, :m, :by)")
                    .param("s", serviceId)
                    .param("m", m)
                    .param("by", actor)
                    .update();
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("added", added);
            details.put("removed", removed);
            audit.record(
                    "DIRECTORY_SERVICE_MEASURES_CHANGED",
                    "directory_service",
                    serviceId.toString(),
                    "Maßnahmen des Angebots geändert: " + added.size() + " verknüpft, " + removed.size() + " gelöst",
                    details);
        }
        return version(wanted);
    }
}
