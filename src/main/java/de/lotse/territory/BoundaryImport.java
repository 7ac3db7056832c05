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
    private final TerritoryWriter writer;
    private final String fileName;
    private final TerritoryLevel requestedLevel;
    private final boolean dryRun;
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);

    BoundaryImport(JsonMapper json, TerritoryWriter writer, String fileName, TerritoryLevel level, boolean dryRun) {
        this.json = json;
        this.writer = writer;
        this.fileName = fileName;
        this.requestedLevel = level;
        this.dryRun = dryRun;
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

    TerritoryImportReport apply(byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            return fail(ImportProblem.of(
                    fileName, Math.max(line, 0), null, "json.invalid", column, e.getOriginalMessage()));
        }
        if (!"FeatureCollection".equals(root.path("type").asString(""))) {
            return fail(ImportProblem.of(
                    fileName,
                    0,
                    "type",
                    "json.notFeatureCollection",
                    root.path("type").asString("")));
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            return fail(ImportProblem.of(fileName, 0, "features", "json.noFeatures"));
        }
        List<Part> parts = readFeatures(features);
        if (!errors.isEmpty()) {
            return TerritoryImportReport.failed(fileName, "GEOJSON", errors, dryRun);
        }
        TerritoryLevel level = requestedLevel != null ? requestedLevel : inferLevel(parts);
        Map<String, TerritoryWriter.Row> units = writer.loadOfficialUnits();
        Map<String, String> municipalityByAgs = new java.util.HashMap<>();
        units.values().stream()
                .filter(r -> r.level() == TerritoryLevel.MUNICIPALITY)
                .sorted(java.util.Comparator.comparing((TerritoryWriter.Row r) -> r.validTo() == null))
                .forEach(r ->
                        municipalityByAgs.put(new Ars(r.key()).municipalityAgs().value(), r.key()));
        Map<String, List<Part>> byKey = new LinkedHashMap<>();
        for (Part part : parts) {
            String key = level == TerritoryLevel.MUNICIPALITY && part.key().length() == 8
                    ? municipalityByAgs.getOrDefault(part.key(), "AGS " + part.key())
                    : nativeKey(part.key(), level);
            if (key == null) {
                errors.add(ImportProblem.of(
                        fileName, 0, "Feature " + part.index(), "key.levelMismatch", part.key(), level));
                continue;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(part);
        }
        if (!errors.isEmpty()) {
            return TerritoryImportReport.failed(fileName, "GEOJSON", errors, dryRun);
        }
        List<TerritoryWriter.BoundaryRow> rows = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<TerritoryImportReport.Change> changes = new ArrayList<>();
        for (Map.Entry<String, List<Part>> entry : byKey.entrySet()) {
            TerritoryWriter.Row unit = units.get(level + ":" + entry.getKey());
            Part first = entry.getValue().getFirst();
            if (unit == null) {
                unmatched.add(entry.getKey() + (first.name() == null ? "" : " " + first.name()) + " (feature "
                        + first.index() + ")");
                continue;
            }
            Geometry geometry = combine(entry.getValue());
            rows.add(toRow(unit.id(), geometry, level));
            changes.add(new TerritoryImportReport.Change(
                    "BOUNDARY",
                    level,
                    unit.key(),
                    unit.name(),
                    entry.getValue().size() > 1
                            ? List.of(new TerritoryImportReport.FieldChange(
                                    "parts",
                                    null,
                                    Integer.toString(entry.getValue().size())))
                            : List.of()));
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
                parts.size(),
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

    private TerritoryWriter.BoundaryRow toRow(long id, Geometry geometry, TerritoryLevel level) {
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
        return new TerritoryWriter.BoundaryRow(
                id, full.write(geometry), simplified.write(display), inner.getX(), inner.getY(), fileName);
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

    private TerritoryImportReport fail(ImportProblem problem) {
        errors.add(problem);
        return TerritoryImportReport.failed(fileName, "GEOJSON", errors, dryRun);
    }
}
