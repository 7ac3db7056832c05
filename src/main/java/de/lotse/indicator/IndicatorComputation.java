package de.lotse.indicator;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes indicators from their inputs in the value store: a ratio or expression for one territory and period
 * ({@link #evaluate}), and any indicator for a parent territory from its children ({@link #aggregate}). Nothing is
 * written; the results carry their inputs so that pages can show how a figure came about.
 *
 * <p>Inputs are read as stored: an input that is itself a computed indicator is used only if its values are stored.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorComputation {

    /** Status symbols by strength: the first one an input carries is the result's status. */
    private static final List<StatusSymbol> STATUS_ORDER = List.of(
            StatusSymbol.NOT_MEANINGFUL,
            StatusSymbol.NOT_YET_AVAILABLE,
            StatusSymbol.UNKNOWN_OR_SECRET,
            StatusSymbol.TOO_UNCERTAIN);

    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;

    IndicatorComputation(IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
    }

    /**
     * The value of an indicator for one territory and period, computed from the stored inputs: numerator /
     * denominator × factor for a ratio, the expression for an expression, the stored value itself for a raw
     * indicator. A missing input gives no value ({@link NoValueReason#MISSING_INPUT}), never zero.
     *
     * @throws UnknownIndicatorException if the indicator or an input is not in the catalogue
     */
    public ComputedValue evaluate(IndicatorKey key, long territoryId, Period period) {
        Indicator indicator = catalog.get(key);
        List<ComputedValue.Input> inputs = new ArrayList<>();
        for (Map.Entry<IndicatorKey, ComputedValue.Role> input :
                inputsOf(indicator).entrySet()) {
            Optional<StoredValue> stored = values.find(input.getKey(), territoryId, period);
            inputs.add(new ComputedValue.Input(
                    input.getValue(),
                    input.getKey(),
                    stored.map(StoredValue::indicatorVersion).orElse(null),
                    stored.map(StoredValue::value).orElse(null),
                    stored.map(StoredValue::status).orElse(null)));
        }
        StatusSymbol status =
                strongest(inputs.stream().map(ComputedValue.Input::status).toList());
        Map<IndicatorKey, BigDecimal> figures = new HashMap<>();
        for (ComputedValue.Input input : inputs) {
            if (input.usableValue() == null) {
                return computed(indicator, territoryId, period, null, status, NoValueReason.MISSING_INPUT, inputs);
            }
            figures.put(input.indicator(), input.usableValue());
        }
        BigDecimal value = apply(indicator, figures);
        return computed(
                indicator,
                territoryId,
                period,
                value,
                status,
                value == null ? NoValueReason.DIVISION_BY_ZERO : null,
                inputs);
    }

    /**
     * The value of an indicator for a parent territory from its current children at the given level (e.g. the
     * Gemeinden of a Kreis; {@code null} for the direct children). Counts are summed; ratios and expressions are
     * recomputed from the summed inputs. See {@link AggregatedValue} for how missing children are reported.
     *
     * @throws UnknownIndicatorException if the indicator or an input is not in the catalogue
     * @throws IllegalArgumentException if there is no territory with the id, or an input is not a raw count (a raw
     *     rate, share or average cannot be summed)
     */
    public AggregatedValue aggregate(
            IndicatorKey key, long parentTerritoryId, TerritoryLevel childLevel, Period period) {
        Indicator indicator = catalog.get(key);
        Territory parent = territories
                .findById(parentTerritoryId)
                .orElseThrow(() -> new IllegalArgumentException("There is no territory with id " + parentTerritoryId));
        Map<IndicatorKey, ComputedValue.Role> inputs = inputsOf(indicator);
        inputs.keySet().forEach(this::requireAdditive);
        TerritoryLevel level = childLevel == null ? parent.level().child() : childLevel;
        List<Territory> children = territories.children(parent, level).stream()
                .filter(Territory::isCurrent)
                .toList();

        Sums summed = sum(inputs, children, period);
        List<AggregatedValue.InputSum> sums = summed.sums();
        List<AggregatedValue.MissingPart> missing = summed.missing();
        Map<IndicatorKey, BigDecimal> figures = summed.figures();

        boolean complete = !children.isEmpty() && missing.isEmpty();
        BigDecimal value = null;
        NoValueReason reason;
        boolean lowerBound = false;
        if (children.isEmpty()) {
            reason = NoValueReason.NO_CHILDREN;
        } else if (indicator.definition().formula() instanceof Formula.Raw) {
            boolean anyKnown = sums.getFirst().contributors() > 0;
            value = anyKnown ? sums.getFirst().sum() : null;
            lowerBound = anyKnown && !complete;
            reason = anyKnown ? null : NoValueReason.MISSING_INPUT;
        } else if (!complete) {
            reason = NoValueReason.INCOMPLETE;
        } else {
            value = apply(indicator, figures);
            reason = value == null ? NoValueReason.DIVISION_BY_ZERO : null;
        }
        return new AggregatedValue(
                key,
                indicator.version(),
                parentTerritoryId,
                level,
                period,
                value,
                indicator.definition().decimals(),
                complete,
                lowerBound,
                reason,
                children.size(),
                sums,
                missing);
    }

    /** Sums each input over the children that have a figure for it and lists the parts that are missing. */
    private Sums sum(Map<IndicatorKey, ComputedValue.Role> inputs, List<Territory> children, Period period) {
        List<Long> childIds = children.stream().map(Territory::id).toList();
        List<AggregatedValue.InputSum> sums = new ArrayList<>();
        List<AggregatedValue.MissingPart> missing = new ArrayList<>();
        Map<IndicatorKey, BigDecimal> figures = new HashMap<>();
        for (Map.Entry<IndicatorKey, ComputedValue.Role> input : inputs.entrySet()) {
            Map<Long, StoredValue> byChild = new HashMap<>();
            values.crossSection(input.getKey(), period, childIds).forEach(v -> byChild.put(v.territoryId(), v));
            BigDecimal sum = BigDecimal.ZERO;
            int contributors = 0;
            for (Territory child : children) {
                StoredValue stored = byChild.get(child.id());
                BigDecimal figure = additiveFigure(stored);
                if (figure == null) {
                    missing.add(new AggregatedValue.MissingPart(
                            child.id(),
                            child.key(),
                            child.name(),
                            input.getKey(),
                            stored == null ? null : stored.status()));
                } else {
                    sum = sum.add(figure);
                    contributors++;
                }
            }
            sums.add(new AggregatedValue.InputSum(input.getValue(), input.getKey(), sum, contributors));
            figures.put(input.getKey(), sum);
        }
        return new Sums(sums, missing, figures);
    }

    private record Sums(
            List<AggregatedValue.InputSum> sums,
            List<AggregatedValue.MissingPart> missing,
            Map<IndicatorKey, BigDecimal> figures) {}

    /** The inputs of the indicator's formula with their roles, in the order of the formula. */
    private static Map<IndicatorKey, ComputedValue.Role> inputsOf(Indicator indicator) {
        Map<IndicatorKey, ComputedValue.Role> inputs = new LinkedHashMap<>();
        switch (indicator.definition().formula()) {
            case Formula.Raw raw -> inputs.put(indicator.key(), ComputedValue.Role.VALUE);
            case Formula.Ratio ratio -> {
                inputs.put(ratio.numerator(), ComputedValue.Role.NUMERATOR);
                inputs.put(ratio.denominator(), ComputedValue.Role.DENOMINATOR);
            }
            case Formula.Expression expression ->
                expression.references().forEach(k -> inputs.put(k, ComputedValue.Role.TERM));
        }
        return inputs;
    }

    /** The formula applied to the figures of all its inputs, or {@code null} on a division by zero. */
    static BigDecimal apply(Indicator indicator, Map<IndicatorKey, BigDecimal> figures) {
        return switch (indicator.definition().formula()) {
            case Formula.Raw raw -> figures.get(indicator.key());
            case Formula.Ratio ratio -> {
                BigDecimal denominator = figures.get(ratio.denominator());
                yield denominator.signum() == 0
                        ? null
                        : figures.get(ratio.numerator())
                                .multiply(ratio.factor())
                                .divide(denominator, ArithmeticExpression.PRECISION);
            }
            case Formula.Expression expression -> {
                try {
                    yield ArithmeticExpression.parse(expression.text()).evaluate(figures);
                } catch (ArithmeticExpression.DivisionByZeroException e) {
                    yield null;
                }
            }
        };
    }

    /** Refuses to sum an input that is not a raw count or amount. */
    private void requireAdditive(IndicatorKey input) {
        IndicatorDefinition definition = catalog.get(input).definition();
        if (!(definition.formula() instanceof Formula.Raw)) {
            throw new IllegalArgumentException("Indicator '" + input + "' is computed itself; aggregate the raw"
                    + " counts it is computed from instead");
        }
        if (!definition.isCount()) {
            throw new IllegalArgumentException("Indicator '" + input + "' is measured in '" + definition.unit()
                    + "', which cannot be summed over territories; define it as a ratio of two counts");
        }
    }

    /** A child's figure that may be added: a plain figure, 0 for '-'; withheld or absent figures are not added. */
    private static BigDecimal additiveFigure(StoredValue stored) {
        if (stored == null) {
            return null;
        }
        if (stored.status() == StatusSymbol.NOTHING) {
            return BigDecimal.ZERO;
        }
        return stored.status() == null ? stored.value() : null;
    }

    static StatusSymbol strongest(List<StatusSymbol> statuses) {
        return STATUS_ORDER.stream().filter(statuses::contains).findFirst().orElse(null);
    }

    private static ComputedValue computed(
            Indicator indicator,
            long territoryId,
            Period period,
            BigDecimal value,
            StatusSymbol status,
            NoValueReason reason,
            List<ComputedValue.Input> inputs) {
        return new ComputedValue(
                indicator.key(),
                indicator.version(),
                territoryId,
                period,
                value,
                indicator.definition().decimals(),
                status,
                reason,
                inputs);
    }
}
