package de.lotse.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a set of measures has come: how many measures stand in each {@link MeasureStatus}, their mean progress and
 * how many are overdue. Progress rolls up measures → objectives → fields of action → strategy by uniting the measures
 * of the child nodes: a measure that serves two objectives of a field counts once for the field.
 *
 * <p>A measure is <em>overdue</em> when its deadline lies before the reference day and it is neither done
 * ({@link MeasureStatus#DONE}) nor abandoned ({@link MeasureStatus#ABANDONED}). The mean progress leaves abandoned
 * measures out (their progress says nothing about the rest) and is unknown ({@code null}) when no measure counts.
 */
public final class RollUp {

    private static final RollUp EMPTY = new RollUp(Map.of());

    private final Map<Long, Item> items;

    private RollUp(Map<Long, Item> items) {
        this.items = items;
    }

    /**
     * One measure as the roll-up needs it.
     *
     * @param measureId the measure's id (a measure is counted once per node)
     * @param status its status
     * @param progress its progress in percent, 0..100
     * @param overdue whether it is overdue on the reference day
     */
    public record Item(long measureId, MeasureStatus status, int progress, boolean overdue) {

        public Item {
            if (status == null) {
                throw new IllegalArgumentException("a measure has a status");
            }
            if (progress < 0 || progress > 100) {
                throw new IllegalArgumentException("progress is 0..100, not " + progress);
            }
        }

        /** The item of a measure with this deadline ({@code null}: none) on the reference day {@code today}. */
        public static Item of(long measureId, MeasureStatus status, int progress, LocalDate deadline, LocalDate today) {
            return new Item(measureId, status, progress, RollUp.overdue(status, deadline, today));
        }
    }

    /** Whether a measure with this status and deadline is overdue on {@code today}. */
    public static boolean overdue(MeasureStatus status, LocalDate deadline, LocalDate today) {
        return deadline != null
                && deadline.isBefore(today)
                && status != MeasureStatus.DONE
                && status != MeasureStatus.ABANDONED;
    }

    /** The roll-up of no measure. */
    public static RollUp empty() {
        return EMPTY;
    }

    /** The roll-up of these measures; an id that occurs twice counts once (the first occurrence wins). */
    public static RollUp of(Collection<Item> measures) {
        Map<Long, Item> byId = new LinkedHashMap<>();
        measures.forEach(m -> byId.putIfAbsent(m.measureId(), m));
        return new RollUp(Collections.unmodifiableMap(byId));
    }

    /** The roll-up of the measures of several nodes (e.g. the objectives of a field), each measure counted once. */
    public static RollUp union(Collection<RollUp> parts) {
        Map<Long, Item> byId = new LinkedHashMap<>();
        parts.forEach(p -> p.items.values().forEach(m -> byId.putIfAbsent(m.measureId(), m)));
        return new RollUp(Collections.unmodifiableMap(byId));
    }

    /** This roll-up with the measures of {@code other} added (each counted once). */
    public RollUp plus(RollUp other) {
        return union(List.of(this, other));
    }

    /** The number of measures. */
    public int total() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The number of measures in this status. */
    public int count(MeasureStatus status) {
        return (int) items.values().stream().filter(m -> m.status() == status).count();
    }

    /** Measures per status in the order of {@link MeasureStatus}, only the statuses that occur. */
    public Map<MeasureStatus, Integer> counts() {
        Map<MeasureStatus, Integer> counts = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus s : MeasureStatus.values()) {
            int n = count(s);
            if (n > 0) {
                counts.put(s, n);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** The share of measures in this status in percent (0..100), for a stacked bar; 0 when there are none. */
    public double share(MeasureStatus status) {
        return items.isEmpty() ? 0 : 100.0 * count(status) / items.size();
    }

    /** The mean progress in whole percent of the measures that are not abandoned; {@code null} when there are none. */
    public Integer meanProgress() {
        List<Item> counted = items.values().stream()
                .filter(m -> m.status() != MeasureStatus.ABANDONED)
                .toList();
        if (counted.isEmpty()) {
            return null;
        }
        double sum = counted.stream().mapToInt(Item::progress).sum();
        return (int) Math.round(sum / counted.size());
    }

    /** The number of overdue measures. */
    public int overdue() {
        return (int) items.values().stream().filter(Item::overdue).count();
    }

    /** The number of measures that are done. */
    public int done() {
        return count(MeasureStatus.DONE);
    }

    @Override
    public String toString() {
        return "RollUp[total=" + total() + ", counts=" + counts() + ", meanProgress=" + meanProgress() + ", overdue="
                + overdue() + "]";
    }
}
