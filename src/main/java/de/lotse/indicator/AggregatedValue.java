package de.lotse.indicator;

import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The value of an indicator for a parent territory (e.g. a Kreis) computed from its children at a chosen level (e.g.
 * its Gemeinden) for one period.
 *
 * <p>Counts are summed. Rates and other formulas are recomputed from the summed inputs (sum of numerators / sum of
 * denominators × factor), never averaged over the children's rates. When a child lacks an input, or the input is
 * withheld ({@code .} secret, {@code /} too uncertain, {@code x}, {@code ...}), the aggregate is not complete:
 *
 * <ul>
 *   <li>a count gives the sum of the children that have a figure as a <em>lower bound</em> ({@link #lowerBound()}),
 *       which is never presented as the total; withheld figures are not added, so the bound cannot reveal them;
 *   <li>a rate has no value ({@link NoValueReason#INCOMPLETE}): a rate over part of the children describes another
 *       population, and nothing tells whether it is too high or too low.
 * </ul>
 *
 * @param indicator the aggregated indicator
 * @param indicatorVersion the version of its definition
 * @param parentTerritoryId the parent's id
 * @param childLevel the level of the children summed
 * @param period the period
 * @param value the exact value, a lower bound when {@code lowerBound}, or {@code null} (see {@code reason})
 * @param decimals the decimal places the indicator is shown with
 * @param complete whether every child contributed every input
 * @param lowerBound whether {@code value} is only the sum of the children known (incomplete counts)
 * @param reason why there is no value, or {@code null}
 * @param children how many children the parent has at the level
 * @param sums per input indicator the sum over the children that have it
 * @param missing the children that lack an input, with the input and its status
 */
public record AggregatedValue(
        IndicatorKey indicator,
        int indicatorVersion,
        long parentTerritoryId,
        TerritoryLevel childLevel,
        Period period,
        BigDecimal value,
        int decimals,
        boolean complete,
        boolean lowerBound,
        NoValueReason reason,
        int children,
        List<InputSum> sums,
        List<MissingPart> missing) {

    public AggregatedValue {
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("An aggregate has either a value or a reason why it has none");
        }
        if (complete && (lowerBound || !missing.isEmpty())) {
            throw new IllegalArgumentException("A complete aggregate is neither a lower bound nor missing parts");
        }
        sums = List.copyOf(sums);
        missing = List.copyOf(missing);
    }

    /** Whether there is a value that may be presented as the parent's value: complete and computed. */
    public boolean hasCompleteValue() {
        return complete && value != null;
    }

    /** The value rounded half up to the indicator's decimal places, or {@code null}. */
    public BigDecimal displayValue() {
        return value == null ? null : value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * The sum of one input over the children that have a figure for it.
     *
     * @param role numerator, denominator, term or the value itself
     * @param indicator the input indicator
     * @param sum the sum
     * @param contributors how many children were added
     */
    public record InputSum(ComputedValue.Role role, IndicatorKey indicator, BigDecimal sum, int contributors) {}

    /**
     * A child without a usable figure for one input.
     *
     * @param territoryId the child's id
     * @param territoryKey the child's key
     * @param territoryName the child's name
     * @param input the input indicator it lacks
     * @param status the stored status symbol, or {@code null} if nothing is stored
     */
    public record MissingPart(
            long territoryId, String territoryKey, String territoryName, IndicatorKey input, StatusSymbol status) {}
}
