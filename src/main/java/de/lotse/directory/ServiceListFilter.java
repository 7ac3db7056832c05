package de.lotse.directory;

/**
 * Filters and order of the planners' service list; null filters are not applied.
 *
 * @param organisationId only services of this organisation
 * @param categoryCode only services with this counselling category (code of {@code lotse-beratung})
 * @param municipalityId only services offered at a place in this municipality (territory id)
 * @param status only services with this status
 * @param text contained in name, alternate name, description or the organisation's name (case-insensitive)
 * @param sort name (default), organisation, verified (oldest first, never verified first), updated (newest first)
 */
public record ServiceListFilter(
        Long organisationId, String categoryCode, Long municipalityId, ServiceStatus status, String text, String sort) {

    /** No filter, by name. */
    public static ServiceListFilter all() {
        return new ServiceListFilter(null, null, null, null, null, null);
    }
}
