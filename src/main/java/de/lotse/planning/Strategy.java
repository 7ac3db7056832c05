package de.lotse.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A strategy document — guidelines, mission statement, concept or planning project — with its sections, its fields
 * of action and their objectives in document order.
 *
 * @param key stable slug, e.g. {@code sozialpolitische-leitlinien-peine}
 * @param territoryId the territory the document is about (usually the county), {@code null} if not named
 * @param edition the edition as the document names it, e.g. "2006"
 * @param decision the adopting decision (body, day, paper)
 * @param steeringBodyId the body that steers its implementation, {@code null} if none is named
 * @param leadOrganisationId the organisation that leads its implementation, {@code null} if none is named
 * @param predecessorId the strategy it replaces, {@code null} if none
 * @param successorIds the strategies that name this one as their predecessor
 * @param exampleData {@code true} when (some of) its content does not come from a real source
 * @param version optimistic-lock version of the document itself (fields of action have their own)
 */
public record Strategy(
        long id,
        String key,
        StrategyType type,
        String title,
        String subtitle,
        Long territoryId,
        String edition,
        StrategyStatus status,
        AdoptingDecision decision,
        Long steeringBodyId,
        Long leadOrganisationId,
        LocalDate periodStart,
        LocalDate periodEnd,
        String summary,
        Long predecessorId,
        List<Long> successorIds,
        String sourceNote,
        boolean exampleData,
        long version,
        Instant updatedAt,
        String updatedBy,
        List<Section> sections,
        List<FieldOfAction> fields) {

    /** The editable content of this strategy. */
    public StrategyDraft draft() {
        return new StrategyDraft(
                key,
                type,
                title,
                subtitle,
                territoryId,
                edition,
                status,
                decision,
                steeringBodyId,
                leadOrganisationId,
                periodStart,
                periodEnd,
                summary,
                predecessorId,
                sourceNote,
                exampleData,
                sections);
    }

    /** All objectives of all fields, in document order. */
    public List<Objective> objectives() {
        return fields.stream().flatMap(f -> f.objectives().stream()).toList();
    }
}
