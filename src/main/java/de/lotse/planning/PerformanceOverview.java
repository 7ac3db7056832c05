package de.lotse.planning;

import java.util.List;

/**
 * The performance measures of a measure with their values, for the measure page and the API.
 *
 * @param measureId the measure
 * @param measureCode its numbering in the document, or {@code null}
 * @param measureTitle its title
 * @param leadOrganisationId its lead organisation, or {@code null} (then only planners enter values)
 * @param items the performance measures in the order of the questions and their positions, each with its values
 *     (oldest period first)
 */
public record PerformanceOverview(
        long measureId, String measureCode, String measureTitle, Long leadOrganisationId, List<Item> items) {

    public PerformanceOverview {
        items = List.copyOf(items);
    }

    /**
     * A performance measure and its values.
     *
     * @param measure the performance measure
     * @param values its values, oldest period first
     */
    public record Item(PerformanceMeasure measure, List<PerformanceValue> values) {

        public Item {
            values = List.copyOf(values);
        }

        /** The value of the latest period, or {@code null}. */
        public PerformanceValue latest() {
            return values.isEmpty() ? null : values.getLast();
        }
    }

    /** The items answering one question. */
    public List<Item> items(PerformanceQuestion question) {
        return items.stream().filter(i -> i.measure().question() == question).toList();
    }

    /** Whether no performance measure is defined. */
    public boolean empty() {
        return items.isEmpty();
    }
}
