package de.lotse.indicator;

import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A composite social index (Sozialindex) of the units below a parent from chosen indicators.
 *
 * <h2>Method</h2>
 *
 * <ol>
 *   <li>For each indicator the period used is the newest one whose last day is not after the requested period's
 *       last day and that has at least one value visible to the public among the units (so indicators with different
 *       reference dates can be combined).
 *   <li>A unit takes part if every indicator has a value for it that the public may see. A unit with a missing or
 *       suppressed input gets no index and the result names the inputs it lacks. Suppressed values count as missing
 *       for every audience, so the index is the same for everyone and never computed from a hidden value.
 *   <li>Each indicator is standardised over the taking-part units: z = (x − mean) / population standard deviation
 *       (0 when all values are equal).
 *   <li>The z-score is signed so that a higher index always means more need: unchanged for "higher is worse" and for
 *       neutral indicators, negated for "higher is better".
 *   <li>Contribution of indicator i = w<sub>i</sub> / Σw × signed z<sub>i</sub>; the index is the sum of the
 *       contributions (the weighted mean of the signed z-scores), 0 being the average of the units. Rank 1 is the
 *       highest index, ties share a rank.
 * </ol>
 */
@Service
@Transactional(readOnly = true)
public class SocialIndex {

    /** At most this many indicators in one index. */
    public static final int MAX_INDICATORS = 20;

    private final IndicatorReadModel readModel;
    private final CrossSectionAnalysis analysis;

    SocialIndex(IndicatorReadModel readModel, CrossSectionAnalysis analysis) {
        this.readModel = readModel;
        this.analysis = analysis;
    }

    /**
     * One chosen indicator with its weight.
     *
     * @param key the indicator
     * @param weight its weight, at least 0
     */
    public record Input(IndicatorKey key, double weight) {
        public Input {
            if (key == null || Double.isNaN(weight) || Double.isInfinite(weight) || weight < 0) {
                throw new IllegalArgumentException("A weight is a number of at least 0, not " + weight);
            }
        }
    }

    /**
     * An indicator of the index as computed.
     *
     * @param indicator the indicator
     * @param weight its weight
     * @param share its weight divided by the sum of weights
     * @param direction +1 if a higher value means more need (higher is worse, neutral), −1 if less (higher is better)
     * @param period the period used, {@code null} if the indicator has no visible value up to the period
     * @param moments mean and standard deviation over the taking-part units
     */
    public record Component(
            Indicator indicator,
            double weight,
            double share,
            int direction,
            Period period,
            Standardisation.Moments moments) {}

    /**
     * One input of one unit.
     *
     * @param value the value, {@code null} if missing or suppressed
     * @param suppressed whether the value is withheld
     * @param zScore the signed z-score (positive = more need), {@code null} if the unit takes no part
     * @param contribution the share of the weight × signed z-score, {@code null} likewise
     */
    public record Cell(BigDecimal value, boolean suppressed, Double zScore, Double contribution) {}

    /**
     * One unit.
     *
     * @param territory the unit
     * @param index the index, {@code null} if an input is missing
     * @param rank 1 = highest index (most need), {@code null} without index
     * @param cells one per component, in the order of the components
     * @param missing the keys of the inputs that are missing or suppressed
     */
    public record Entry(
            Territory territory, Double index, Integer rank, List<Cell> cells, List<IndicatorKey> missing) {}

    /**
     * The index.
     *
     * @param parent the parent
     * @param level the level of the units, {@code null} for the parent's direct children
     * @param period the requested period
     * @param components the indicators, in the order given
     * @param entries the units in the order of the territory API
     * @param complete how many units have an index
     */
    public record Result(
            Territory parent,
            TerritoryLevel level,
            Period period,
            List<Component> components,
            List<Entry> entries,
            int complete) {}

    /**
     * Computes the index.
     *
     * @throws IllegalArgumentException for no, too many or repeated indicators, or weights summing to 0
     * @throws UnknownIndicatorException for an unknown indicator
     */
    public Result compute(List<Input> inputs, Territory parent, TerritoryLevel level, Period period) {
        validate(inputs);
        List<Component> partial = new ArrayList<>();
        List<Map<Long, IndicatorReadModel.ShownValue>> values = new ArrayList<>();
        List<Territory> units = null;
        double sum = inputs.stream().mapToDouble(Input::weight).sum();
        for (Input input : inputs) {
            Indicator indicator =
                    readModel.find(input.key()).orElseThrow(() -> new UnknownIndicatorException(input.key()));
            Period used = null;
            Map<Long, IndicatorReadModel.ShownValue> byId = new HashMap<>();
            IndicatorReadModel.CrossSection first =
                    readModel.crossSection(input.key(), parent, level, period, IndicatorReadModel.Audience.PUBLIC);
            List<Long> ids = new ArrayList<>();
            ids.add(parent.id());
            first.rows().forEach(r -> ids.add(r.shown().territory().id()));
            if (units == null) {
                units = first.rows().stream().map(r -> r.shown().territory()).toList();
            }
            used = analysis.latestVisible(input.key(), parent, level, period, ids)
                    .orElse(null);
            if (used != null) {
                IndicatorReadModel.CrossSection section = used.equals(period)
                        ? first
                        : readModel.crossSection(input.key(), parent, level, used, IndicatorReadModel.Audience.PUBLIC);
                section.rows().forEach(r -> byId.put(r.shown().territory().id(), r.shown()));
            }
            values.add(byId);
            int direction = indicator.definition().polarity() == Polarity.HIGHER_IS_BETTER ? -1 : 1;
            partial.add(new Component(indicator, input.weight(), input.weight() / sum, direction, used, null));
        }
        return combine(parent, level, period, partial, units == null ? List.of() : units, values);
    }

