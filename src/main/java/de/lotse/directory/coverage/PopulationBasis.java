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
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The population a municipality's consultation hours are related to ("per 1,000 inhabitants of the target group").
 *
 * <p>For a target group with an age range: the population of the age bands of the bundled monitoring catalogue
 * (public values) that cover the range best — exactly where the bands allow, else the nearest contiguous bands whose
 * ends lie at most {@value #MAX_DEVIATION} years from the range's ends (e.g. "Kinder 0–13" uses the population under
 * 15). All bands need a value for the municipality in the same period; the latest such period is used. Otherwise, and
 * without a target group, the municipality's total population from the territory register. The answer states which
 * basis, which indicators, which ages they cover and which period — never a silent substitution.
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

    /** The largest difference in years between an end of the target group's range and the bands used for it. */
    static final int MAX_DEVIATION = 5;

    /** Stands for an open upper end when comparing ranges. */
    private static final int OPEN = 200;

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
     * Age bands chosen for a range.
     *
     * @param from first age covered
     * @param to last age covered (inclusive), {@code null} for an open end
     * @param exact whether the bands cover exactly the asked range
     */
    record Cover(List<Band> bands, int from, Integer to, boolean exact) {}

    /**
     * @param kind which basis
     * @param population the number of inhabitants, {@code null} for {@link Kind#NONE}
     * @param period the period or reference date of the figure (ISO), {@code null} for {@link Kind#NONE}
     * @param indicators the keys of the monitoring indicators added up (empty unless {@link Kind#AGE_GROUP})
     * @param ageFrom first age the population covers ({@link Kind#AGE_GROUP} only)
     * @param ageTo last age the population covers, inclusive ({@code null}: open end or not an age group)
     * @param exact whether the ages are exactly the target group's ({@code false} for an approximation)
     * @param fallback whether the total population stands in for a target group's missing age data
     * @param source the register's source of a total population, else {@code null}
     */
    record Basis(
            Kind kind,
            Long population,
            String period,
            List<String> indicators,
            Integer ageFrom,
            Integer ageTo,
            boolean exact,
            boolean fallback,
            String source) {}

    private final IndicatorReadModel indicators;
    private final Territories territories;
    private final List<Band> bands;

    @org.springframework.beans.factory.annotation.Autowired
    PopulationBasis(IndicatorReadModel indicators, Territories territories) {
        this(indicators, territories, BANDS);
    }

    /** With other age-band indicators (tests). */
    PopulationBasis(IndicatorReadModel indicators, Territories territories, List<Band> bands) {
        this.indicators = indicators;
        this.territories = territories;
        this.bands = List.copyOf(bands);
    }

    /**
     * The basis for one municipality and the age range of a target group (both {@code null}: no age group).
     *
     * @param minimumAge youngest age in years, inclusive
     * @param maximumAge oldest age in years, inclusive
     */
    Basis of(Territory municipality, Integer minimumAge, Integer maximumAge) {
        boolean ageGroupAsked = minimumAge != null || maximumAge != null;
        if (ageGroupAsked) {
            Optional<Basis> ageGroup = cover(bands, minimumAge == null ? 0 : minimumAge, maximumAge)
                    .flatMap(c -> ageGroup(municipality, c));
            if (ageGroup.isPresent()) {
                return ageGroup.get();
            }
        }
        List<PopulationFigure> history = territories.populationHistory(municipality);
        if (history.isEmpty()) {
            return new Basis(Kind.NONE, null, null, List.of(), null, null, false, ageGroupAsked, null);
        }
        PopulationFigure latest = history.getLast();
        return new Basis(
                Kind.TOTAL_POPULATION,
                latest.population(),
                latest.referenceDate().toString(),
                List.of(),
                null,
                null,
                !ageGroupAsked,
                ageGroupAsked,
                latest.source());
    }

    /**
     * The contiguous age bands that cover ages {@code from} to {@code to} (inclusive, {@code null}: open end) best:
     * exactly if possible, else with the smallest total deviation of the ends (each at most {@value #MAX_DEVIATION}
     * years), then with the fewest bands.
     */
    static Optional<Cover> cover(int from, Integer to) {
        return cover(BANDS, from, to);
    }

    static Optional<Cover> cover(List<Band> bands, int from, Integer to) {
        int wantedEnd = to == null ? OPEN : to + 1;
        List<Cover> candidates = new ArrayList<>();
        Deque<List<Band>> queue = new ArrayDeque<>();
        bands.forEach(b -> queue.add(List.of(b)));
        while (!queue.isEmpty()) {
            List<Band> chain = queue.poll();
            Band last = chain.getLast();
            int start = chain.getFirst().from();
            int end = last.to() == null ? OPEN : last.to();
            if (Math.abs(start - from) <= MAX_DEVIATION && Math.abs(end - wantedEnd) <= MAX_DEVIATION) {
                candidates.add(new Cover(
                        chain, start, last.to() == null ? null : last.to() - 1, start == from && end == wantedEnd));
            }
            if (last.to() != null) {
                for (Band b : bands) {
                    if (b.from() == last.to()) {
                        List<Band> next = new ArrayList<>(chain);
                        next.add(b);
                        queue.add(List.copyOf(next));
                    }
                }
            }
        }
        return candidates.stream()
                .min(Comparator.comparingInt((Cover c) -> deviation(c, from, wantedEnd))
                        .thenComparingInt(c -> c.bands().size()));
    }

    private static int deviation(Cover c, int from, int wantedEnd) {
        int end = c.to() == null ? OPEN : c.to() + 1;
        return Math.abs(c.from() - from) + Math.abs(end - wantedEnd);
    }

    private Optional<Basis> ageGroup(Territory municipality, Cover cover) {
        List<Map<Period, BigDecimal>> series = new ArrayList<>();
        for (Band band : cover.bands()) {
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
                cover.bands().stream().map(Band::key).toList(),
                cover.from(),
                cover.to(),
                cover.exact(),
                false,
                null));
    }
}
