package de.lotse.indicator;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enriched cross-section of the analysis pages and of the values API: the cross-section of
 * {@link IndicatorReadModel} (rank, deviation from the parent, confidentiality applied) plus, per row, the z-score,
 * the change against the previous period and against a base period, and the deviation from every ancestor that has a
 * value in the period (Gemeindeverband, Kreis, Land).
 *
 * <p>Every value comes from {@link IndicatorReadModel}, so suppression is the same as everywhere. Statistics over
 * several rows (mean and standard deviation of the z-scores) use only the values visible to the public, for every
 * audience: a suppressed value never enters a statistic, not even one shown to a planner, so the public figures
 * cannot be combined with them to recover a hidden value. Changes and deviations compare two single values the
 * audience sees anyway.
 */
@Service
@Transactional(readOnly = true)
public class CrossSectionAnalysis {

    /** How many earlier periods are tried to find the previous one with values. */
    private static final int PREVIOUS_TRIES = 12;

    private final IndicatorReadModel readModel;
    private final ValuePeriods periods;
    private final Territories territories;

    CrossSectionAnalysis(IndicatorReadModel readModel, ValuePeriods periods, Territories territories) {
        this.readModel = readModel;
        this.periods = periods;
        this.territories = territories;
    }

    /**
     * The value of an ancestor and a row's deviation from it.
     *
     * @param territory the ancestor
     * @param value its value in the period
     * @param confidential whether that value is shown only to the permitted audience
     * @param deviation the row's value minus the ancestor's, {@code null} if the row has no value
     * @param relativeDeviation the deviation in percent of the ancestor's value, {@code null} also when that is 0
     */
    public record Comparison(
            Territory territory,
            BigDecimal value,
            boolean confidential,
            BigDecimal deviation,
            BigDecimal relativeDeviation) {}

    /**
     * One enriched row.
     *
     * @param row rank and deviation from the parent, as the read model gives them
     * @param zScore the z-score among the visible values of the rows, {@code null} for a suppressed or missing value
     *     or when fewer than two values are visible
     * @param changePrevious the change since the previous period, {@code null} if either value is unknown to the
     *     audience
     * @param changeBase the change since the base period, likewise
     * @param comparisons the ancestors that have a value in the period, nearest first
     */
    public record AnalysedRow(
            IndicatorReadModel.Row row,
            Double zScore,
            Standardisation.Change changePrevious,
            Standardisation.Change changeBase,
            List<Comparison> comparisons) {}

    /**
     * An enriched cross-section.
     *
     * @param section the plain cross-section
     * @param previous the previous period of the same kind that has values, or {@code null}
     * @param base the base period, or {@code null} if none was asked for
     * @param moments mean and standard deviation of the visible values behind the z-scores
     * @param rows the rows in the order of the plain cross-section
     */
    public record Analysis(
            IndicatorReadModel.CrossSection section,
            Period previous,
            Period base,
            Standardisation.Moments moments,
            List<AnalysedRow> rows) {}

    /**
     * The enriched cross-section.
     *
     * @param base the base period, already aligned to the period's kind (see {@link #alignBase}), or {@code null}
     * @throws UnknownIndicatorException if there is no such indicator
     */
    public Analysis analyse(
            IndicatorKey key,
            Territory parent,
            TerritoryLevel level,
            Period period,
            Period base,
            IndicatorReadModel.Audience audience) {
        IndicatorReadModel.CrossSection section = readModel.crossSection(key, parent, level, period, audience);
        List<Long> ids = ids(parent, section);
        IndicatorReadModel.CrossSection earlier = previous(key, parent, level, period, ids, audience);
        Period previous = earlier == null ? null : earlier.period();
        Map<Long, BigDecimal> before = earlier == null ? Map.of() : valuesById(earlier);
        Map<Long, BigDecimal> atBase =
                base == null ? Map.of() : valuesById(readModel.crossSection(key, parent, level, base, audience));

        Map<Integer, BigDecimal> visible = new LinkedHashMap<>();
        for (int i = 0; i < section.rows().size(); i++) {
            IndicatorReadModel.ShownValue v = section.rows().get(i).shown();
            if (!v.suppressed() && v.value() != null) {
                visible.put(i, v.value());
            }
        }
        Map<Integer, Double> z = Standardisation.zScores(visible);
        Map<String, IndicatorReadModel.ShownValue> ancestors = ancestorValues(key, parent, level, period, audience);
        ancestors.put(parent.key(), section.parent());

        List<AnalysedRow> rows = new ArrayList<>();
        for (int i = 0; i < section.rows().size(); i++) {
            IndicatorReadModel.Row row = section.rows().get(i);
            IndicatorReadModel.ShownValue v = row.shown();
            long id = v.territory().id();
            rows.add(new AnalysedRow(
                    row,
                    z.get(i),
                    Standardisation.change(before.get(id), v.value()),
                    Standardisation.change(atBase.get(id), v.value()),
                    comparisons(v, ancestors)));
        }
        return new Analysis(section, previous, base, Standardisation.moments(visible.values()), rows);
    }

