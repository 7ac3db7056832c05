package de.lotse.directory.hsds;

import de.lotse.indicator.LifeStage;
import de.lotse.organisation.Organisation;
import de.lotse.territory.Territory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns the query parameters of the service lists into a {@link HsdsServiceQuery}: the organization's HSDS id into
 * the organisation, a life-stage term or taxonomy into the life stage filter, the municipality into its territories.
 * A well-formed id that names nothing makes the result empty (not an error).
 */
@Component
class HsdsServiceFilters {

    private final HsdsParams params;
    private final HsdsOrganisations organisations;

    HsdsServiceFilters(HsdsParams params, HsdsOrganisations organisations) {
        this.params = params;
        this.organisations = organisations;
    }

    /** The query, and whether a filter names something that does not exist (so nothing can match). */
    record Resolved(HsdsServiceQuery query, boolean impossible) {}

    Resolved resolve(
            String search,
            String page,
            String perPage,
            String taxonomyTermId,
            String taxonomyId,
            String organizationId,
            String modifiedAfter,
            String municipality) {
        int pageNumber = HsdsParams.page(page);
        int size = HsdsParams.perPage(perPage);
        UUID termId = HsdsParams.uuid("taxonomy_term_id", taxonomyTermId);
        UUID taxonomy = HsdsParams.uuid("taxonomy_id", taxonomyId);
        UUID organization = HsdsParams.uuid("organization_id", organizationId);
        OffsetDateTime modified = HsdsParams.dateTime("modified_after", modifiedAfter);
        boolean impossible = false;
        String lifeStage = null;
        if (termId != null) {
            Optional<LifeStage> stage = lifeStageOf(termId);
            if (stage.isPresent()) {
                lifeStage = stage.get().name();
                termId = null;
            } else if (isProfileTerm(termId)) {
                impossible = true;
            }
        }
        boolean lifeStageTaxonomy = false;
        if (taxonomy != null) {
            if (taxonomy.equals(HsdsIds.taxonomy(HsdsTaxonomies.LIFE_STAGES))) {
                lifeStageTaxonomy = true;
                taxonomy = null;
            } else if (taxonomy.equals(HsdsIds.taxonomy(HsdsTaxonomies.PROFILE))) {
                taxonomy = null;
            }
        }
        Long organisationId = null;
        if (organization != null) {
            Optional<Organisation> found = organisations.byUuid(organization);
            impossible |= found.isEmpty();
            organisationId = found.map(Organisation::id).orElse(null);
        }
        List<Long> territoryIds = null;
        List<Long> areaIds = null;
        if (municipality != null && !municipality.isBlank()) {
            Territory territory = params.territory("municipality", municipality);
            territoryIds = params.municipalities(territory);
            areaIds = params.areaTerritories(territory, territoryIds);
        }
        HsdsServiceQuery query = new HsdsServiceQuery(
                search,
                termId,
                lifeStage,
                taxonomy,
                lifeStageTaxonomy,
                organisationId,
                modified,
                territoryIds,
                areaIds,
                pageNumber,
                size);
        return new Resolved(query, impossible);
    }

    static Optional<LifeStage> lifeStageOf(UUID termId) {
        for (LifeStage stage : LifeStage.values()) {
            if (HsdsIds.term(HsdsTaxonomies.LIFE_STAGES, stage.name()).equals(termId)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    private static boolean isProfileTerm(UUID termId) {
        return HsdsTaxonomies.PROFILE_TERMS.keySet().stream()
                .anyMatch(code -> HsdsIds.term(HsdsTaxonomies.PROFILE, code).equals(termId));
    }
}
