package de.lotse.indicator;

import de.lotse.indicator.KeyResolution.Outcome;
import de.lotse.indicator.StatisticsImportReport.Problem;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the observations of one file into values for the value store, row by row, and collects what is wrong with
 * them, each with its line: unknown territory, indicator or period, a second row for the same cell. Territory keys
 * and indicators are looked up once per distinct key. A GENESIS key that names no stored unit is an error, unless all
 * its values are {@code -}: a territory dissolved before the register's edition, whose empty row the statistical
 * offices keep (e.g. Ilsede and Lahstedt, merged on 01.01.2015, in the tables of 31.12.2015); that is only a warning.
 * Germany, Regierungsbezirke, Berlin's Bezirke and levels an indicator does not exist for are skipped with one warning
 * each.
 */
final class ImportedRows {

    private static final int MAX_PROBLEMS = ReadProblems.MAX_KEPT;

    /**
     * The Bezirke of Berlin ({@code 11001}–{@code 11012}, in Kreis tables also {@code 11004004}), which the Kreis
     * tables list beside Berlin and Lotse does not have (Berlin is one Kreis and Gemeinde there).
     */
    private static final Pattern BERLIN_DISTRICT = Pattern.compile("110(0[1-9]|1[0-2])(\\d{3})?");

    private final String file;
    private final IndicatorCatalog catalog;
    private final Function<Observation, Resolved> territoryOf;
    private final boolean genesis;
    private final Map<IndicatorKey, Optional<Indicator>> indicators = new HashMap<>();
    private final Map<String, Integer> cells = new HashMap<>();
    private final Map<String, NotFound> notFound = new LinkedHashMap<>();
    private final Map<String, Integer> skippedWithWarning = new LinkedHashMap<>();
    private final List<NewValue> values = new ArrayList<>();
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private int rejected;
    private int skipped;
    private int errorCount;

    /** A territory found for a key, or why none was (a problem code and whether the row is merely skipped). */
    record Resolved(Territory territory, String code, boolean skip, Outcome outcome) {}

    private static final class NotFound {
        final List<Integer> lines = new ArrayList<>();
        boolean allNothing = true;
    }

    private ImportedRows(
            String file, IndicatorCatalog catalog, boolean genesis, Function<Observation, Resolved> territoryOf) {
        this.file = file;
        this.genesis = genesis;
        this.catalog = catalog;
        this.territoryOf = territoryOf;
    }

    /** For the long format: AGS, ARS or Lotse's short keys ({@link Territories#find(String)}). */
    static ImportedRows forLongFormat(String file, IndicatorCatalog catalog, Territories territories) {
        Map<String, Resolved> cache = new HashMap<>();
        return new ImportedRows(
                file,
                catalog,
                false,
                o -> cache.computeIfAbsent(o.territoryKey().strip(), key -> {
                    try {
                        return territories
                                .find(key)
                                .map(t -> new Resolved(t, null, false, Outcome.TERRITORY))
                                .orElseGet(() -> new Resolved(null, "territory.unknown", false, Outcome.NOT_FOUND));
                    } catch (IllegalArgumentException e) {
                        return new Resolved(null, "territory.unknown", false, Outcome.INVALID_KEY);
                    }
                }));
    }

    /** For GENESIS files: region keys through the {@link GenesisKeyResolver}. */
    static ImportedRows forGenesis(
            String file, IndicatorCatalog catalog, GenesisKeyResolver resolver, StatisticsReader reader) {
        Map<String, Resolved> cache = new HashMap<>();
        return new ImportedRows(
                file,
                catalog,
                true,
                o -> cache.computeIfAbsent(o.territoryKey().strip(), key -> {
                    KeyResolution r = resolver.resolve(key, reader.depth());
                    return switch (r.outcome()) {
                        case TERRITORY -> new Resolved(r.territory(), null, false, r.outcome());
                        case GERMANY, REGIONAL_DISTRICT ->
                            new Resolved(null, "territory.notInLotse", true, r.outcome());
                        case AMBIGUOUS -> new Resolved(null, "territory.ambiguous", false, r.outcome());
                        case NOT_FOUND ->
                            BERLIN_DISTRICT.matcher(key).matches()
                                    ? new Resolved(null, "territory.berlinDistrict", true, r.outcome())
                                    : new Resolved(null, "territory.unknown", false, r.outcome());
                        case INVALID_KEY -> new Resolved(null, "territory.unknown", false, r.outcome());
                    };
                }));
    }

