package de.lotse.indicator;

/** Whether an indicator describes the population of a territory or the work of a service. */
public enum IndicatorKind {
    /** Describes the situation of people in a territory (e.g. the share of people aged 65 and over). */
    POPULATION_INDICATOR,
    /** Measures the output or effect of a service or measure (e.g. cases of early help per year). */
    PERFORMANCE_MEASURE
}