    /** The pure arithmetic of the index over values already read (the values visible to the public). */
    static Result combine(
            Territory parent,
            TerritoryLevel level,
            Period period,
            List<Component> components,
            List<Territory> units,
            List<Map<Long, IndicatorReadModel.ShownValue>> values) {
        Set<Long> complete = new HashSet<>();
        for (Territory t : units) {
            boolean all = true;
            for (Map<Long, IndicatorReadModel.ShownValue> byId : values) {
                all &= visible(byId.get(t.id())) != null;
            }
            if (all) {
                complete.add(t.id());
            }
        }
        List<Component> withMoments = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            List<BigDecimal> xs = new ArrayList<>();
            for (Territory t : units) {
                if (complete.contains(t.id())) {
                    xs.add(visible(values.get(i).get(t.id())));
                }
            }
            Component c = components.get(i);
            withMoments.add(new Component(
                    c.indicator(), c.weight(), c.share(), c.direction(), c.period(), Standardisation.moments(xs)));
        }
        List<Entry> entries = new ArrayList<>();
        Map<Long, Double> indexById = new LinkedHashMap<>();
        for (Territory t : units) {
            List<Cell> cells = new ArrayList<>();
            List<IndicatorKey> missing = new ArrayList<>();
            double index = 0;
            for (int i = 0; i < withMoments.size(); i++) {
                Component c = withMoments.get(i);
                IndicatorReadModel.ShownValue shown = values.get(i).get(t.id());
                BigDecimal x = visible(shown);
                boolean suppressed = shown != null && shown.suppressed();
                if (x == null) {
                    missing.add(c.indicator().key());
                }
                if (complete.contains(t.id())) {
                    double z = c.direction() * c.moments().z(x.doubleValue());
                    double contribution = c.share() * z;
                    index += contribution;
                    cells.add(new Cell(x, false, z, contribution));
                } else {
                    cells.add(new Cell(x, suppressed, null, null));
                }
            }
            Double value = complete.contains(t.id()) ? index : null;
            if (value != null) {
                indexById.put(t.id(), value);
            }
            entries.add(new Entry(t, value, null, cells, missing));
        }
        Map<Long, Integer> ranks = rank(indexById);
        List<Entry> ranked = entries.stream()
                .map(e -> new Entry(
                        e.territory(), e.index(), ranks.get(e.territory().id()), e.cells(), e.missing()))
                .toList();
        return new Result(parent, level, period, withMoments, ranked, complete.size());
    }

    /** Standard competition ranking, highest first; values equal to the output precision share a rank. */
    private static Map<Long, Integer> rank(Map<Long, Double> indexById) {
        List<Map.Entry<Long, BigDecimal>> sorted = indexById.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), Standardisation.rounded(e.getValue())))
                .sorted(Map.Entry.<Long, BigDecimal>comparingByValue(Comparator.reverseOrder()))
                .toList();
        Map<Long, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0
                    && sorted.get(i).getValue().compareTo(sorted.get(i - 1).getValue()) == 0;
            ranks.put(sorted.get(i).getKey(), tie ? ranks.get(sorted.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }

    private static BigDecimal visible(IndicatorReadModel.ShownValue v) {
        return v == null || v.suppressed() ? null : v.value();
    }

    private static void validate(List<Input> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one indicator for the index.");
        }
        if (inputs.size() > MAX_INDICATORS) {
            throw new IllegalArgumentException(
                    "An index combines at most " + MAX_INDICATORS + " indicators, not " + inputs.size() + ".");
        }
        Set<IndicatorKey> seen = new HashSet<>();
        for (Input i : inputs) {
            if (!seen.add(i.key())) {
                throw new IllegalArgumentException("The indicator " + i.key() + " is given twice.");
            }
        }
        if (inputs.stream().mapToDouble(Input::weight).sum() <= 0) {
            throw new IllegalArgumentException("The weights must not all be 0.");
        }
    }
}
