package de.lotse.directory.review;

import de.lotse.directory.ServiceDraft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares a proposal with the published service field by field: both drafts are flattened into field paths
 * ({@code name}, {@code sites[0].schedules[1].opensAt}) and every path whose value differs is one change. Empty texts,
 * empty lists and {@code null} count as "not set", so a change is never reported for a mere difference of encoding.
 */
@Component
class ProposalDiff {

    private final JsonMapper json;

    ProposalDiff(JsonMapper json) {
        this.json = json;
    }

    /** The changes from {@code published} (null for a new service) to {@code proposed}, in field order. */
    List<FieldChange> between(ServiceDraft published, ServiceDraft proposed) {
        Map<String, String> before = published == null ? Map.of() : flatten(published);
        Map<String, String> after = flatten(proposed);
        Set<String> paths = new LinkedHashSet<>(after.keySet());
        paths.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            String old = before.get(path);
            String now = after.get(path);
            if (old == null ? now != null : !old.equals(now)) {
                changes.add(new FieldChange(path, old, now));
            }
        }
        return changes;
    }

    Map<String, String> flatten(ServiceDraft draft) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", json.valueToTree(draft), values);
        return values;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> values) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                flatten(
                        path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
                        property.getValue(),
                        values);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), values);
            }
        } else {
            String text = node.asString();
            if (!text.isBlank()) {
                values.put(path, text);
            }
        }
    }
}
