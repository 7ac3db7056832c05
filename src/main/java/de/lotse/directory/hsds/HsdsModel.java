package de.lotse.directory.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The Open Referral HSDS 3.0 objects as Lotse writes and reads them (JSON names in snake_case, absent values left out).
 * The same records are read by the import, so a dataset the API emits can be imported again. Properties beyond HSDS
 * 3.0 are the extensions of the German profile (see {@link HsdsProfile}); HSDS allows extra properties.
 */
final class HsdsModel {

    private HsdsModel() {}

    /** HSDS {@code service}; the nested arrays are null in list items (one-to-one fields only). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Service(
            UUID id,
            UUID organizationId,
            String name,
            String alternateName,
            String description,
            String url,
            String email,
            String status,
            String interpretationServices,
            String applicationProcess,
            String feesDescription,
            String eligibilityDescription,
            Integer minimumAge,
            Integer maximumAge,
            String assuredDate,
            String alert,
            String lastModified,
            List<Phone> phones,
            List<Schedule> schedules,
            List<ServiceArea> serviceAreas,
            List<ServiceAtLocation> serviceAtLocations,
            List<Language> languages,
            Organization organization,
            List<CostOption> costOptions,
            List<Contact> contacts,
            List<Attribute> attributes,
            List<Metadata> metadata) {}

    /** HSDS {@code organization}; {@code services} and {@code locations} only in the detail. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Organization(
            UUID id,
            String name,
            String alternateName,
            String description,
            String email,
            String website,
            UUID parentOrganizationId,
            List<Phone> phones,
            List<OrganizationIdentifier> organizationIdentifiers,
            List<Attribute> attributes,
            List<Location> locations,
            List<Service> services) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrganizationIdentifier(
            UUID id, UUID organizationId, String identifierScheme, String identifierType, String identifier) {}

    /** HSDS {@code location} with the German profile ({@code external_identifier} = AGS). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Location(
            UUID id,
            String locationType,
            String url,
            UUID organizationId,
            String name,
            String alternateName,
            String description,
            String transportation,
            BigDecimal latitude,
            BigDecimal longitude,
            String externalIdentifier,
            String externalIdentifierType,
            String email,
            List<Language> languages,
            List<Address> addresses,
            List<Contact> contacts,
            List<Accessibility> accessibility,
            List<Phone> phones,
            List<Schedule> schedules,
            List<Attribute> attributes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Address(
            UUID id,
            UUID locationId,
            @JsonProperty("address_1") String address1,
            @JsonProperty("address_2") String address2,
            String city,
            String stateProvince,
            String postalCode,
            String country,
            String addressType) {}

    /** One barrier-free detail of a place; the profile attribute names which one and its value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Accessibility(UUID id, UUID locationId, String description, String details, List<Attribute> attributes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceAtLocation(
            UUID id,
            UUID serviceId,
            UUID locationId,
            String description,
            List<Contact> contacts,
            List<Phone> phones,
            List<Schedule> schedules,
            Location location,
            Service service) {}

    /** HSDS {@code phone}; {@code extension} is a number in HSDS 3.0 (a non-numeric extension goes to the text). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Phone(
            UUID id,
            UUID serviceId,
            UUID locationId,
            UUID serviceAtLocationId,
            UUID organizationId,
            String number,
            BigDecimal extension,
            String type,
            String description,
            List<Attribute> attributes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Contact(
            UUID id,
            UUID serviceId,
            UUID locationId,
            UUID serviceAtLocationId,
            String name,
            String title,
            String department,
            String email,
            List<Attribute> attributes) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Language(UUID id, UUID serviceId, UUID locationId, String name, String code, String note) {}

    /**
     * HSDS {@code schedule}. Profile extensions: {@code schedule_kind} (recurring, one_off, closure),
     * {@code timezone_name}, {@code skip_school_holidays}, {@code skip_public_holidays}, {@code holiday_region},
     * {@code example_data}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Schedule(
            UUID id,
            UUID serviceId,
            UUID locationId,
            UUID serviceAtLocationId,
            String validFrom,
            String validTo,
            String dtstart,
            Integer timezone,
            String freq,
            Integer interval,
            String byday,
            String bymonthday,
            String description,
            String opensAt,
            String closesAt,
            String scheduleLink,
            String attendingType,
            String notes,
            String scheduleKind,
            String timezoneName,
            Boolean skipSchoolHolidays,
            Boolean skipPublicHolidays,
            String holidayRegion,
            Boolean exampleData) {}

    /** HSDS {@code service_area}; profile extension {@code territory_key} (AGS / key of the territory). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceArea(
            UUID id, UUID serviceId, String name, String description, String extentType, String territoryKey) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CostOption(
            UUID id,
            UUID serviceId,
            String validFrom,
            String validTo,
            String option,
            String currency,
            BigDecimal amount,
            String amountDescription) {}

    /** HSDS {@code attribute}: a taxonomy term (or a profile flag with its value) attached to a record. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Attribute(
            UUID id,
            UUID linkId,
            UUID taxonomyTermId,
            String linkType,
            String linkEntity,
            String value,
            TaxonomyTerm taxonomyTerm) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TaxonomyTerm(
            UUID id,
            String code,
            String name,
            String description,
            UUID parentId,
            String taxonomy,
            UUID taxonomyId,
            String language,
            String termUri) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Taxonomy(UUID id, String name, String description, String uri, String version) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Metadata(
            UUID id,
            UUID resourceId,
            String resourceType,
            String lastActionDate,
            String lastActionType,
            String fieldName,
            String previousValue,
            String replacementValue,
            String updatedBy) {}

    /** The HSDS page envelope of every list. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page<T>(
            long totalItems,
            int totalPages,
            int pageNumber,
            int size,
            boolean firstPage,
            boolean lastPage,
            boolean empty,
            List<T> contents) {

        static <T> Page<T> of(List<T> contents, long total, int page, int perPage) {
            int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
            return new Page<>(
                    total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(), contents);
        }
    }

    /** {@code GET /api/hsds/}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ApiInfo(String version, String profile, String openapiUrl) {}
}
