package de.lotse.directory.content;

import de.lotse.directory.content.BundledDirectoryModel.MeasureItem;
import de.lotse.planning.Measure;
import de.lotse.planning.MeasureFilter;
import de.lotse.planning.Measures;
import de.lotse.planning.Strategies;
import de.lotse.planning.Strategy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the planning measures the bundled services implement, by the key of their strategy and their title. A
 * strategy that is not in Lotse (the bundled planning content is switched off or not loaded) gives no measure; a
 * strategy that is there but lacks the named measure is an error of the bundled file. One instance per load.
 */
final class BundledDirectoryMeasures {

    private final Strategies strategies;
    private final Measures measures;
    private final Map<String, Optional<List<Measure>>> byStrategy = new HashMap<>();

    BundledDirectoryMeasures(Strategies strategies, Measures measures) {
        this.strategies = strategies;
        this.measures = measures;
    }

    /** The measure's id, or empty when its strategy is not in Lotse. */
    Optional<Long> find(MeasureItem item) {
        Optional<List<Measure>> ofStrategy = byStrategy.computeIfAbsent(
                item.strategy(),
                key -> strategies.find(key).map(Strategy::id).map(id -> measures.list(MeasureFilter.ofStrategy(id))));
        if (ofStrategy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ofStrategy.get().stream()
                .filter(m -> m.title().equals(item.measure()))
                .findFirst()
                .map(Measure::id)
                .orElseThrow(() -> new IllegalArgumentException(
                        "strategy '" + item.strategy() + "' has no measure titled '" + item.measure() + "'")));
    }
}
