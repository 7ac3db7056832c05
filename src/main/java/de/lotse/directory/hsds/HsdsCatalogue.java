package de.lotse.directory.hsds;

import de.lotse.organisation.Organisation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HSDS lists and details besides services: organizations (those that offer a service or run a place in the
 * directory), locations (a profile extension: HSDS 3.0 has no list of locations), service_at_locations, taxonomies
 * and taxonomy terms.
 */
@Service
@Transactional(readOnly = true)
class HsdsCatalogue {

    private final JdbcClient jdbc;
    private final HsdsOrganisations organisations;
    private final HsdsLocationReader locations;
    private final HsdsServiceReader services;
    private final HsdsParts parts;
    private final HsdsTaxonomies taxonomies;

    HsdsCatalogue(
            JdbcClient jdbc,
            HsdsOrganisations organisations,
            HsdsLocationReader locations,
            HsdsServiceReader services,
            HsdsParts parts,
            HsdsTaxonomies taxonomies) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.locations = locations;
        this.services = services;
        this.parts = parts;
        this.taxonomies = taxonomies;
    }

    HsdsModel.Page<HsdsModel.Organization> organizations(
            String search, boolean full, boolean fullService, int page, int perPage) {
        Set<Long> inDirectory = Set.copyOf(jdbc.sql("""
                        SELECT organisation_id FROM directory_service
                        UNION SELECT organisation_id FROM directory_location WHERE organisation_id IS NOT NULL
                        """).query(Long.class).list());
        Map<Long, UUID> uuids = new HashMap<>();
        List<Organisation> matching = new ArrayList<>();
        for (Organisation o : organisations.all()) {
            uuids.put(o.id(), organisations.uuid(o));
            if (inDirectory.contains(o.id()) && matches(o, search)) {
                matching.add(o);
            }
        }
        List<HsdsModel.Organization> contents = slice(matching, page, perPage).stream()
                .map(o -> full || fullService
                        ? organization(o, uuids, fullService)
                        : organisations.toHsds(o, o.parentId() == null ? null : uuids.get(o.parentId()), null, null))
                .toList();
        return HsdsModel.Page.of(contents, matching.size(), page, perPage);
    }

    Optional<HsdsModel.Organization> organization(UUID id, boolean fullService) {
        return organisations.byUuid(id).map(o -> organization(o, organisations.uuids(), fullService));
    }

    private HsdsModel.Organization organization(Organisation o, Map<Long, UUID> uuids, boolean fullService) {
        List<UUID> placeIds = jdbc.sql(
                        "SELECT id FROM directory_location WHERE organisation_id = :o ORDER BY lower(name), id")
                .param("o", o.id())
                .query(UUID.class)
                .list();
        return organisations.toHsds(
                o,
                o.parentId() == null ? null : uuids.get(o.parentId()),
                locations.full(placeIds),
                services.ofOrganisation(o.id(), fullService));
    }

    private static boolean matches(Organisation o, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String q = search.strip().toLowerCase(Locale.ROOT);
        return contains(o.name(), q)
                || contains(o.shortName(), q)
                || contains(o.description(), q)
                || contains(o.key(), q);
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }

    HsdsModel.Page<HsdsModel.Location> locations(
            String search,
            List<Long> territoryIds,
            Long organisationId,
            boolean impossible,
            boolean full,
            int page,
            int perPage) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (impossible) {
            conditions.add("FALSE");
        }
        if (search != null && !search.isBlank()) {
            params.put(
                    "q",
                    "%"
                            + search.strip()
                                    .toLowerCase(Locale.ROOT)
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%");
            conditions.add("(lower(l.name) LIKE :q OR lower(coalesce(l.alternate_name, '')) LIKE :q"
                    + " OR lower(coalesce(l.description, '')) LIKE :q OR lower(coalesce(l.city, '')) LIKE :q)");
        }
        if (territoryIds != null) {
            params.put("territories", territoryIds.isEmpty() ? List.of(-1L) : territoryIds);
            conditions.add("l.territory_id IN (:territories)");
        }
        if (organisationId != null) {
            params.put("organisation", organisationId);
            conditions.add("l.organisation_id = :organisation");
        }
        String where = conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM directory_location l WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", perPage);
        params.put("offset", (page - 1) * perPage);
        List<HsdsLocationReader.Row> rows =
                locations.rows(where + " ORDER BY lower(l.name), l.id LIMIT :limit OFFSET :offset", params);
        return HsdsModel.Page.of(locations.toHsds(rows, full), total, page, perPage);
    }

    Optional<HsdsModel.Location> location(UUID id) {
        return locations.full(List.of(id)).stream().findFirst();
    }

    HsdsModel.Page<HsdsModel.ServiceAtLocation> serviceAtLocations(
            HsdsServiceQuery query, boolean impossible, boolean full) {
        var where = query.where(impossible);
        String from = " FROM directory_service_at_location sal JOIN directory_service s ON s.id = sal.service_id"
                + " JOIN directory_location pl ON pl.id = sal.location_id WHERE " + where.getKey();
        long total = jdbc.sql("SELECT count(*)" + from)
                .params(where.getValue())
                .query(Long.class)
                .single();
        List<HsdsModel.ServiceAtLocation> bare = jdbc.sql(
                        "SELECT sal.id, sal.service_id, sal.location_id, sal.description" + from
                                + " ORDER BY lower(s.name), lower(pl.name), sal.id LIMIT :limit OFFSET :offset")
                .params(where.getValue())
                .param("limit", query.perPage())
                .param("offset", query.offset())
                .query((rs, n) -> new HsdsModel.ServiceAtLocation(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        null,
                        null,
                        null,
                        null,
                        null))
                .list();
        List<HsdsModel.ServiceAtLocation> contents = full ? nestedSites(bare) : bare;
        return HsdsModel.Page.of(contents, total, query.page(), query.perPage());
    }

    Optional<HsdsModel.ServiceAtLocation> serviceAtLocation(UUID id) {
        List<HsdsModel.ServiceAtLocation> bare = jdbc.sql(
                        "SELECT id, service_id, location_id, description FROM directory_service_at_location"
                                + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new HsdsModel.ServiceAtLocation(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        null,
                        null,
                        null,
                        null,
                        null))
                .list();
        return nestedSites(bare).stream().findFirst();
    }

    /** Each entry with its phones, contacts, schedules, its fully nested place and its service. */
    private List<HsdsModel.ServiceAtLocation> nestedSites(List<HsdsModel.ServiceAtLocation> bare) {
        if (bare.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<HsdsModel.ServiceAtLocation>> byService = HsdsServiceExtras.withParts(bare, parts, locations);
        Map<UUID, HsdsModel.Service> owners = HsdsParts.index(services.full(byService.keySet()), HsdsModel.Service::id);
        Map<UUID, HsdsModel.ServiceAtLocation> byId = new HashMap<>();
        byService.values().stream().flatMap(List::stream).forEach(s -> byId.put(s.id(), s));
        return bare.stream()
                .map(b -> byId.get(b.id()))
                .map(s -> new HsdsModel.ServiceAtLocation(
                        s.id(),
                        s.serviceId(),
                        s.locationId(),
                        s.description(),
                        s.contacts(),
                        s.phones(),
                        s.schedules(),
                        s.location(),
                        withoutSites(owners.get(s.serviceId()))))
                .toList();
    }

    /** The service as nested in a service_at_location: everything but its own service_at_locations. */
    private static HsdsModel.Service withoutSites(HsdsModel.Service s) {
        if (s == null) {
            return null;
        }
        return new HsdsModel.Service(
                s.id(),
                s.organizationId(),
                s.name(),
                s.alternateName(),
                s.description(),
                s.url(),
                s.email(),
                s.status(),
                s.interpretationServices(),
                s.applicationProcess(),
                s.feesDescription(),
                s.eligibilityDescription(),
                s.minimumAge(),
                s.maximumAge(),
                s.assuredDate(),
                s.alert(),
                s.lastModified(),
                s.phones(),
                s.schedules(),
                s.serviceAreas(),
                null,
                s.languages(),
                s.organization(),
                s.costOptions(),
                s.contacts(),
                s.attributes(),
                null);
    }

    HsdsModel.Page<HsdsModel.Taxonomy> taxonomies(String search, int page, int perPage) {
        List<HsdsModel.Taxonomy> all = taxonomies.taxonomies().stream()
                .filter(t -> search == null
                        || search.isBlank()
                        || contains(t.name(), search.strip().toLowerCase(Locale.ROOT))
                        || contains(t.description(), search.strip().toLowerCase(Locale.ROOT)))
                .toList();
        return HsdsModel.Page.of(slice(all, page, perPage), all.size(), page, perPage);
    }

    Optional<HsdsModel.Taxonomy> taxonomy(UUID id) {
        return taxonomies.taxonomy(id);
    }

    HsdsModel.Page<HsdsModel.TaxonomyTerm> terms(
            String search, UUID taxonomyId, UUID parentId, boolean topOnly, int page, int perPage) {
        String q = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        List<HsdsModel.TaxonomyTerm> all = taxonomies.terms().stream()
                .map(HsdsTaxonomies.KnownTerm::term)
                .filter(t -> taxonomyId == null || taxonomyId.equals(t.taxonomyId()))
                .filter(t -> parentId == null || parentId.equals(t.parentId()))
                .filter(t -> !topOnly || t.parentId() == null)
                .filter(t ->
                        q == null || contains(t.name(), q) || contains(t.code(), q) || contains(t.description(), q))
                .toList();
        return HsdsModel.Page.of(slice(all, page, perPage), all.size(), page, perPage);
    }

    Optional<HsdsModel.TaxonomyTerm> term(UUID id) {
        return taxonomies.term(id).map(HsdsTaxonomies.KnownTerm::term);
    }

    private static <T> List<T> slice(List<T> all, int page, int perPage) {
        int from = Math.min(all.size(), (page - 1) * perPage);
        return all.subList(from, Math.min(all.size(), from + perPage));
    }
}
