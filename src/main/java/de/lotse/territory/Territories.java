package de.lotse.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The territory module's API for other modules and for its own web adapters: look up units by AGS or ARS, walk the
 * hierarchy, search, read population histories and boundaries.
 */
@Service
@Transactional(readOnly = true)
public class Territories {

    private final TerritoryRepository repository;
    private final TerritoryProperties properties;
    private final JsonMapper json;

    Territories(TerritoryRepository repository, TerritoryProperties properties, JsonMapper json) {
        this.repository = repository;
        this.properties = properties;
        this.json = json;
    }

    /**
     * Finds a unit by key. A 2-, 5- or 9-digit key names a Land, Kreis or Gemeindeverband; an 8-digit AGS names a
     * Gemeinde (or, padded with zeros, a Kreis or Land); a 12-digit ARS names the lowest unit that carries it (for a
     * kreisfreie Stadt the Gemeinde; pass a level to choose another).
     */
    public Optional<Territory> find(TerritoryKey key, TerritoryLevel level) {
        String k = key.value();
        if (level != null) {
            return switch (k.length()) {
                case 8 ->
                    switch (level) {
                        case MUNICIPALITY -> repository.findMunicipalityByAgs(k);
                        case COUNTY -> k.endsWith("000") ? repository.find(level, k.substring(0, 5)) : none();
                        case STATE -> k.endsWith("000000") ? repository.find(level, k.substring(0, 2)) : none();
                        default -> none(); // an AGS does not name a Gemeindeverband
                    };
                default -> repository.find(level, Ars.fromNativeKey(k).nativeKey(level));
            };
        }
        return switch (k.length()) {
            case 2 -> repository.find(TerritoryLevel.STATE, k);
            case 5 -> repository.find(TerritoryLevel.COUNTY, k);
            case 9 -> repository.find(TerritoryLevel.ASSOCIATION, k);
            case 8 ->
                repository
                        .findMunicipalityByAgs(k)
                        .or(() -> k.endsWith("000000")
                                ? repository.find(TerritoryLevel.STATE, k.substring(0, 2))
                                : none())
                        .or(() ->
                                k.endsWith("000") ? repository.find(TerritoryLevel.COUNTY, k.substring(0, 5)) : none());
            default -> findByArs(new Ars(k));
        };
    }

    /** Shortcut for {@link #find(TerritoryKey, TerritoryLevel)} without a level. */
    public Optional<Territory> find(String key) {
        return find(new TerritoryKey(key), null);
    }

    public Optional<Territory> findById(long id) {
        return repository.findById(id);
    }

    /** Many units by id with one query, keyed by id; unknown ids are missing from the map. */
    public java.util.Map<Long, Territory> findAllById(java.util.Collection<Long> ids) {
        java.util.Map<Long, Territory> byId = new java.util.HashMap<>();
        for (Territory t : repository.findAllById(ids)) {
            byId.put(t.id(), t);
        }
        return byId;
    }

