package de.lotse.planning;

import de.lotse.planning.PlanningPageViews.MeasureNode;
import de.lotse.planning.PlanningPageViews.StrategyRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deadlines of a strategy's measures and the dated activities of its measures, grouped by year and quarter;
 * measures without a deadline are listed apart.
 *
 * @param strategy the strategy document
 * @param years the dated entries by year (ascending) and quarter (ascending), each quarter by date
 * @param withoutDeadline the measures that have no deadline
 * @param today the reference day for "overdue"
 */
public record DeadlineTimeline(
        StrategyRef strategy, List<Year> years, List<MeasureNode> withoutDeadline, LocalDate today) {

    /** What an entry stands for. */
    public enum Kind {
        /** the deadline of a measure */
        DEADLINE,
        /** a dated activity or milestone of a measure */
        ACTIVITY
    }

    /**
     * A dated entry.
     *
     * @param date the deadline or the day of the activity
     * @param kind deadline or activity
     * @param measure the measure
     * @param activityKind the kind of activity (MEETING, CONFERENCE, DECISION, MILESTONE, OTHER), null for a deadline
     * @param title the activity's title, null for a deadline
     */
    public record Entry(LocalDate date, Kind kind, MeasureNode measure, String activityKind, String title) {

        static Entry deadline(MeasureNode measure) {
            return new Entry(measure.deadline(), Kind.DEADLINE, measure, null, null);
        }

        static Entry activity(MeasureNode measure, String activityKind, LocalDate date, String title) {
            return new Entry(date, Kind.ACTIVITY, measure, activityKind, title);
        }

        /** A deadline that has passed while the measure is neither done nor abandoned. */
        public boolean overdue() {
            return kind == Kind.DEADLINE && measure.overdue();
        }

        /** A deadline of a measure that is done. */
        public boolean done() {
            return kind == Kind.DEADLINE && measure.status() == MeasureStatus.DONE;
        }

        /** Whether the day lies in the past. */
        public boolean past(LocalDate today) {
            return date.isBefore(today);
        }
    }

    /** The entries of a quarter (1..4) of a year. */
    public record Quarter(int year, int quarter, List<Entry> entries) {
        public String anchor() {
            return "q-" + year + "-" + quarter;
        }
    }

    /** The quarters of a year that have entries. */
    public record Year(int year, List<Quarter> quarters) {
        public int size() {
            return quarters.stream().mapToInt(q -> q.entries().size()).sum();
        }
    }

    static DeadlineTimeline of(StrategyRef strategy, List<Entry> entries, LocalDate today) {
        Map<Integer, Map<Integer, List<Entry>>> grouped = new TreeMap<>();
        List<MeasureNode> without = new ArrayList<>();
        for (Entry e : entries) {
            if (e.date() == null) {
                without.add(e.measure());
                continue;
            }
            grouped.computeIfAbsent(e.date().getYear(), y -> new TreeMap<>())
                    .computeIfAbsent((e.date().getMonthValue() - 1) / 3 + 1, q -> new ArrayList<>())
                    .add(e);
        }
        Comparator<Entry> order = Comparator.comparing(Entry::date)
                .thenComparing(e -> e.kind() == Kind.DEADLINE ? 1 : 0)
                .thenComparing(e -> e.measure().title());
        List<Year> years = new ArrayList<>();
        grouped.forEach((year, quarters) -> {
            List<Quarter> qs = new ArrayList<>();
            quarters.forEach((q, list) ->
                    qs.add(new Quarter(year, q, list.stream().sorted(order).toList())));
            years.add(new Year(year, List.copyOf(qs)));
        });
        return new DeadlineTimeline(strategy, List.copyOf(years), List.copyOf(without), today);
    }

    /** Whether there is nothing dated and nothing without a deadline. */
    public boolean isEmpty() {
        return years.isEmpty() && withoutDeadline.isEmpty();
    }
}
