package de.lotse.organisation.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import de.lotse.organisation.Body;
import de.lotse.organisation.Organisation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * JSON shapes of the organisation and body API. References are given by key ({@code parentKey}, {@code
 * territoryKey}, {@code convenorKey}, {@code organisationKey}); responses carry the internal ids as well, for other
 * modules' data that refers to them.
 */
final class OrganisationJson {

    private OrganisationJson() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An organisation of the register")
    record OrganisationResponse(
            long id,
            @Schema(example = "kreisvolkshochschule-peine") String key,
            String name,
            String shortName,

            @Schema(
                    description = "COUNTY_UNIT, MUNICIPALITY, PUBLIC_AGENCY, PROVIDER, ASSOCIATION, CLUB, SCHOOL,"
                            + " COMPANY or OTHER")
            String kind,

            @Schema(description = "PUBLIC, NON_PROFIT, PRIVATE or VOLUNTEER; absent when not relevant or not known")
            String providerType,

            String parentKey,
            Long parentId,

            @Schema(description = "Key of the territory (5-digit county, 9-digit association, 12-digit municipality)")
            String territoryKey,

            Long territoryId,
            String description,
            String website,
            String email,
            String phone,

            @Schema(description = "true when (some of) the content does not come from a real source")
            boolean exampleData,

            String sourceNote,

            @Schema(description = "Optimistic-lock version; send it as If-Match: \"<version>\" with PUT")
            long version,

            Instant updatedAt,
            String updatedBy,

            @Schema(description = "Only in the single-organisation answer: the bodies it is a member of")
            List<BodyRole> memberOf,

            @Schema(description = "Only in the single-organisation answer: the keys of its sub-units")
            List<String> subUnits) {

        static OrganisationResponse of(
                Organisation o, String parentKey, String territoryKey, List<BodyRole> memberOf, List<String> subs) {
            return new OrganisationResponse(
                    o.id(),
                    o.key(),
                    o.name(),
                    o.shortName(),
                    o.kind().name(),
                    o.providerType() == null ? null : o.providerType().name(),
                    parentKey,
                    o.parentId(),
                    territoryKey,
                    o.territoryId(),
                    o.description(),
                    o.website(),
                    o.email(),
                    o.phone(),
                    o.exampleData(),
                    o.sourceNote(),
                    o.version(),
                    o.updatedAt(),
                    o.updatedBy(),
                    memberOf,
                    subs);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A body an organisation is a member of, with its role (absent when not named)")
    record BodyRole(String bodyKey, String bodyName, String role) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "An organisation to create, or the new content of one (its key cannot change)")
    record OrganisationRequest(
            @Schema(
                    description = "Lower-case letters, digits and single hyphens, at most 80; required to"
                            + " create, ignored when updating",
                    example = "kreisvolkshochschule-peine")
            String key,

            @Schema(example = "Kreisvolkshochschule Peine") String name,
            @Schema(example = "KVHS") String shortName,
            @Schema(example = "SCHOOL") String kind,
            @Schema(example = "PUBLIC") String providerType,

            @Schema(description = "Key of the organisation it is part of")
            String parentKey,

            @Schema(example = "03157") String territoryKey,
            String description,
            @Schema(example = "https://www.example.org") String website,
            String email,
            String phone,
            Boolean exampleData,
            String sourceNote) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A body (Gremium)")
    record BodyResponse(
            long id,

            @Schema(example = "steuerungsgruppe-integration")
            String key,

            String name,
            String shortName,

            @Schema(description = "COUNCIL, COMMITTEE, STEERING_GROUP, WORKING_GROUP, NETWORK, CONFERENCE or OTHER")
            String kind,

            String territoryKey,
            Long territoryId,
            String convenorKey,
            Long convenorId,
            String description,
            boolean exampleData,
            String sourceNote,
            long version,
            Instant updatedAt,
            String updatedBy,

            @Schema(description = "Only in the single-body answer: the member organisations with their roles")
            List<MemberResponse> members) {

        static BodyResponse of(Body b, String territoryKey, String convenorKey, List<MemberResponse> members) {
            return new BodyResponse(
                    b.id(),
                    b.key(),
                    b.name(),
                    b.shortName(),
                    b.kind().name(),
                    territoryKey,
                    b.territoryId(),
                    convenorKey,
                    b.convenorId(),
                    b.description(),
                    b.exampleData(),
                    b.sourceNote(),
                    b.version(),
                    b.updatedAt(),
                    b.updatedBy(),
                    members);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A member organisation of a body")
    record MemberResponse(String organisationKey, long organisationId, String name, String role) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(description = "A body to create, or the new content of one (its key cannot change)")
    record BodyRequest(
            @Schema(description = "Required to create, ignored when updating", example = "jugendhilfeausschuss")
            String key,

            @Schema(example = "Jugendhilfeausschuss") String name,
            @Schema(example = "JHA") String shortName,
            @Schema(example = "COMMITTEE") String kind,
            @Schema(example = "03157") String territoryKey,

            @Schema(description = "Key of the organisation that convenes it")
            String convenorKey,

            String description,
            Boolean exampleData,
            String sourceNote,

            @Schema(
                    description = "The member organisations; when absent from a PUT the members stay as they"
                            + " are, an empty list removes all")
            List<MemberRequest> members) {}

    @Schema(description = "A member organisation of a body and its role (optional)")
    record MemberRequest(
            @Schema(example = "kreisvolkshochschule-peine") String organisationKey, String role) {}

    @Schema(description = "A user who acts for an organisation")
    record UserRequest(@Schema(example = "traeger-kvhs") String username) {}

    @Schema(description = "A user who acts for an organisation")
    record UserResponse(String username) {}

    @Schema(description = "One invalid field")
    record FieldError(String field, String message) {}
}
