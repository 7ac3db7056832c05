package de.lotse.planning;

import de.lotse.organisation.BodyKind;
import de.lotse.organisation.OrganisationKind;
import de.lotse.organisation.ProviderType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The simple JSON format of the bundled planning content ({@code bundled/planning/}, documented in {@code
 * docs/planning/content.md}). Field names are snake_case in the files; references to organisations, bodies and
 * aspects are their keys, territories are official keys (5-digit Kreis, 12-digit ARS). Every item names its source.
 */
final class BundledPlanningModel {

    private BundledPlanningModel() {}

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    /** {@code content.json}: the marker name and the files, in load order. */
    record Index(String dataset, String organisations, String aspects, List<String> strategies) {
        Index {
            strategies = list(strategies);
        }
    }

    record OrganisationsFile(List<OrganisationItem> organisations, List<BodyItem> bodies) {
        OrganisationsFile {
            organisations = list(organisations);
            bodies = list(bodies);
        }
    }

    record OrganisationItem(
            String key,
            String name,
            String shortName,
            OrganisationKind kind,
            ProviderType providerType,
            String parent,
            String territory,
            String description,
            String sourceNote) {}

    record BodyItem(
            String key,
            String name,
            String shortName,
            BodyKind kind,
            String territory,
            String convenor,
            String description,
            List<MemberItem> members,
            String sourceNote) {
        BodyItem {
            members = list(members);
        }
    }

    record MemberItem(String organisation, String role) {}

    record AspectsFile(List<AspectItem> aspects) {
        AspectsFile {
            aspects = list(aspects);
        }
    }

    record AspectItem(String key, String nameDe, String nameEn, String sourceNote) {}

    record StrategyItem(
            String key,
            StrategyType type,
            String title,
            String subtitle,
            String territory,
            String edition,
            StrategyStatus status,
            String adoptedBy,
            LocalDate adoptedOn,
            String decisionPaper,
            String steeringBody,
            String leadOrganisation,
            LocalDate periodStart,
            LocalDate periodEnd,
            String summary,
            String sourceNote,
            List<SectionItem> sections,
            List<FieldItem> fields,
            List<MeasureItem> measures) {
        StrategyItem {
            sections = list(sections);
            fields = list(fields);
            measures = list(measures);
        }
    }

    enum SectionKind {
        PREAMBLE,
        SITUATION,
        PRINCIPLE,
        CONTROLLING,
        OTHER
    }

    record SectionItem(SectionKind kind, String title, String body, String sourceNote) {}

    /** A field of action; {@code ref} names it for the measures of the same file (not stored). */
    record FieldItem(
            String ref,
            String code,
            String title,
            String situation,
            String description,
            List<String> aspects,
            String sourceNote,
            List<ObjectiveItem> objectives) {
        FieldItem {
            aspects = list(aspects);
            objectives = list(objectives);
        }
    }

    record ObjectiveItem(
            String ref, String code, String title, String description, List<String> aspects, String sourceNote) {
        ObjectiveItem {
            aspects = list(aspects);
        }
    }

    record MeasureItem(
            String code,
            String title,
            String description,
            String leadOrganisation,
            String leadNote,
            Boolean countyWide,
            List<String> territories,
            LocalDate startDate,
            LocalDate deadline,
            MeasureStatus status,
            BigDecimal budgetPlanned,
            BigDecimal budgetApproved,
            BigDecimal budgetSpent,
            Boolean modelTrial,
            List<String> fields,
            List<String> objectives,
            List<MemberItem> partners,
            List<String> targetGroups,
            List<String> lifeStages,
            List<String> aspects,
            List<CostItem> costItems,
            List<FundingItem> funding,
            List<TrialSiteItem> trialSites,
            List<LinkItem> links,
            List<ActivityItem> activities,
            List<TargetItem> targets,
            String sourceNote) {
        MeasureItem {
            territories = list(territories);
            fields = list(fields);
            objectives = list(objectives);
            partners = list(partners);
            targetGroups = list(targetGroups);
            lifeStages = list(lifeStages);
            aspects = list(aspects);
            costItems = list(costItems);
            funding = list(funding);
            trialSites = list(trialSites);
            links = list(links);
            activities = list(activities);
            targets = list(targets);
        }
    }

    enum CostCategory {
        PERSONNEL,
        TRAVEL,
        OFFICE_EQUIPMENT,
        RENT,
        MATERIAL,
        FEES,
        EVENTS,
        OTHER
    }

    record CostItem(CostCategory category, String label, BigDecimal planned, BigDecimal approved, BigDecimal spent) {}

    record FundingItem(
            String source,
            String programme,
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal sharePercent,
            BigDecimal amount) {}

    record TrialSiteItem(String territory, String organisation, String description) {}

    enum LinkKind {
        DOCUMENT,
        COUNCIL_PAPER
    }

    record LinkItem(LinkKind kind, String label, String paperNumber, String url) {}

    enum ActivityKind {
        MEETING,
        CONFERENCE,
        DECISION,
        MILESTONE,
        OTHER
    }

    record ActivityItem(
            ActivityKind kind, LocalDate onDate, String title, String description, String territory, String body) {}

    enum TargetKind {
        ABSOLUTE,
        RELATIVE_PERCENT,
        CHANGE
    }

    record TargetItem(
            String title,
            String indicatorKey,
            String territory,
            String targetGroup,
            BigDecimal baselineValue,
            String baselinePeriod,
            TargetKind targetKind,
            BigDecimal targetValue,
            LocalDate targetDate,
            String description,
            String sourceNote) {}
}