    private Optional<Territory> findByArs(Ars ars) {
        for (TerritoryLevel level : List.of(
                TerritoryLevel.MUNICIPALITY, TerritoryLevel.ASSOCIATION, TerritoryLevel.COUNTY, TerritoryLevel.STATE)) {
            if (!ars.value().equals(Ars.fromNativeKey(ars.nativeKey(level)).value())) {
                continue;
            }
            Optional<Territory> found = repository.find(level, ars.nativeKey(level));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Territory> none() {
        return Optional.empty();
    }

    /** The units directly below, or, with a level, all units of that level below (e.g. the Gemeinden of a Kreis). */
    public List<Territory> children(Territory parent, TerritoryLevel level) {
        if (level == null || level == parent.level().child()) {
            return repository.children(parent.id());
        }
        if (level.ordinal() <= parent.level().ordinal()) {
            return List.of();
        }
        return repository.descendants(parent, level);
    }

    /** All units of one level in Germany (e.g. all 400 Kreise). */
    public List<Territory> allOfLevel(TerritoryLevel level) {
        return repository.byLevel(level);
    }

    /** The Länder. */
    public List<Territory> states() {
        return repository.topLevel();
    }

    /** Current units whose name contains the text or whose AGS/ARS starts with it, best matches first. */
    public List<Territory> search(String text, int limit) {
        return search(text, null, limit);
    }

    /** As {@link #search(String, int)}, restricted to one level if a level is given. */
    public List<Territory> search(String text, TerritoryLevel level, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return repository.search(text, level, null, Math.max(1, Math.min(limit, 200)));
    }

    /** As {@link #search(String, TerritoryLevel, int)}, restricted to the units below the given one. */
    public List<Territory> searchWithin(Territory ancestor, String text, TerritoryLevel level, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return repository.search(text, level, ancestor.path(), Math.max(1, Math.min(limit, 200)));
    }

    /** The county this installation plans for ({@code LOTSE_HOME_COUNTY}); empty if it is not loaded. */
    public Optional<Territory> homeCounty() {
        return repository.find(TerritoryLevel.COUNTY, properties.homeCounty());
    }

    /** All population figures of a unit, oldest reference date first. */
    public List<PopulationFigure> populationHistory(Territory territory) {
        return repository.populationHistory(territory.id());
    }

    /**
     * The chain of units from the Land down to the parent of the given unit, read from its materialised path (a level
     * may be skipped: gemeindefreie Gebiete outside any Kreis hang directly below their Land).
     */
    public List<Territory> ancestors(Territory territory) {
        String[] keys = territory.path().split("/");
        java.util.ArrayList<Territory> chain = new java.util.ArrayList<>();
        for (int i = 0; i < keys.length - 1; i++) {
            TerritoryLevel level =
                    switch (keys[i].length()) {
                        case 2 -> TerritoryLevel.STATE;
                        case 5 -> TerritoryLevel.COUNTY;
                        case 9 -> TerritoryLevel.ASSOCIATION;
                        default -> TerritoryLevel.MUNICIPALITY;
                    };
            repository.find(level, keys[i]).ifPresent(chain::add);
        }
        return chain;
    }

    /**
     * A GeoJSON FeatureCollection (RFC 7946, WGS84) of the given units with their simplified display boundaries and
     * properties key, ars, ags, name, level, type, population, populationDate, areaKm2, density. Units without a
     * boundary are left out.
     */
    public ObjectNode featureCollection(List<Territory> territories) {
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Territory t : territories) {
            Optional<String> geometry = repository.displayBoundary(t.id());
            if (geometry.isEmpty()) {
                continue;
            }
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", t.key());
            ObjectNode props = feature.putObject("properties");
            props.put("key", t.key());
            props.put("ars", t.ars().value());
            props.put("ags", t.ags() == null ? null : t.ags().value());
            props.put("name", t.name());
            props.put("level", t.level().name());
            props.put("type", t.typeName());
            if (t.population() != null) {
                props.put("population", t.population().population());
                props.put("populationDate", t.population().referenceDate().toString());
            }
            if (t.areaKm2() != null) {
                props.put("areaKm2", t.areaKm2());
            }
            if (t.density() != null) {
                props.put("density", Math.round(t.density() * 10) / 10.0);
            }
            JsonNode geometryNode = json.readTree(geometry.get());
            feature.set("geometry", geometryNode);
        }
        return collection;
    }

    /**
     * A marker of the state of the territory data that changes whenever a unit is added, changed, closed, gets a new
     * boundary or population figure, or an import is recorded. Other modules use it to keep derived data (e.g. the
     * hierarchy they walk on every request) in memory and rebuild it only when the territories changed. One cheap query
     * (index scans only).
     */
    public String revision() {
        return repository.revision();
    }

    /** The boundary of one unit as a GeoJSON geometry, full resolution or simplified for display. */
    public Optional<String> boundary(Territory territory, boolean simplified) {
        return simplified ? repository.displayBoundary(territory.id()) : repository.fullBoundary(territory.id());
    }
}
