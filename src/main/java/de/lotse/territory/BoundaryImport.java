package de.lotse.territory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of boundaries (WGS84) and matches every feature to a unit by its AGS/ARS property.
 * Several features with one key (e.g. land and water parts in VG250) are reduced to the land part where the VG250
 * attribute GF says so, otherwise merged. Each boundary is stored in full and simplified for display.
 */
final class BoundaryImport {

    private static final List<String> KEY_PROPERTIES =
            List.of("ARS", "ars", "ags", "AGS", "ars9", "key", "RS", "AGS_0");

    private final JsonMapper json;
    private final String fileName;
    private final TerritoryLevel requestedLevel;
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);

    BoundaryImport(JsonMapper json, String fileName, TerritoryLevel level) {
        this.json = json;
        this.fileName = fileName;
        this.requestedLevel = level;
    }

    static boolean looksLikeJson(byte[] content) {
        for (byte b : content) {
            if (b == '{') {
                return true;
            }
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return false;
    }

    private record Part(int index, String key, String name, Geometry geometry, String gf) {}

    /** One unit's boundary, ready to store: full and simplified GeoJSON and an interior point. */
    record PreparedBoundary(
            String key,
            String name,
            int firstFeature,
            int features,
            String full,
            String display,
            double lon,
            double lat) {}

    /** A read file: its boundaries grouped by key, or the errors that prevent the import. */
    record Prepared(
            String fileName,
            TerritoryLevel level,
            int featuresRead,
            List<PreparedBoundary> boundaries,
            List<ImportProblem> errors,
            List<ImportProblem> warnings) {}

    /**
     * Reads and checks the file, combines features with one key and simplifies the boundaries; needs no database,
     * so it can run while other work uses it.
     */
    Prepared prepare(byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            return failed(ImportProblem.of(
                    fileName, Math.max(line, 0), null, "json.invalid", column, e.getOriginalMessage()));
        }
        if (!"FeatureCollection".equals(root.path("type").asString(""))) {
            return failed(ImportProblem.of(
                    fileName,
                    0,
                    "type",
                    "json.notFeatureCollection",
                    root.path("type").asString("")));
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            return failed(ImportProblem.of(fileName, 0, "features", "json.noFeatures"));
        }
        List<Part> parts = readFeatures(features);
        if (!errors.isEmpty()) {
            return new Prepared(fileName, null, parts.size(), List.of(), List.copyOf(errors), List.of());
        }
        TerritoryLevel level = requestedLevel != null ? requestedLevel : inferLevel(parts);
        Map<String, List<Part>> byKey = new LinkedHashMap<>();
        for (Part part : parts) {
            byKey.computeIfAbsent(part.key(), k -> new ArrayList<>()).add(part);
        }
        List<PreparedBoundary> boundaries = new ArrayList<>();
        for (Map.Entry<String, List<Part>> entry : byKey.entrySet()) {
            Part first = entry.getValue().getFirst();
            boundaries.add(prepare(
                    entry.getKey(),
                    first,
                    combine(entry.getValue()),
                    entry.getValue().size(),
                    level));
        }
        return new Prepared(fileName, level, parts.size(), List.copyOf(boundaries), List.of(), List.copyOf(warnings));
    }

    /** Matches the prepared boundaries to the stored units and writes them. */
    static TerritoryImportReport apply(Prepared prepared, TerritoryWriter writer, boolean dryRun) {
        String fileName = prepared.fileName();
        if (!prepared.errors().isEmpty()) {
            return TerritoryImportReport.failed(fileName, "GEOJSON", prepared.errors(), dryRun);
        }
        TerritoryLevel level = prepared.level();
        Map<String, TerritoryWriter.Row> units = writer.loadOfficialUnits();
        Map<String, String> municipalityByAgs = new java.util.HashMap<>();
        units.values().stream()
                .filter(r -> r.level() == TerritoryLevel.MUNICIPALITY)
                .sorted(java.util.Comparator.comparing((TerritoryWriter.Row r) -> r.validTo() == null))
                .forEach(r ->
                        municipalityByAgs.put(new Ars(r.key()).municipalityAgs().value(), r.key()));
        List<ImportProblem> errors = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>(prepared.warnings());
        List<TerritoryWriter.BoundaryRow> rows = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<TerritoryImportReport.Change> changes = new ArrayList<>();
        for (PreparedBoundary boundary : prepared.boundaries()) {
            String key = level == TerritoryLevel.MUNICIPALITY && boundary.key().length() == 8
                    ? municipalityByAgs.getOrDefault(boundary.key(), "AGS " + boundary.key())
                    : nativeKey(boundary.key(), level);
            if (key == null) {
                errors.add(ImportProblem.of(
                        fileName, 0, "Feature " + boundary.firstFeature(), "key.levelMismatch", boundary.key(), level));
                continue;
            }
            TerritoryWriter.Row unit = units.get(level + ":" + key);
            if (unit == null) {
                unmatched.add(key + (boundary.name() == null ? "" : " " + boundary.name()) + " (feature "
                        + boundary.firstFeature() + ")");
                continue;
            }
            rows.add(new TerritoryWriter.BoundaryRow(
                    unit.id(), boundary.full(), boundary.display(), boundary.lon(), boundary.lat(), fileName));
            changes.add(new TerritoryImportReport.Change(
                    "BOUNDARY",
                    level,
                    unit.key(),
                    unit.name(),
                    boundary.features() > 1
                            ? List.of(new TerritoryImportReport.FieldChange(
                                    "parts", null, Integer.toString(boundary.features())))
                            : List.of()));
        }
        if (!errors.isEmpty()) {
            return TerritoryImportReport.failed(fileName, "GEOJSON", errors, dryRun);
        }
        writer.updateBoundaries(rows);
        if (!unmatched.isEmpty()) {
            warnings.add(ImportProblem.of(fileName, 0, null, "features.unmatched", unmatched.size(), level));
        }
        return new TerritoryImportReport(
                fileName,
                "GEOJSON",
                null,
                null,
                dryRun,
                !dryRun,
                prepared.featuresRead(),
                0,
                0,
                0,
                0,
                0,
                0,
                rows.size(),
                new TerritoryImportReport.Scope("BOUNDARIES", 0, List.of(), level, null),
                changes,
                unmatched,
                List.of(),
                List.copyOf(warnings));
    }

    private List<Part> readFeatures(JsonNode features) {
        GeoJsonReader reader = new GeoJsonReader(factory);
        List<Part> parts = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : features) {
            index++;
            JsonNode properties = feature.path("properties");
            String key = null;
            for (String property : KEY_PROPERTIES) {
                String value = properties.path(property).asString("").strip();
                if (!value.isEmpty()) {
                    key = value;
                    break;
                }
            }
            String where = "Feature " + index;
            if (key == null || !key.matches("\\d{2}|\\d{5}|\\d{8}|\\d{9}|\\d{12}")) {
                errors.add(
                        key == null
                                ? ImportProblem.of(fileName, 0, where + ": properties", "feature.noKey", KEY_PROPERTIES)
                                : ImportProblem.of(fileName, 0, where + ": properties", "feature.badKey", key));
                continue;
            }
            JsonNode geometryNode = feature.path("geometry");
            if (geometryNode.isMissingNode() || geometryNode.isNull()) {
                errors.add(ImportProblem.of(fileName, 0, where + ": geometry", "feature.noGeometry", key));
                continue;
            }
            Geometry geometry;
            try {
                geometry = reader.read(geometryNode.toString());
            } catch (ParseException | RuntimeException e) {
                errors.add(
                        ImportProblem.of(fileName, 0, where + ": geometry", "feature.unreadable", key, e.getMessage()));
                continue;
            }
            if (!(geometry instanceof Polygonal)) {
                errors.add(ImportProblem.of(
                        fileName, 0, where + ": geometry", "feature.notPolygon", key, geometry.getGeometryType()));
                continue;
            }
            Envelope envelope = geometry.getEnvelopeInternal();
            if (envelope.getMinX() < -180
                    || envelope.getMaxX() > 180
                    || envelope.getMinY() < -90
                    || envelope.getMaxY() > 90) {
                errors.add(ImportProblem.of(fileName, 0, where + ": geometry", "feature.notWgs84", key));
                continue;
            }
            if (!geometry.isValid()) {
                geometry = GeometryFixer.fix(geometry);
                warnings.add(ImportProblem.of(fileName, 0, where + ": geometry", "feature.repaired", key));
            }
            String name = firstText(properties, "GEN", "name", "NAME");
            parts.add(new Part(index, key, name, geometry, properties.path("GF").asString(null)));
        }
        return parts;
    }

    private static String firstText(JsonNode properties, String... names) {
        for (String n : names) {
            String v = properties.path(n).asString("");
            if (!v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private Geometry combine(List<Part> parts) {
        List<Part> chosen = parts;
        if (parts.size() > 1 && parts.stream().anyMatch(p -> "4".equals(p.gf()) || "9".equals(p.gf()))) {
            chosen = parts.stream()
                    .filter(p -> "4".equals(p.gf()) || "9".equals(p.gf()))
                    .toList();
        }
        if (chosen.size() == 1) {
            return chosen.getFirst().geometry();
        }
        return UnaryUnionOp.union(chosen.stream().map(Part::geometry).toList());
    }

    private static PreparedBoundary prepare(
            String key, Part first, Geometry geometry, int features, TerritoryLevel level) {
        double tolerance =
                switch (level) {
                    case STATE -> 0.005;
                    case COUNTY -> 0.002;
                    default -> 0.0005;
                };
        Geometry display = TopologyPreservingSimplifier.simplify(geometry, tolerance);
        Point inner = geometry.getInteriorPoint();
        GeoJsonWriter full = new GeoJsonWriter(6);
        full.setEncodeCRS(false);
        GeoJsonWriter simplified = new GeoJsonWriter(5);
        simplified.setEncodeCRS(false);
        return new PreparedBoundary(
                key,
                first.name(),
                first.index(),
                features,
                full.write(geometry),
                simplified.write(display),
                inner.getX(),
                inner.getY());
    }

    /** Keys with 10, 7 or 3 trailing zeros in every feature point to Länder, Kreise or Gemeindeverbände. */
    private static TerritoryLevel inferLevel(List<Part> parts) {
        boolean allStates = true;
        boolean allCounties = true;
        boolean allAssociations = true;
        for (Part p : parts) {
            String ars = p.key().length() == 8
                    ? p.key().substring(0, 5) + "0000" + p.key().substring(5)
                    : (p.key() + "000000000000").substring(0, 12);
            allStates &= ars.endsWith("0000000000");
            allCounties &= ars.endsWith("0000000") || p.key().length() == 5;
            allAssociations &= p.key().length() == 9 || (p.key().length() == 12 && ars.endsWith("000") && !allCounties);
        }
        if (allStates) {
            return TerritoryLevel.STATE;
        }
        if (allCounties) {
            return TerritoryLevel.COUNTY;
        }
        return allAssociations ? TerritoryLevel.ASSOCIATION : TerritoryLevel.MUNICIPALITY;
    }

    /** The level-native key of a unit of the given level from an AGS or ARS of any length. */
    static String nativeKey(String key, TerritoryLevel level) {
        String ars = key.length() == 8
                ? key.substring(0, 5) + "0000" + key.substring(5)
                : (key + "000000000000").substring(0, 12);
        String nativeKey = new Ars(ars).nativeKey(level);
        String padded = (nativeKey + "000000000000").substring(0, 12);
        return padded.equals(ars) ? nativeKey : null;
    }

    private Prepared failed(ImportProblem problem) {
        return new Prepared(fileName, null, 0, List.of(), List.of(problem), List.of());
    }
}
