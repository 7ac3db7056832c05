package de.lotse.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the public planning pages show: strategy documents with their tree of fields of action, objectives and
 * measures, and the full picture of one measure. Names of organisations, bodies and territories are resolved; an
 * unknown fact stays {@code null} (an unknown amount is never 0).
 */
public final class PlanningPageViews {

    private PlanningPageViews() {}

    /** A cross-cutting aspect (Querschnittsaspekt) with its German and English name. */
    public record Aspect(String key, String nameDe, String nameEn) {
        public String name(String lang) {
            return "en".equals(lang) ? nameEn : nameDe;
        }
    }

    /**
     * Who leads a measure or steers a strategy: an organisation of the register ({@code key} set, for a link to its
     * page) or only a name as the document gives it ({@code key} null).
     */
    public record Lead(String key, String name) {}

    /** A reference to a strategy document. */
    public record StrategyRef(String key, String title) {}

    /**
     * A strategy document as the overview lists it.
     *
     * @param adoptedBy the name of the adopting body, {@code null} when not known
     * @param territory the name of the territory it is about, {@code null} when not set
     */
    public record Strategy(
            long id,
            String key,
            StrategyType type,
            String title,
            String subtitle,
            String edition,
            StrategyStatus status,
            String territory,
            String adoptedBy,
            LocalDate adoptedOn,
            String decisionPaper,
            LocalDate periodStart,
            LocalDate periodEnd,
            String summary,
            String steeringBody,
            Lead lead,
            String sourceNote,
            boolean exampleData,
            RollUp rollUp) {

        /** Whether anything of the adopting decision is known. */
        public boolean hasDecision() {
            return adoptedBy != null || adoptedOn != null || decisionPaper != null;
        }
    }

    /** A section of a document (preamble, situation, guiding principle, controlling, other). */
    public record Section(String kind, String title, String body) {}

    /** A measure as a node of the tree, a row of the print view or of the deadline timeline. */
    public record MeasureNode(
            long id,
            String code,
            String title,
            MeasureStatus status,
            int progress,
            LocalDate deadline,
            boolean overdue,
            Lead lead,
            List<Aspect> aspects,
            boolean exampleData) {}

    /** An objective (Zielstellung) with the measures that serve it. */
    public record Objective(
            long id,
            String code,
            String title,
            String description,
            List<Aspect> aspects,
            List<MeasureNode> measures,
            RollUp rollUp) {}

    /**
     * A field of action with its objectives; {@code otherMeasures} serve the field but none of its objectives.
     */
    public record Field(
            long id,
            String code,
            String title,
            String situation,
            String description,
            List<Aspect> aspects,
            List<Objective> objectives,
            List<MeasureNode> otherMeasures,
            RollUp rollUp) {

        /** The anchor of the field in the page. */
        public String anchor() {
            return "field-" + id;
        }
    }

    /**
     * A strategy document as a tree: sections, fields of action → objectives → measures, and the measures that serve
     * no field of action.
     */
    public record Tree(
            Strategy strategy,
            List<Section> sections,
            List<Field> fields,
            List<MeasureNode> unassignedMeasures,
            List<AspectUse> aspects,
            StrategyRef predecessor,
            List<StrategyRef> successors) {

        /** All measures of the document, each once, in document order. */
        public int measureCount() {
            return strategy.rollUp().total();
        }
    }

    /** Where a cross-cutting aspect is attached in a document: its fields, objectives and measures. */
    public record AspectUse(
            Aspect aspect, List<Field> fields, List<Objective> objectives, List<MeasureNode> measures) {}

    /** A dated status report. */
    public record StatusReport(
            LocalDate asOf, Instant reportedAt, String author, MeasureStatus status, int progress, String text) {}

    /** A cost item; an amount that is not known is {@code null}. */
    public record CostItem(String category, String label, BigDecimal planned, BigDecimal approved, BigDecimal spent) {}

    /** The budget totals of a measure ({@code null}: not known) and its cost items. */
    public record Budget(BigDecimal planned, BigDecimal approved, BigDecimal spent, List<CostItem> items) {
        public boolean isEmpty() {
            return planned == null && approved == null && spent == null && items.isEmpty();
        }
    }

    /** A funding of a measure: source, programme, period, share of the costs and amount. */
    public record Funding(
            String source,
            String programme,
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal sharePercent,
            BigDecimal amount) {}

    /** A site of a model trial. */
    public record TrialSite(String territory, Lead organisation, String description) {}

    /** A link to a document or a council paper. */
    public record Link(String kind, String label, String paperNumber, String url) {

        /** The address if it is a web address (http, https) or a path of this site; else {@code null}. */
        public String safeUrl() {
            if (url == null) {
                return null;
            }
            String u = url.strip();
            boolean web = u.regionMatches(true, 0, "https://", 0, 8) || u.regionMatches(true, 0, "http://", 0, 7);
            return web || (u.startsWith("/") && !u.startsWith("//")) ? u : null;
        }
    }

    /** A dated activity or milestone of a measure. */
    public record Activity(
            String kind, LocalDate onDate, String title, String description, String territory, String body) {}

    /** A field of action or an objective a measure serves. */
    public record Served(long id, String code, String title, String fieldTitle) {}

    /** A partner organisation with its role ({@code null} when not named). */
    public record Partner(Lead organisation, String role) {}

    /** Everything the measure page shows about one measure. */
    public record Measure(
            long id,
            String code,
            String title,
            String description,
            MeasureStatus status,
            int progress,
            StrategyRef strategy,
            Lead lead,
            Long leadOrganisationId,
            List<Partner> partners,
            boolean countyWide,
            String strategyTerritory,
            List<Lead> territories,
            List<String> targetGroups,
            List<String> lifeStages,
            List<Aspect> aspects,
            LocalDate startDate,
            LocalDate deadline,
            boolean overdue,
            List<Served> fields,
            List<Served> objectives,
            List<StatusReport> statusReports,
            Budget budget,
            List<Funding> fundings,
            boolean modelTrial,
            List<TrialSite> trialSites,
            List<Link> links,
            List<Activity> activities,
            boolean exampleData,
            String sourceNote,
            long version,
            Instant updatedAt) {

        public Measure {
            Objects.requireNonNull(status);
        }
    }
}
