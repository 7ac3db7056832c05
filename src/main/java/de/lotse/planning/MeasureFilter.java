package de.lotse.planning;

/**
 * Which measures to list; {@code null} filters nothing. {@code overdue = true}: only overdue measures (deadline
 * passed, neither umgesetzt nor aufgegeben), {@code false}: only measures that are not overdue.
 */
public record MeasureFilter(Long strategyId, MeasureStatus status, Long fieldId, Boolean overdue) {

    public static MeasureFilter all() {
        return new MeasureFilter(null, null, null, null);
    }

    public static MeasureFilter ofStrategy(long strategyId) {
        return new MeasureFilter(strategyId, null, null, null);
    }
}
