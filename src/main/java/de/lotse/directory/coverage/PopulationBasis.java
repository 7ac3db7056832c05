package de.lotse.directory.coverage;

import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorReadModel;
import de.lotse.indicator.Period;
import de.lotse.territory.PopulationFigure;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The population a municipality's consultation hours are related to ("per 1,000 inhabitants of the target group"):
 * the population of the target group's age range from the public monitoring values where the catalogue has age-band
 * indicators that add up exactly to that range and all of them have a value for the municipality in the same period
 * (the latest such period), else the municipality's total population from the territory register. Which basis was
 * used is part of the answer.
 */
@Component
class PopulationBasis {

    /** An age-band population indicator of the bundled catalogue: ages {@code from} to under {@code to}. */
    record Band(String key, int from, Integer to) {}

    static final List<Band> BANDS = List.of(
            new Band("bevoelkerung-unter-3", 0, 3),
            new Band("bevoelkerung-3-bis-6", 3, 6),
            new Band("bevoelkerung-unter-15", 0, 15),
            new Band("bevoelkerung-6-bis-10", 6, 10),
            new Band("bevoelkerung-6-bis-18", 6, 18),
            new Band("bevoelkerung-10-bis-15", 10, 15),
            new Band("bevoelkerung-15-bis-18", 15, 18),
            new Band("bevoelkerung-65-plus", 65, null),
            new Band("bevoelkerung-65-bis-75", 65, 75),
            new Band("bevoelkerung-75-plus", 75, null),
            new Band("bevoelkerung-80-plus", 80, null));

    /** Which population a row is related to. */
    enum Kind {
        /** The age group's population from the monitoring values. */
        AGE_GROUP,
        /** The municipality's total population (no target group chosen, or no matching age-band values). */
        TOTAL_POPULATION,
        /** No population known: no rate. */
        NONE
    }

    /**
     * @param kind which basis
     * @param population the number of inhabitants, {@code null} for {@link Kind#NONE}
     * @param period the period or reference date of the figure (ISO), {@code null} for {@link Kind#NONE}
     * @param indicators the keys of the monitoring indicators added up (empty unless {@link Kind#AGE_GROUP})
     * @param source the register's source of a total population, else {@code null}
     */
    record Basis(Kind kind, Long population, String period, List<String> indicators, String source) {}

    private final IndicatorReadModel indicators;
    private final Territories territories;

    PopulationBasis(IndicatorReadModel indicators, Territories territories) {
        this.indicators = indicators;
        this.territories = territories;
    }

    /**
     * The basis for one municipality and the age range of a target group (both {@code null}: no age group).
     *
     * @param minimumAge youngest age in years, inclusive
     * @param maximumAge oldest age in years, inclusive
     */
    Basis of(Territory municipality, Integer minimumAge, Integer maximumAge) {
        if (minimumAge != null || maximumAge != null) {
            Optional<Basis> ageGroup = cover(
                            minimumAge == null ? 0 : minimumAge, maximumAge == null ? null : maximumAge + 1)
                    .flatMap(bands -> ageGroup(municipality, bands));
            if (ageGroup.isPresent()) {
                return ageGroup.get();
            }
        }
        List<PopulationFigure> history = territories.populationHistory(municipality);
        if (history.isEmpty()) {
            return new Basis(Kind.NONE, null, null, List.of(), null);
        }
        PopulationFigure latest = history.getLast();
        return new Basis(
                Kind.TOTAL_POPULATION,
                latest.population(),
                latest.referenceDate().toString(),
                List.of(),
                latest.source());
    }

    /** The fewest age bands that add up exactly to ages {@code from} to under {@code to} ({@code null}: open end). */
    static Optional<List<Band>> cover(int from, Integer to) {
        Deque<List<Band>> queue = new ArrayDeque<>();
        queue.add(List.of());
        while (!queue.isEmpty()) {
            List<Band> chain = queue.poll();
            Integer reached =
                    chain.isEmpty() ? Integer.valueOf(from) : chain.getLast().to();
            for (Band b : BANDS) {
                if (reached == null || b.from() != reached) {
                    continue;
                }
                List<Band> next = new ArrayList<>(chain);
                next.add(b);
                if (java.util.Objects.equals(b.to(), to)) {
                    return Optional.of(List.copyOf(next));
                }
                if (b.to() != null && (to == null || b.to() < to)) {
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Basis> ageGroup(Territory municipality, List<Band> bands) {
        List<Map<Period, BigDecimal>> series = new ArrayList<>();
        for (Band band : bands) {
            IndicatorKey key = IndicatorKey.of(band.key());
            if (indicators.find(key).isEmpty()) {
                return Optional.empty();
            }
            Map<Period, BigDecimal> values = new HashMap<>();
            indicators.timeSeries(key, municipality, IndicatorReadModel.Audience.PUBLIC).stream()
                    .filter(v -> v.value() != null)
                    .forEach(v -> values.put(v.period(), v.value()));
            series.add(values);
        }
        TreeSet<Period> common = new TreeSet<>(series.getFirst().keySet());
        series.forEach(s -> common.retainAll(s.keySet()));
        if (common.isEmpty()) {
            return Optional.empty();
        }
        Period latest = common.last();
        BigDecimal sum = series.stream().map(s -> s.get(latest)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Basis(
                Kind.AGE_GROUP,
                sum.longValue(),
                latest.toString(),
                bands.stream().map(Band::key).toList(),
                null));
    }
}
