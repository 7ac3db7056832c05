package de.lotse.directory.hsds;

import de.lotse.shared.web.ApiProblem;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Reads the query parameters of the HSDS interface; anything malformed is a 400 problem naming the parameter. */
@Component
class HsdsParams {

    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 100;
    static final int MAX_PAGE = 1_000_000;

    private final Territories territories;

    HsdsParams(Territories territories) {
        this.territories = territories;
    }

    /** Page number, from 1. */
    static int page(String value) {
        int page = integer("page", value, 1);
        if (page < 1 || page > MAX_PAGE) {
            throw ApiProblem.badRequest("Parameter 'page' must be between 1 and " + MAX_PAGE + ", got " + page + ".");
        }
        return page;
    }

    static int perPage(String value) {
        int perPage = integer("per_page", value, DEFAULT_PER_PAGE);
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw ApiProblem.badRequest(
                    "Parameter 'per_page' must be between 1 and " + MAX_PER_PAGE + ", got " + perPage + ".");
        }
        return perPage;
    }

    private static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("Parameter '" + name + "' must be a whole number, got '" + value + "'.");
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("Parameter '" + name + "' must be a UUID, got '" + value + "'.");
        }
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default ->
                throw ApiProblem.badRequest("Parameter '" + name + "' must be true or false, got '" + value + "'.");
        };
    }

    /** An ISO date-time with offset, a local date-time (Europe/Berlin) or a date (its start in Europe/Berlin). */
    static OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(berlin).toOffsetDateTime();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(berlin).toOffsetDateTime();
                } catch (DateTimeParseException notDate) {
                    throw ApiProblem.badRequest("Parameter '" + name
                            + "' must be an ISO 8601 date or date-time (e.g. 2026-01-31 or 2026-01-31T12:00:00Z),"
                            + " got '" + value + "'.");
                }
            }
        }
    }

    /** The territory named by an AGS or territory key; 400 when malformed or unknown. */
    Territory territory(String name, String value) {
        try {
            return territories
                    .find(value.strip())
                    .orElseThrow(() -> ApiProblem.badRequest(
                            "Parameter '" + name + "': no territory with AGS or key '" + value + "'."));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(
                    "Parameter '" + name + "' must be an AGS (8 digits) or a territory key, got '" + value + "'.");
        }
    }

    /** The municipalities of a territory (itself when it is one). */
    List<Long> municipalities(Territory territory) {
        if (territory.level() == TerritoryLevel.MUNICIPALITY) {
            return List.of(territory.id());
        }
        return territories.children(territory, TerritoryLevel.MUNICIPALITY).stream()
                .map(Territory::id)
                .toList();
    }

    /** The ids a service area may name to cover this territory: itself, the units above and below it. */
    List<Long> areaTerritories(Territory territory, List<Long> municipalities) {
        List<Long> ids = new ArrayList<>(municipalities);
        ids.add(territory.id());
        territories.ancestors(territory).forEach(t -> ids.add(t.id()));
        return ids.stream().distinct().toList();
    }
}
