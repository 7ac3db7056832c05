package de.lotse.indicator;

import de.lotse.account.Actors;
import de.lotse.account.AuditEntry;
import de.lotse.account.AuditTrail;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The value store, the indicator module's API for indicator values: write batches of values atomically, read the time
 * series of a territory, the cross-section of a period and the revision history of one cell. Nothing is silently
 * overwritten: a value that differs from the stored one moves the stored one into the revision history first, and a
 * value equal to the stored one writes nothing. Territories are referred to by id ({@code Territory.id()}).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorValues {

    private final IndicatorCatalog catalog;
    private final Territories territories;
    private final ValueRepository repository;
    private final AuditTrail audit;
    private final SuppressionDecisions decisions;

    IndicatorValues(
            IndicatorCatalog catalog,
            Territories territories,
            ValueRepository repository,
            AuditTrail audit,
            SuppressionDecisions decisions) {
        this.catalog = catalog;
        this.territories = territories;
        this.repository = repository;
        this.audit = audit;
        this.decisions = decisions;
    }

    /**
     * Writes a batch of values in one transaction: either all of them or, if any is invalid, none. Each value is stored
     * with the current version of its indicator.
     *
     * @throws InvalidValuesException listing every invalid value (unknown indicator or territory, a territorial level
     *     the indicator does not exist for, the same cell twice in the batch); nothing is written then
     */
    @Transactional
    public WriteReport write(List<NewValue> values) {
        Map<IndicatorKey, Indicator> indicators = checked(values);
        String actor = Actors.currentUsername();
        Map<IndicatorKey, int[]> counts = new LinkedHashMap<>();
        List<ValueRepository.Cell> cells = new ArrayList<>(values.size());
        for (NewValue value : values) {
            Indicator indicator = indicators.get(value.indicator());
            counts.computeIfAbsent(value.indicator(), k -> new int[3]);
            cells.add(new ValueRepository.Cell(indicator.id(), indicator.version(), value));
        }
        if (!cells.isEmpty()) {
            decisions.valuesChanged();
            Map<Long, ValueRepository.Counts> written = repository.write(cells, actor);
            counts.forEach((key, count) -> {
                ValueRepository.Counts c = written.get(indicators.get(key).id());
                count[0] = c.created();
                count[1] = c.changed();
                count[2] = c.unchanged();
            });
        }
        audit.recordAll(auditEntries(counts));
        return new WriteReport(
                counts.values().stream().mapToInt(c -> c[0]).sum(),
                counts.values().stream().mapToInt(c -> c[1]).sum(),
                counts.values().stream().mapToInt(c -> c[2]).sum());
    }

    /** All values of one indicator for one territory, oldest period first. */
    public List<StoredValue> timeSeries(IndicatorKey indicator, long territoryId) {
        return repository.timeSeries(catalog.get(indicator).id(), territoryId);
    }

    /**
     * The values of one indicator for one period across the given territories, in the order of the ids; territories
     * without a value for the period are left out.
     */
    public List<StoredValue> crossSection(IndicatorKey indicator, Period period, List<Long> territoryIds) {
        if (territoryIds.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredValue> byTerritory =
                repository.crossSection(catalog.get(indicator).id(), period, territoryIds).stream()
                        .collect(Collectors.toMap(StoredValue::territoryId, v -> v));
        return territoryIds.stream()
                .distinct()
                .map(byTerritory::get)
                .filter(Objects::nonNull)
                .toList();
    }

    /** The current value of one cell, if there is one. */
    public Optional<StoredValue> find(IndicatorKey indicator, long territoryId, Period period) {
        return repository.cell(catalog.get(indicator).id(), territoryId, period);
    }

    /** The former contents of one cell, most recently replaced first; empty if its value was never corrected. */
    public List<ValueRevision> revisions(IndicatorKey indicator, long territoryId, Period period) {
        return repository.revisions(catalog.get(indicator).id(), territoryId, period);
    }

    private Map<IndicatorKey, Indicator> checked(List<NewValue> values) {
        Map<IndicatorKey, Optional<Indicator>> indicators = new HashMap<>();
        // all territories of the batch with one query (a national batch names about 11,000)
        Map<Long, Territory> territoriesById = territories.findAllById(
                values.stream().map(NewValue::territoryId).collect(java.util.stream.Collectors.toSet()));
        Set<CellKey> cells = new HashSet<>(values.size() * 2);
        List<InvalidValuesException.Problem> problems = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            NewValue value = values.get(i);
            Optional<Indicator> indicator = indicators.computeIfAbsent(value.indicator(), catalog::find);
            Optional<Territory> territory = Optional.ofNullable(territoriesById.get(value.territoryId()));
            String problem = null;
            if (indicator.isEmpty()) {
                problem = "there is no indicator '" + value.indicator() + "'";
            } else if (territory.isEmpty()) {
                problem = "there is no territory with id " + value.territoryId();
            } else if (!indicator.get().definition().levels().isEmpty()
                    && !indicator
                            .get()
                            .definition()
                            .levels()
                            .contains(territory.get().level())) {
                problem = "indicator '" + value.indicator() + "' has no values for the level "
                        + territory.get().level() + " of " + territory.get().name();
            } else if (!cells.add(new CellKey(value.indicator(), value.territoryId(), value.period()))) {
                problem = "the batch has two values of '" + value.indicator() + "' for "
                        + territory.get().name() + " in " + value.period();
            }
            if (problem != null) {
                problems.add(new InvalidValuesException.Problem(i, value, problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidValuesException(problems);
        }
        Map<IndicatorKey, Indicator> found = new HashMap<>();
        indicators.forEach((key, indicator) -> found.put(key, indicator.orElseThrow()));
        return found;
    }

    /** One cell of a batch, to find a second value for it. */
    private record CellKey(IndicatorKey indicator, long territoryId, Period period) {}

    private static List<AuditEntry> auditEntries(Map<IndicatorKey, int[]> counts) {
        List<AuditEntry> entries = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count[0] + count[1] > 0) {
                entries.add(new AuditEntry(
                        "INDICATOR_VALUES_WRITTEN",
                        IndicatorCatalog.AUDIT_TYPE,
                        key.value(),
                        "Werte des Indikators „" + key + "“ geschrieben: " + count[0] + " neu, " + count[1]
                                + " geändert, " + count[2] + " unverändert",
                        Map.of("created", count[0], "changed", count[1], "unchanged", count[2])));
            }
        });
        return entries;
    }
}