    /**
     * The base period for a section of {@code period}: a base of the same kind as it is; a bare year is moved to the
     * period's kind (the same reference day, quarter or month in that year, the school year starting in it).
     *
     * @throws IllegalArgumentException if the base is of another kind and not a year, or not before the period
     */
    public static Period alignBase(Period period, Period base) {
        Period aligned = base;
        if (base.kind() != period.kind()) {
            if (base.kind() != Period.Kind.YEAR) {
                throw new IllegalArgumentException("The base period " + base + " is not of the kind of " + period
                        + "; give a year or a period like " + period + ".");
            }
            int year = base.start().getYear();
            aligned = switch (period.kind()) {
                case REFERENCE_DATE -> Period.referenceDate(period.start().withYear(year));
                case SCHOOL_YEAR -> Period.schoolYear(year);
                case QUARTER -> new Period(Period.Kind.QUARTER, period.start().withYear(year));
                case MONTH -> new Period(Period.Kind.MONTH, period.start().withYear(year));
                case YEAR -> base;
            };
        }
        if (aligned.compareTo(period) >= 0) {
            throw new IllegalArgumentException(
                    "The base period " + aligned + " must lie before the period " + period + ".");
        }
        return aligned;
    }

    /** The periods the indicator may have values for among the units of the section and the parent, newest first. */
    public List<Period> periods(IndicatorKey key, Territory parent, TerritoryLevel level) {
        List<Long> ids = new ArrayList<>();
        ids.add(parent.id());
        territories.children(parent, level).forEach(t -> ids.add(t.id()));
        return List.copyOf(periods.periods(key, ids).descendingSet());
    }

    /** The cross-section of the previous period of the same kind that has values, or {@code null}. */
    private IndicatorReadModel.CrossSection previous(
            IndicatorKey key,
            Territory parent,
            TerritoryLevel level,
            Period period,
            List<Long> ids,
            IndicatorReadModel.Audience audience) {
        TreeSet<Period> candidates = periods.periods(key, ids);
        int tries = 0;
        for (Period p : candidates.headSet(period, false).descendingSet()) {
            if (p.kind() != period.kind()) {
                continue;
            }
            if (tries++ >= PREVIOUS_TRIES) {
                break;
            }
            IndicatorReadModel.CrossSection s = readModel.crossSection(key, parent, level, p, audience);
            if (s.parent().value() != null
                    || s.rows().stream().anyMatch(r -> r.shown().value() != null)) {
                return s;
            }
        }
        return null;
    }

    /** The values of the ancestors of the rows above the parent and between the parent and the rows' level. */
    private Map<String, IndicatorReadModel.ShownValue> ancestorValues(
            IndicatorKey key,
            Territory parent,
            TerritoryLevel level,
            Period period,
            IndicatorReadModel.Audience audience) {
        Map<String, IndicatorReadModel.ShownValue> values = new HashMap<>();
        for (Territory above : territories.ancestors(parent)) {
            readModel.timeSeries(key, above, audience).stream()
                    .filter(v -> v.period().equals(period))
                    .findFirst()
                    .ifPresent(v -> values.put(above.key(), v));
        }
        TerritoryLevel rows = level != null ? level : parent.level().child();
        if (rows != null && rows != TerritoryLevel.SOCIAL_SPACE) {
            for (TerritoryLevel between = parent.level().child();
                    between != null && between.ordinal() < rows.ordinal();
                    between = between.child()) {
                for (IndicatorReadModel.Row r : readModel
                        .crossSection(key, parent, between, period, audience)
                        .rows()) {
                    values.put(r.shown().territory().key(), r.shown());
                }
            }
        }
        return values;
    }

    private static List<Comparison> comparisons(
            IndicatorReadModel.ShownValue row, Map<String, IndicatorReadModel.ShownValue> ancestors) {
        String[] path = row.territory().path() == null
                ? new String[0]
                : row.territory().path().split("/");
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = path.length - 2; i >= 0; i--) {
            IndicatorReadModel.ShownValue a = ancestors.get(path[i]);
            if (a == null || a.value() == null) {
                continue;
            }
            BigDecimal deviation = row.value() == null ? null : row.value().subtract(a.value());
            BigDecimal relative = deviation == null || a.value().signum() == 0
                    ? null
                    : deviation
                            .multiply(BigDecimal.valueOf(100))
                            .divide(a.value().abs(), 2, RoundingMode.HALF_UP);
            comparisons.add(new Comparison(a.territory(), a.value(), a.confidential(), deviation, relative));
        }
        return comparisons;
    }

    private static List<Long> ids(Territory parent, IndicatorReadModel.CrossSection section) {
        List<Long> ids = new ArrayList<>();
        ids.add(parent.id());
        section.rows().forEach(r -> ids.add(r.shown().territory().id()));
        return ids;
    }

    private static Map<Long, BigDecimal> valuesById(IndicatorReadModel.CrossSection section) {
        Map<Long, BigDecimal> byId = new HashMap<>();
        for (IndicatorReadModel.Row r : section.rows()) {
            if (r.shown().value() != null) {
                byId.put(r.shown().territory().id(), r.shown().value());
            }
        }
        return byId;
    }

    /** The newest period up to {@code upTo} (by last day) with a value the public sees, if any. */
    Optional<Period> latestVisible(
            IndicatorKey key, Territory parent, TerritoryLevel level, Period upTo, List<Long> ids) {
        int tries = 0;
        for (Period p : periods.periods(key, ids).descendingSet()) {
            if (upTo != null && p.end().isAfter(upTo.end())) {
                continue;
            }
            if (tries++ >= PREVIOUS_TRIES) {
                break;
            }
            IndicatorReadModel.CrossSection s =
                    readModel.crossSection(key, parent, level, p, IndicatorReadModel.Audience.PUBLIC);
            if (s.rows().stream()
                    .anyMatch(r -> !r.shown().suppressed() && r.shown().value() != null)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