    /** Checks one observation whose indicator is known (from the file or the mapping). */
    void add(Observation o, IndicatorKey key) {
        Optional<Indicator> indicator = indicators.computeIfAbsent(key, catalog::find);
        if (indicator.isEmpty()) {
            reject(o.line(), "indicator", "indicator.unknown", key);
            return;
        }
        Period period;
        try {
            period = Period.parse(o.period());
        } catch (IllegalArgumentException e) {
            reject(o.line(), "period", "period.invalid", o.period());
            return;
        }
        Resolved resolved = territoryOf.apply(o);
        if (resolved.territory() == null) {
            if (resolved.skip()) {
                skipWithWarning(
                        o.line(), resolved.code(), o.territoryKey() + "|" + resolved.outcome(), o.territoryKey());
            } else if (resolved.outcome() == Outcome.NOT_FOUND && genesis) {
                NotFound nf = notFound.computeIfAbsent(o.territoryKey().strip(), k -> new NotFound());
                nf.lines.add(o.line());
                nf.allNothing &= o.value() == null && o.symbol() == StatisticsSymbol.NOTHING;
            } else {
                reject(o.line(), "territory", resolved.code(), o.territoryKey());
            }
            return;
        }
        Territory territory = resolved.territory();
        var levels = indicator.get().definition().levels();
        if (!levels.isEmpty() && !levels.contains(territory.level())) {
            skipWithWarning(o.line(), "level.notCovered", key + "|" + territory.level(), key, territory.level());
            return;
        }
        NewValue value;
        try {
            value = new NewValue(
                            key,
                            territory.id(),
                            period,
                            o.value(),
                            o.symbol() == null ? null : StatusSymbol.of(o.symbol()),
                            o.quality() == null
                                    ? null
                                    : QualityFlag.of(o.quality()).orElse(null),
                            null)
                    .from(Provenance.fileLine(file, o.line()));
        } catch (IllegalArgumentException e) {
            reject(o.line(), "value", "value.inconsistent", o.value(), o.symbol());
            return;
        }
        Integer first = cells.putIfAbsent(key + "|" + territory.id() + "|" + period, o.line());
        if (first != null) {
            reject(o.line(), null, "row.duplicate", key, o.territoryKey(), period, first);
            return;
        }
        values.add(value);
    }

    /** Settles the keys that named no stored unit, once the whole file is read. */
    void finish() {
        notFound.forEach((key, nf) -> {
            if (nf.allNothing) {
                skipped += nf.lines.size();
                warn(nf.lines.getFirst(), "territory", "territory.dissolved", key, nf.lines.size());
            } else {
                nf.lines.forEach(line -> reject(line, "territory", "territory.unknown", key));
            }
        });
        notFound.clear();
    }

    void skip() {
        skipped++;
    }

    private void skipWithWarning(int line, String code, String group, Object... args) {
        skipped++;
        if (skippedWithWarning.merge(group, 1, Integer::sum) == 1) {
            warn(line, null, code, args);
        }
    }

    void reject(int line, String field, String code, Object... args) {
        rejected++;
        error(Problem.of(file, line, field, code, args));
    }

    void error(Problem problem) {
        errorCount++;
        if (errors.size() < MAX_PROBLEMS) {
            errors.add(problem);
        }
    }

    private void warn(int line, String field, String code, Object... args) {
        if (warnings.size() < MAX_PROBLEMS) {
            warnings.add(Problem.of(file, line, field, code, args));
        }
    }

    List<NewValue> values() {
        return values;
    }

    List<Problem> errors() {
        return errors;
    }

    List<Problem> warnings() {
        return warnings;
    }

    int rejected() {
        return rejected;
    }

    int skipped() {
        return skipped;
    }

    int errorCount() {
        return errorCount;
    }
}
