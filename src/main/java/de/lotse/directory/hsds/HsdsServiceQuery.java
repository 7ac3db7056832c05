package de.lotse.directory.hsds;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The filters of {@code GET /api/hsds/services} (and service_at_locations), cumulative (AND), as SQL on
 * {@code directory_service s}.
 *
 * @param search text in name, alternate name, description or the names and search words of its terms
 * @param termCodes for a taxonomy_term_id: the stored term id, or a life stage code
 * @param organisationId the organisation (resolved from its HSDS id)
 * @param territoryIds municipalities where the service is offered (a place there) …
 * @param areaTerritoryIds … or territories its service areas name (the municipality and the units above it)
 */
record HsdsServiceQuery(
        String search,
        UUID termId,
        String lifeStage,
        UUID taxonomyId,
        boolean lifeStageTaxonomy,
        Long organisationId,
        OffsetDateTime modifiedAfter,
        List<Long> territoryIds,
        List<Long> areaTerritoryIds,
        int page,
        int perPage) {

    /** A condition that matches nothing (e.g. an organization id or term that does not exist). */
    static final String NOTHING = "FALSE";

    /** The WHERE clause and its parameters. */
    Map.Entry<String, Map<String, Object>> where(boolean impossible) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (impossible) {
            conditions.add(NOTHING);
        }
        if (search != null && !search.isBlank()) {
            params.put(
                    "q",
                    "%"
                            + search.strip()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%");
            conditions.add("""
                    (lower(s.name) LIKE :q OR lower(coalesce(s.alternate_name, '')) LIKE :q
                     OR lower(coalesce(s.description, '')) LIKE :q
                     OR s.id IN (SELECT st.service_id FROM directory_service_term st
                                 JOIN directory_taxonomy_term t ON t.id = st.term_id
                                 WHERE lower(t.name) LIKE :q OR lower(coalesce(t.keywords, '')) LIKE :q))""");
        }
        if (termId != null) {
            params.put("term", termId);
            conditions.add("s.id IN (SELECT st.service_id FROM directory_service_term st WHERE st.term_id = :term)");
        }
        if (lifeStage != null) {
            params.put("stage", lifeStage);
            conditions.add("s.id IN (SELECT ls.service_id FROM directory_service_life_stage ls"
                    + " WHERE ls.life_stage = :stage)");
        }
        if (taxonomyId != null) {
            params.put("taxonomy", taxonomyId);
            conditions.add("s.id IN (SELECT st.service_id FROM directory_service_term st JOIN directory_taxonomy_term t"
                    + " ON t.id = st.term_id WHERE t.taxonomy_id = :taxonomy)");
        }
        if (lifeStageTaxonomy) {
            conditions.add("s.id IN (SELECT ls.service_id FROM directory_service_life_stage ls)");
        }
        if (organisationId != null) {
            params.put("organisation", organisationId);
            conditions.add("s.organisation_id = :organisation");
        }
        if (modifiedAfter != null) {
            params.put("modified", modifiedAfter);
            conditions.add("s.updated_at >= :modified");
        }
        if (territoryIds != null) {
            params.put("territories", territoryIds.isEmpty() ? List.of(-1L) : territoryIds);
            params.put("areas", areaTerritoryIds.isEmpty() ? List.of(-1L) : areaTerritoryIds);
            conditions.add("""
                    (s.id IN (SELECT sal.service_id FROM directory_service_at_location sal
                              JOIN directory_location l ON l.id = sal.location_id WHERE l.territory_id IN (:territories))
                     OR s.id IN (SELECT a.service_id FROM directory_service_area a WHERE a.territory_id IN (:areas)))""");
        }
        return Map.entry(conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions), params);
    }

    int offset() {
        return (page - 1) * perPage;
    }
}
