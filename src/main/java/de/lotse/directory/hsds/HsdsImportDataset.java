package de.lotse.directory.hsds;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HSDS dataset as posted: an object with arrays {@code organizations}, {@code services} (nested as the API emits
 * them), {@code locations}, {@code taxonomies}, {@code taxonomy_terms}; a single array of services; or an HSDS page
 * (its {@code contents} are services). Each item is read on its own, so a wrong type is reported with its JSON path.
 */
record HsdsImportDataset(
        List<Item<HsdsModel.Organization>> organizations,
        List<Item<HsdsModel.Service>> services,
        List<Item<HsdsModel.Location>> locations,
        List<Item<HsdsModel.Taxonomy>> taxonomies,
        List<Item<HsdsModel.TaxonomyTerm>> terms) {

    /** An item of the dataset with its JSON path, e.g. {@code services[3]}. */
    record Item<T>(String path, T value) {}

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Reads the dataset; malformed JSON and items of the wrong shape are problems (line/column or path). */
    static HsdsImportDataset read(String body, HsdsImportReport.Problems problems) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String wo = at == null ? "" : " in Zeile " + at.getLineNr() + ", Spalte " + at.getColumnNr();
            problems.add("$", "malformed JSON" + where + ": " + e.getOriginalMessage(), "Kein gültiges JSON" + wo);
            return empty();
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            problems.add("$", "empty body: expected an HSDS dataset", "Leere Eingabe: ein HSDS-Datensatz fehlt");
            return empty();
        }
        if (root.isArray()) {
            return new HsdsImportDataset(
                    List.of(),
                    items(root, "services", HsdsModel.Service.class, problems),
                    List.of(),
                    List.of(),
                    List.of());
        }
        if (!root.isObject()) {
            problems.add(
                    "$",
                    "expected an object with arrays or an array of services",
                    "Erwartet: ein Objekt mit Listen oder eine Liste von Angeboten");
            return empty();
        }
        String servicesField = !root.has("services") && root.has("contents") ? "contents" : "services";
        HsdsImportDataset dataset = new HsdsImportDataset(
                items(root.get("organizations"), "organizations", HsdsModel.Organization.class, problems),
                items(root.get(servicesField), servicesField, HsdsModel.Service.class, problems),
                items(root.get("locations"), "locations", HsdsModel.Location.class, problems),
                items(root.get("taxonomies"), "taxonomies", HsdsModel.Taxonomy.class, problems),
                items(root.get("taxonomy_terms"), "taxonomy_terms", HsdsModel.TaxonomyTerm.class, problems));
        if (dataset.services().isEmpty()
                && dataset.locations().isEmpty()
                && dataset.organizations().isEmpty()
                && problems.isEmpty()) {
            problems.add(
                    "$",
                    "nothing to import: no services, locations or organizations",
                    "Nichts zu importieren: keine Angebote, Orte oder Organisationen");
        }
        return dataset;
    }

    private static HsdsImportDataset empty() {
        return new HsdsImportDataset(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> List<Item<T>> items(
            JsonNode array, String name, Class<T> type, HsdsImportReport.Problems problems) {
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            problems.add(name, "must be an array", "muss eine Liste sein");
            return List.of();
        }
        List<Item<T>> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = name + "[" + i + "]";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                problems.add(path, "must be an object", "muss ein Objekt sein");
                continue;
            }
            try {
                items.add(new Item<>(path, JSON.treeToValue(node, type)));
            } catch (JacksonException e) {
                problems.add(path + pathOf(e), "wrong type: " + e.getOriginalMessage(), "Falscher Datentyp");
            }
        }
        return items;
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
