package de.lotse.directory.hsds;

import de.lotse.organisation.Organisation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads services for the HSDS interface: pages of services with their one-to-one fields, and fully nested services
 * (organization, service_at_locations with their places, schedules, phones, contacts, languages, areas, costs,
 * attributes for categories, target groups, fields of action, life stages and profile flags, metadata). Every query
 * reads many services at once, so a page costs a fixed number of queries.
 */
@Component
@Transactional(readOnly = true)
class HsdsServiceReader {

    /** Shown at the start of {@code alert} of a service marked as example data. */
    static final String EXAMPLE_ALERT =
            "Beispieldaten: Angaben dieses Angebots sind nicht aus einer Quelle belegt (example data).";

    private final JdbcClient jdbc;
    private final HsdsParts parts;
    private final HsdsLocationReader locations;
    private final HsdsOrganisations organisations;
    private final HsdsServiceExtras extras;

    HsdsServiceReader(
            JdbcClient jdbc,
            HsdsParts parts,
            HsdsLocationReader locations,
            HsdsOrganisations organisations,
            HsdsServiceExtras extras) {
        this.jdbc = jdbc;
        this.parts = parts;
        this.locations = locations;
        this.organisations = organisations;
        this.extras = extras;
    }

    record Row(
            UUID id,
            long organisationId,
            String name,
            String alternateName,
            String description,
            String status,
            String url,
            String email,
            String interpretationServices,
            String applicationProcess,
            String feesDescription,
            Boolean freeOfCharge,
            String eligibilityDescription,
            Integer minimumAge,
            Integer maximumAge,
            Map<String, Boolean> channels,
            String alert,
            String textLanguage,
            LocalDate lastVerifiedAt,
            boolean exampleData,
            String sourceNote,
            Instant updatedAt) {}

