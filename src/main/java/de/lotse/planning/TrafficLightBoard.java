package de.lotse.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * The traffic-light dashboard of a strategy: per field of action the targets of its objectives and of the measures
 * assigned to it, each with its verdict, and the counts per verdict rolled up to the strategy. A measure that serves
 * two fields shows its targets in both; the strategy's counts count every target once.
 *
 * @param strategyId the strategy
 * @param strategyKey its key
 * @param strategyTitle its title
 * @param asOf the date evaluated at
 * @param fields the fields of action in document order (also those without targets)
 * @param unassigned targets of measures that serve no field of action (empty rows when there are none)
 * @param total the counts over all targets of the strategy
 */
public record TrafficLightBoard(
        long strategyId,
        String strategyKey,
        String strategyTitle,
        LocalDate asOf,
        List<Field> fields,
        List<Row> unassigned,
        TrafficLightCounts total) {

    public TrafficLightBoard {
        fields = List.copyOf(fields);
        unassigned = List.copyOf(unassigned);
    }

    /**
     * One field of action.
     *
     * @param id the field
     * @param code its numbering in the document, or {@code null}
     * @param title its title
     * @param rows its targets
     * @param counts the counts per verdict of its targets
     */
    public record Field(long id, String code, String title, List<Row> rows, TrafficLightCounts counts) {

        public Field {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One target on the board.
     *
     * @param evaluation the target's evaluation
     * @param measureId the measure it belongs to, or {@code null}
     * @param objectiveId the objective it belongs to, or {@code null}
     * @param ownerLabel the measure's code and title or the objective's title
     */
    public record Row(TargetEvaluation evaluation, Long measureId, Long objectiveId, String ownerLabel) {}

    /** Whether the strategy has no target at all. */
    public boolean empty() {
        return total.total() == 0;
    }
}
