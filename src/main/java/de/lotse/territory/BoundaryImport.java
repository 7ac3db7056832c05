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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of boundaries (WGS84) and matches every feature to a unit by its AGS/ARS property.
 * Several features with one key (e.g. land and water parts in VG250) are reduced to the land part where the VG250
 * attribute GF says so, otherwise merged. Each boundary is stored in full and simplified for display.
 */
final class BoundaryImport {

    private static final List<String> KEY_PROPERTIES =
            List.of("ARS", "ars", "ags", "AGS", "ars9", "key", "RS", "AGS_0");

    private static final int MAX_ERRORS = 200;

    /** The report names at most this many unmatched features; the warning gives the full count. */
    private static final int MAX_LISTED_UNMATCHED = 500;

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

    /** One feature, its geometry kept as compact GeoJSON text (not as objects) so large files fit in memory. */
    private record Part(int index, String key, String name, String geometryJson, String gf) {

        Geometry geometry(GeometryFactory factory) {
            try {
                return new GeoJsonReader(factory).read(geometryJson);
            } catch (ParseException e) {
                throw new IllegalStateException("Geometry written by Lotse cannot be read back", e);
            }
        }
    }

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
        List<Part> parts = new ArrayList<>();
        String type = null;
        boolean featuresSeen = false;
        // streamed feature by feature: only one feature is held as a JSON tree at a time
        ObjectReader featureReader =
                json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = json.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return failed(ImportProblem.of(fileName, 1, "type", "json.notFeatureCollection", ""));
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(field) && value == JsonToken.VALUE_STRING) {
                    type = parser.getString();
                } else if ("features".equals(field) && value == JsonToken.START_ARRAY) {
                    featuresSeen = true;
                    int index = 0;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        Part part = readFeature(++index, featureReader.readValue(parser));
                        if (part != null) {
                            parts.add(part);
                        }
                        if (errors.size() >= MAX_ERRORS) {
                            return new Prepared(fileName, null, index, List.of(), List.copyOf(errors), List.of());
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            return failed(ImportProblem.of(
                    fileName, Math.max(line, 0), null, "json.invalid", column, plain(e.getOriginalMessage())));
        }
        if (!"FeatureCollection".equals(type)) {
            return failed(ImportProblem.of(fileName, 0, "type", "json.notFeatureCollection", type == null ? "" : type));
        }
        if (!featuresSeen || (parts.isEmpty() && errors.isEmpty())) {
            return failed(ImportProblem.of(fileName, 0, "features", "json.noFeatures"));
        }
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
        int unmatchedCount = 0;
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
                unmatchedCount++;
                if (unmatched.size() >= MAX_LISTED_UNMATCHED) {
                    continue;
                }
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
        if (unmatchedCount > 0) {
            warnings.add(ImportProblem.of(fileName, 0, null, "features.unmatched", unmatchedCount, level));
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

    /** Checks one feature; returns it, or {@code null} after recording why it cannot be used. */
    private Part readFeature(int index, JsonNode feature) {
        GeoJsonReader reader = new GeoJsonReader(factory);
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
            return null;
        }
        JsonNode geometryNode = feature.path("geometry");
        if (geometryNode.isMissingNode() || geometryNode.isNull()) {
            errors.add(ImportProblem.of(fileName, 0, where + ": geometry", "feature.noGeometry", key));
            return null;
        }
        Geometry geometry;
        try {
            geometry = reader.read(geometryNode.toString());
        } catch (ParseException | RuntimeException e) {
            errors.add(ImportProblem.of(fileName, 0, where + ": geometry", "feature.unreadable", key, e.getMessage()));
            return null;
        }
        if (!(geometry instanceof Polygonal)) {
            errors.add(ImportProblem.of(
                    fileName, 0, where + ": geometry", "feature.notPolygon", key, geometry.getGeometryType()));
            return null;
        }
        Envelope envelope = geometry.getEnvelopeInternal();
        if (envelope.getMinX() < -180
                || envelope.getMaxX() > 180
                || envelope.getMinY() < -90
                || envelope.getMaxY() > 90) {
            errors.add(ImportProblem.of(fileName, 0, where + ": geometry", "feature.notWgs84", key));
            return null;
        }
        if (!geometry.isValid()) {
            geometry = GeometryFixer.fix(geometry);
            warnings.add(ImportProblem.of(fileName, 0, where + ": geometry", "feature.repaired", key));
        }
        String name = firstText(properties, "GEN", "name", "NAME");
        GeoJsonWriter writer = new GeoJsonWriter(6);
        writer.setEncodeCRS(false);
        return new Part(
                index, key, name, writer.write(geometry), properties.path("GF").asString(null));
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
            return chosen.getFirst().geometry(factory);
        }
        return UnaryUnionOp.union(chosen.stream().map(p -> p.geometry(factory)).toList());
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

    /** Jackson's message without its internal source description. */
    private static String plain(String message) {
        if (message == null) {
            return "";
        }
        int source = message.indexOf("[Source:");
        return (source >= 0 ? message.substring(0, source) : message).strip();
    }

    private Prepared failed(ImportProblem problem) {
        return new Prepared(fileName, null, 0, List.of(), List.of(problem), List.of());
    }
}