    /** One page of services matching the query; nested when {@code full}. */
    HsdsModel.Page<HsdsModel.Service> page(HsdsServiceQuery query, boolean impossible, boolean full, boolean minimal) {
        var where = query.where(impossible);
        long[] total = {0};
        // one scan: the total comes with the page (a window over all matches, computed before LIMIT)
        List<Row> rows = jdbc.sql("SELECT s.*, count(*) OVER () AS total_matches FROM directory_service s WHERE "
                        + where.getKey() + " ORDER BY lower(s.name), s.id LIMIT :limit OFFSET :offset")
                .params(where.getValue())
                .param("limit", query.perPage())
                .param("offset", query.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total_matches");
                    return row(rs);
                })
                .list();
        if (rows.isEmpty() && query.page() > 1) {
            total[0] = jdbc.sql("SELECT count(*) FROM directory_service s WHERE " + where.getKey())
                    .params(where.getValue())
                    .query(Long.class)
                    .single();
        }
        List<HsdsModel.Service> contents;
        if (minimal) {
            contents = rows.stream().map(HsdsServiceReader::minimal).toList();
        } else if (full) {
            contents = nested(rows);
        } else {
            contents = flatList(rows);
        }
        return HsdsModel.Page.of(contents, total[0], query.page(), query.perPage());
    }

    /** The fully nested services with these ids, in the order given; unknown ids are left out. */
    List<HsdsModel.Service> full(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Row> byId = HsdsParts.index(
                jdbc.sql("SELECT * FROM directory_service WHERE id IN (:ids)")
                        .param("ids", ids)
                        .query((rs, n) -> row(rs))
                        .list(),
                Row::id);
        return nested(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /** The services of an organisation, one-to-one fields (or nested when {@code full}), by name. */
    List<HsdsModel.Service> ofOrganisation(long organisationId, boolean full) {
        List<Row> rows = jdbc.sql("SELECT * FROM directory_service WHERE organisation_id = :o ORDER BY lower(name), id")
                .param("o", organisationId)
                .query((rs, n) -> row(rs))
                .list();
        return full ? nested(rows) : flatList(rows);
    }

    private List<HsdsModel.Service> nested(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new HashSet<>();
        Set<Long> organisationIds = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.id());
            organisationIds.add(r.organisationId());
        });
        Map<Long, Organisation> owners = organisations.byIds(organisationIds);
        HsdsServiceExtras.Loaded loaded = extras.load(ids);
        Map<UUID, List<HsdsModel.Phone>> phones = parts.phones(HsdsParts.Owner.SERVICE, ids);
        Map<UUID, List<HsdsModel.Contact>> contacts = parts.contacts(HsdsParts.Owner.SERVICE, ids);
        Map<UUID, List<HsdsModel.Schedule>> schedules = parts.schedules(HsdsParts.Owner.SERVICE, ids);
        Map<UUID, List<HsdsModel.ServiceAtLocation>> sites = sites(ids);
        List<HsdsModel.Service> result = new ArrayList<>();
        for (Row row : rows) {
            Organisation owner = owners.get(row.organisationId());
            HsdsModel.Service flat = flat(row, owner);
            result.add(new HsdsModel.Service(
                    flat.id(),
                    flat.organizationId(),
                    flat.name(),
                    flat.alternateName(),
                    flat.description(),
                    flat.url(),
                    flat.email(),
                    flat.status(),
                    flat.interpretationServices(),
                    flat.applicationProcess(),
                    flat.feesDescription(),
                    flat.eligibilityDescription(),
                    flat.minimumAge(),
                    flat.maximumAge(),
                    flat.assuredDate(),
                    flat.alert(),
                    flat.lastModified(),
                    phones.getOrDefault(row.id(), List.of()),
                    schedules.getOrDefault(row.id(), List.of()),
                    loaded.areas().getOrDefault(row.id(), List.of()),
                    sites.getOrDefault(row.id(), List.of()),
                    loaded.languages().getOrDefault(row.id(), List.of()),
                    owner == null ? null : organisations.nested(owner),
                    loaded.costOptions().getOrDefault(row.id(), List.of()),
                    contacts.getOrDefault(row.id(), List.of()),
                    attributes(row, loaded.terms().getOrDefault(row.id(), List.of())),
                    loaded.metadata().getOrDefault(row.id(), List.of())));
        }
        return result;
    }

    /** The service at location entries of these services, each with its place fully nested. */
    private Map<UUID, List<HsdsModel.ServiceAtLocation>> sites(Set<UUID> serviceIds) {
        List<HsdsModel.ServiceAtLocation> bare = jdbc.sql("""
                        SELECT sal.id, sal.service_id, sal.location_id, sal.description
                        FROM directory_service_at_location sal JOIN directory_location l ON l.id = sal.location_id
                        WHERE sal.service_id IN (:ids) ORDER BY lower(l.name), sal.id
                        """)
                .param("ids", serviceIds)
                .query((rs, n) -> new HsdsModel.ServiceAtLocation(
                        rs.getObject("id", UUID.class),
                        rs.getObject("service_id", UUID.class),
                        rs.getObject("location_id", UUID.class),
                        rs.getString("description"),
                        null,
                        null,
                        null,
                        null,
                        null))
                .list();
        return HsdsServiceExtras.withParts(bare, parts, locations);
    }

    private List<HsdsModel.Attribute> attributes(Row row, List<HsdsModel.Attribute> terms) {
        List<HsdsModel.Attribute> all = new ArrayList<>(terms);
        UUID id = row.id();
        all.add(HsdsTaxonomies.profileAttribute(id, "service", "example-data", row.exampleData()));
        all.add(HsdsTaxonomies.profileAttribute(id, "service", "free-of-charge", row.freeOfCharge()));
        row.channels().forEach((code, value) -> all.add(HsdsTaxonomies.profileAttribute(id, "service", code, value)));
        all.add(HsdsTaxonomies.profileAttribute(id, "service", "text-language", row.textLanguage()));
        all.add(HsdsTaxonomies.profileAttribute(id, "service", "source-note", row.sourceNote()));
        all.removeIf(Objects::isNull);
        return all;
    }

    private List<HsdsModel.Service> flatList(List<Row> rows) {
        Map<Long, Organisation> owners = organisations.byIds(
                rows.stream().map(Row::organisationId).distinct().toList());
        return rows.stream().map(r -> flat(r, owners.get(r.organisationId()))).toList();
    }

    private HsdsModel.Service flat(Row row, Organisation owner) {
        UUID organisation = owner == null ? null : organisations.uuid(owner);
        String alert = row.alert();
        if (row.exampleData()) {
            alert = alert == null || alert.isBlank() ? EXAMPLE_ALERT : EXAMPLE_ALERT + " " + alert;
        }
        return new HsdsModel.Service(
                row.id(),
                organisation,
                row.name(),
                row.alternateName(),
                row.description(),
                HsdsText.uri(row.url()),
                HsdsText.email(row.email()),
                row.status(),
                row.interpretationServices(),
                row.applicationProcess(),
                row.feesDescription(),
                row.eligibilityDescription(),
                row.minimumAge(),
                row.maximumAge(),
                HsdsText.date(row.lastVerifiedAt()),
                alert,
                HsdsText.dateTime(row.updatedAt()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static HsdsModel.Service minimal(Row row) {
        return new HsdsModel.Service(
                row.id(),
                null,
                row.name(),
                null,
                null,
                null,
                null,
                row.status(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                HsdsText.dateTime(row.updatedAt()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static Row row(ResultSet rs) throws SQLException {
        Map<String, Boolean> channels = new java.util.LinkedHashMap<>();
        channels.put("anonymous", rs.getObject("anonymous", Boolean.class));
        channels.put("outreach", rs.getObject("outreach", Boolean.class));
        channels.put("phone-counselling", rs.getObject("phone_counselling", Boolean.class));
        channels.put("video-counselling", rs.getObject("video_counselling", Boolean.class));
        channels.put("chat-counselling", rs.getObject("chat_counselling", Boolean.class));
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getLong("organisation_id"),
                rs.getString("name"),
                rs.getString("alternate_name"),
                rs.getString("description"),
                rs.getString("status"),
                rs.getString("url"),
                rs.getString("email"),
                rs.getString("interpretation_services"),
                rs.getString("application_process"),
                rs.getString("fees_description"),
                rs.getObject("free_of_charge", Boolean.class),
                rs.getString("eligibility_description"),
                rs.getObject("minimum_age", Integer.class),
                rs.getObject("maximum_age", Integer.class),
                channels,
                rs.getString("alert"),
                rs.getString("text_language"),
                rs.getObject("last_verified_at", LocalDate.class),
                rs.getBoolean("example_data"),
                rs.getString("source_note"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
