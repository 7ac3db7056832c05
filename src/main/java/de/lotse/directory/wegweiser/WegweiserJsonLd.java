package de.lotse.directory.wegweiser;

import de.lotse.directory.wegweiser.WegweiserDetail.Phone;
import de.lotse.directory.wegweiser.WegweiserDetail.Schedule;
import de.lotse.directory.wegweiser.WegweiserDetail.Site;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema.org description of a service (JSON-LD): {@code GovernmentService} for public providers, else
 * {@code Service}, with the provider, the areas served and one {@code ServiceChannel} per place ({@code Place} with
 * address, coordinates and weekly {@code openingHoursSpecification}).
 *
 * <p>The JSON is written by Jackson and then made safe to stand inside an HTML {@code <script>} element: every
 * {@code <}, {@code >} and {@code &} becomes a JSON unicode escape, so no text (e.g. {@code </script>}) can end the
 * element early. The result is data, not script: browsers do not run it, and the Content-Security-Policy
 * ({@code script-src 'self'}) does not apply to it.
 */
@Component
class WegweiserJsonLd {

    private final JsonMapper json;

    WegweiserJsonLd(JsonMapper json) {
        this.json = json;
    }

    /** The JSON-LD text, safe to be written unescaped into a {@code <script type="application/ld+json">}. */
    String of(WegweiserDetail detail, String pageUrl) {
        WegweiserEntry e = detail.entry();
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", detail.publicProvider() ? "GovernmentService" : "Service");
        root.put("@id", pageUrl);
        root.put("name", e.name());
        putIfPresent(root, "alternateName", e.alternateName());
        putIfPresent(root, "description", e.description());
        String url = WegweiserLinks.safeUrl(detail.url());
        root.put("url", url != null ? url : pageUrl);
        if (e.organisationName() != null) {
            ObjectNode provider = root.putObject("provider");
            provider.put("@type", "Organization");
            provider.put("name", e.organisationName());
        }
        if (!e.categories().isEmpty()) {
            root.put("serviceType", e.categories().getFirst().name());
        }
        ArrayNode audiences = root.putArray("audience");
        e.audiences()
                .forEach(a -> audiences.addObject().put("@type", "Audience").put("audienceType", a.name()));
        ArrayNode areas = root.putArray("areaServed");
        detail.areaNames()
                .forEach(name ->
                        areas.addObject().put("@type", "AdministrativeArea").put("name", name));
        ArrayNode languages = root.putArray("availableLanguage");
        e.languages().forEach(languages::add);
        ArrayNode channels = root.putArray("availableChannel");
        for (Site site : detail.sites()) {
            channels.add(channel(site));
        }
        if (detail.lastVerifiedAt() != null) {
            root.put("dateModified", detail.lastVerifiedAt().toString());
        }
        if (Boolean.TRUE.equals(e.freeOfCharge())) {
            root.put("isAccessibleForFree", true);
        }
        return scriptSafe(json.writeValueAsString(root));
    }

    private ObjectNode channel(Site site) {
        ObjectNode channel = json.createObjectNode();
        channel.put("@type", "ServiceChannel");
        WegweiserDetail.Location l = site.location();
        channel.put("name", l.name());
        String url = WegweiserLinks.safeUrl(l.url());
        if (url != null) {
            channel.put("serviceUrl", url);
        }
        for (Phone phone : site.phones()) {
            if (phone.telUri() != null) {
                channel.putObject("servicePhone").put("@type", "ContactPoint").put("telephone", phone.number());
                break;
            }
        }
        if (l.isVirtual()) {
            return channel;
        }
        ObjectNode place = channel.putObject("serviceLocation");
        place.put("@type", "Place");
        place.put("name", l.name());
        ObjectNode address = place.putObject("address");
        address.put("@type", "PostalAddress");
        putIfPresent(address, "streetAddress", l.address1());
        putIfPresent(address, "postalCode", l.postalCode());
        putIfPresent(address, "addressLocality", l.city());
        address.put("addressCountry", "DE");
        if (l.latitude() != null) {
            place.putObject("geo")
                    .put("@type", "GeoCoordinates")
                    .put("latitude", l.latitude())
                    .put("longitude", l.longitude());
        }
        ArrayNode hours = place.putArray("openingHoursSpecification");
        for (Schedule s : site.schedules()) {
            if ("RECURRING".equals(s.kind()) && "WEEKLY".equals(s.freq()) && s.byday() != null) {
                ObjectNode spec = hours.addObject();
                spec.put("@type", "OpeningHoursSpecification");
                ArrayNode days = spec.putArray("dayOfWeek");
                for (String day : s.byday().split(",")) {
                    String name = WegweiserSchedules.schemaDay(day.strip());
                    if (name != null) {
                        days.add("https://schema.org/" + name);
                    }
                }
                spec.put("opens", s.opensAt().toString());
                spec.put("closes", s.closesAt().toString());
                if (s.dtstart() != null || s.validFrom() != null) {
                    spec.put("validFrom", (s.validFrom() != null ? s.validFrom() : s.dtstart()).toString());
                }
                if (s.validTo() != null) {
                    spec.put("validThrough", s.validTo().toString());
                }
            }
        }
        return channel;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    /** JSON with {@code <}, {@code >} and {@code &} as unicode escapes (valid JSON, inert in HTML). */
    static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
