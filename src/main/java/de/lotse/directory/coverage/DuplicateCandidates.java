package de.lotse.directory.coverage;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the published, active services of a county (a place in one of its municipalities or a service area inside
 * it) with everything duplicate detection compares.
 */
@Repository
class DuplicateCandidates {

    private final JdbcClient jdbc;
    private final Territories territories;

    DuplicateCandidates(JdbcClient jdbc, Territories territories) {
        this.jdbc = jdbc;
        this.territories = territories;
    }

    private record Base(UUID id, String name, String description, Integer minimumAge, Integer maximumAge) {}

    List<DuplicateCandidate> ofCounty(Territory county) {
        Set<Long> inCounty = new HashSet<>();
        inCounty.add(county.id());
        territories.children(county, TerritoryLevel.ASSOCIATION).forEach(t -> inCounty.add(t.id()));
        territories.children(county, TerritoryLevel.MUNICIPALITY).forEach(t -> inCounty.add(t.id()));
        List<Base> services = jdbc.sql("""
                        SELECT s.id, s.name, s.description, s.minimum_age, s.maximum_age FROM directory_service s
                         WHERE s.status = 'active'
                           AND (EXISTS (SELECT 1 FROM directory_service_at_location sal
                                          JOIN directory_location l ON l.id = sal.location_id
                                         WHERE sal.service_id = s.id AND l.territory_id IN (:t))
                                OR EXISTS (SELECT 1 FROM directory_service_area a
                                            WHERE a.service_id = s.id AND a.territory_id IN (:t)))
                         ORDER BY s.name
                        """)
                .param("t", inCounty)
                .query((rs, n) -> new Base(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("description"),
                        (Integer) rs.getObject("minimum_age"),
                        (Integer) rs.getObject("maximum_age")))
                .list();
        if (services.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = services.stream().map(Base::id).toList();
        Map<UUID, List<String[]>> terms = terms(ids);
        Map<UUID, Set<Long>> areas = areas(ids);
        Map<UUID, List<DuplicateCandidate.Slot>> slots = slots(ids);
        Set<Long> allAreas = new HashSet<>();
        areas.values().forEach(allAreas::addAll);
        Map<Long, Territory> units = territories.findAllById(allAreas);
        List<DuplicateCandidate> result = new ArrayList<>();
        for (Base s : services) {
            result.add(candidate(
                    s,
                    terms.getOrDefault(s.id(), List.of()),
                    areas.getOrDefault(s.id(), Set.of()),
                    units,
                    slots.getOrDefault(s.id(), List.of())));
        }
        return result;
    }

    private static DuplicateCandidate candidate(
            Base s,
            List<String[]> terms,
            Set<Long> areaIds,
            Map<Long, Territory> units,
            List<DuplicateCandidate.Slot> slots) {
        Set<String> categories = new HashSet<>();
        Set<String> audiences = new HashSet<>();
        List<DuplicateCandidate.AgeRange> ages = new ArrayList<>();
        if (s.minimumAge() != null || s.maximumAge() != null) {
            ages.add(new DuplicateCandidate.AgeRange(s.minimumAge(), s.maximumAge()));
        }
        for (String[] t : terms) {
            if ("category".equals(t[1])) {
                categories.add(t[0]);
            } else if ("audience".equals(t[1])) {
                audiences.add(t[0]);
                if (t[2] != null || t[3] != null) {
                    ages.add(new DuplicateCandidate.AgeRange(
                            t[2] == null ? null : Integer.valueOf(t[2]), t[3] == null ? null : Integer.valueOf(t[3])));
                }
            }
        }
        Set<String> keys = new HashSet<>();
        Set<String> paths = new HashSet<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Long id : areaIds) {
            Territory t = units.get(id);
            if (t != null) {
                keys.add(t.key());
                names.put(t.key(), t.name());
                paths.addAll(List.of(t.path().split("/")));
                paths.add(t.key());
            }
        }
        return new DuplicateCandidate(
                s.id(),
                s.name(),
                Set.copyOf(categories),
                Set.copyOf(audiences),
                List.copyOf(ages),
                Set.copyOf(keys),
                Set.copyOf(paths),
                names,
                slots,
                TextSimilarity.trigrams(s.name() + " " + (s.description() == null ? "" : s.description())));
    }

    private Map<UUID, List<String[]>> terms(Collection<UUID> ids) {
        Map<UUID, List<String[]>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT st.service_id, t.code, st.link_type, t.minimum_age, t.maximum_age
                          FROM directory_service_term st JOIN directory_taxonomy_term t ON t.id = st.term_id
                         WHERE st.service_id IN (:ids)
                        """).param("ids", ids).query(rs -> {
            Object min = rs.getObject("minimum_age");
            Object max = rs.getObject("maximum_age");
            result.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
                    .add(new String[] {
                        rs.getString("code"),
                        rs.getString("link_type"),
                        min == null ? null : min.toString(),
                        max == null ? null : max.toString()
                    });
        });
        return result;
    }

    private Map<UUID, Set<Long>> areas(Collection<UUID> ids) {
        Map<UUID, Set<Long>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT sal.service_id, l.territory_id FROM directory_service_at_location sal
                          JOIN directory_location l ON l.id = sal.location_id
                         WHERE sal.service_id IN (:ids) AND l.territory_id IS NOT NULL
                        UNION
                        SELECT a.service_id, a.territory_id FROM directory_service_area a
                         WHERE a.service_id IN (:ids) AND a.territory_id IS NOT NULL
                        """).param("ids", ids).query(rs -> {
            result.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new HashSet<>())
                    .add(rs.getLong("territory_id"));
        });
        return result;
    }

    /** Recurring consultation hours of the service itself and of the service at its places. */
    private Map<UUID, List<DuplicateCandidate.Slot>> slots(Collection<UUID> ids) {
        Map<UUID, List<DuplicateCandidate.Slot>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT COALESCE(sc.service_id, sal.service_id) AS service_id, sc.byday, sc.opens_at, sc.closes_at
                          FROM directory_schedule sc
                          LEFT JOIN directory_service_at_location sal ON sal.id = sc.service_at_location_id
                         WHERE sc.kind = 'RECURRING' AND (sc.valid_to IS NULL OR sc.valid_to >= CURRENT_DATE)
                           AND COALESCE(sc.service_id, sal.service_id) IN (:ids)
                        """).param("ids", ids).query(rs -> {
            UUID id = rs.getObject("service_id", UUID.class);
            for (String day : rs.getString("byday").split(",")) {
                DayOfWeek d = weekday(day.replaceAll("[^A-Z]", ""));
                if (d != null) {
                    result.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new DuplicateCandidate.Slot(
                                    d,
                                    rs.getTime("opens_at").toLocalTime(),
                                    rs.getTime("closes_at").toLocalTime()));
                }
            }
        });
        return result;
    }

    private static DayOfWeek weekday(String code) {
        return switch (code) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }
}
