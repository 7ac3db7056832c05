package de.lotse.directory.hsds;

import de.lotse.directory.DirectoryProblem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the field paths of the directory's checks ({@code sites[1].schedules[0].closesAt}) into the JSON paths of the
 * HSDS dataset ({@code services[3].service_at_locations[1].schedules[0].closes_at}).
 */
final class HsdsImportPaths {

    private static final Pattern SEGMENT = Pattern.compile("^([A-Za-z0-9_]+)(\\[\\d+])?$");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("sites", "service_at_locations"),
            Map.entry("newLocation", "location"),
            Map.entry("locationId", "location_id"),
            Map.entry("costOptions", "cost_options"),
            Map.entry("areas", "service_areas"),
            Map.entry("categoryCodes", "attributes"),
            Map.entry("audienceCodes", "attributes"),
            Map.entry("fieldOfActionCodes", "attributes"),
            Map.entry("lifeStages", "attributes"),
            Map.entry("address1", "addresses[0].address_1"),
            Map.entry("address2", "addresses[0].address_2"),
            Map.entry("postalCode", "addresses[0].postal_code"),
            Map.entry("city", "addresses[0].city"),
            Map.entry("territoryId", "external_identifier"),
            Map.entry("organisationId", "organization_id"));

    /** Code lists whose index does not match the attribute index of the dataset. */
    private static final List<String> UNINDEXED =
            List.of("categoryCodes", "audienceCodes", "fieldOfActionCodes", "lifeStages");

    private HsdsImportPaths() {}

    static List<HsdsImportReport.Problem> problems(String base, List<DirectoryProblem> problems) {
        return problems.stream()
                .map(p -> new HsdsImportReport.Problem(path(base, p.path()), p.message(), p.message()))
                .toList();
    }

    static String path(String base, String draftPath) {
        if (draftPath == null || draftPath.isBlank()) {
            return base;
        }
        StringBuilder out = new StringBuilder(base);
        for (String segment : draftPath.split("\\.")) {
            if (segment.isEmpty()) {
                continue;
            }
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                out.append('.').append(segment);
                continue;
            }
            String name = m.group(1);
            String mapped = NAMES.getOrDefault(name, snake(name));
            out.append('.').append(mapped);
            if (m.group(2) != null && !UNINDEXED.contains(name)) {
                out.append(m.group(2));
            }
        }
        return out.toString();
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
