package de.lotse.indicator;

import de.lotse.indicator.KeyResolution.Outcome;
import de.lotse.indicator.StatisticsImportReport.Problem;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>Memory stays bounded whatever the size of the file: valid values are handed to the value store in chunks of
 * {@value #CHUNK} (all in the caller's transaction, so the import stays atomic), only the first {@value
 * #MAX_PROBLEMS} problems of each kind are kept (the rest are counted), duplicate rows are found with a compact table of
 * the cells seen ({@link CellLines}), and the look-up caches stop growing at {@value #MAX_CACHED} keys.
 */
final class ImportedRows {

    /** How many problems of each kind are kept with their lines. */
    static final int MAX_PROBLEMS = ReadProblems.MAX_KEPT;

    /** How many values are written at once. */
    static final int CHUNK = 5_000;

    /** Most keys (territory or indicator keys as written) whose look-up is cached. */
    static final int MAX_CACHED = 50_000;

    /** Writes one chunk of values in the caller's transaction. */
    @FunctionalInterface
    interface Sink {
        WriteReport write(List<NewValue> chunk);
    }

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
    private final Map<String, Integer> pairs = new HashMap<>();
    private final CellLines cells = new CellLines();
    private final Map<String, NotFound> notFound = new LinkedHashMap<>();
    private final Map<String, Integer> skippedWithWarning = new LinkedHashMap<>();
    private final List<NewValue> pending = new ArrayList<>();
    private final Set<IndicatorKey> written = new LinkedHashSet<>();
    private final Set<Period> writtenPeriods = new LinkedHashSet<>();
    private final List<Problem> errors = new ArrayList<>();
    private final Map<String, Integer> errorCounts = new LinkedHashMap<>();
    private final List<Problem> writeErrors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private Sink sink = chunk -> new WriteReport(0, 0, 0);
    private int created;
    private int changed;
    private int unchanged;
    private boolean writeFailed;
    private int valid;
    private int rejected;
    private int skipped;
    private int errorCount;

    /** A territory found for a key, or why none was (a problem code and whether the row is merely skipped). */
    record Resolved(Territory territory, String code, boolean skip, Outcome outcome) {}

    /** The rows of a GENESIS key that names no stored unit: the first lines, and how many there are. */
    private static final class NotFound {
        final List<Integer> lines = new ArrayList<>();
        int count;
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
                o -> cached(cache, o.territoryKey().strip(), key -> {
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
                o -> cached(cache, o.territoryKey().strip(), key -> {
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

    /** A look-up through a cache that stops growing at {@value #MAX_CACHED} keys (a file full of garbage keys). */
    private static <K, V> V cached(Map<K, V> cache, K key, Function<K, V> lookUp) {
        V found = cache.get(key);
        if (found == null) {
            found = lookUp.apply(key);
            if (cache.size() < MAX_CACHED) {
                cache.put(key, found);
            }
        }
        return found;
    }

    /** Where the valid values go, chunk by chunk; without a sink they are only counted. */
    ImportedRows writingTo(Sink sink) {
        this.sink = sink;
        return this;
    }

    /** Checks one observation whose indicator is known (from the file or the mapping). */
    void add(Observation o, IndicatorKey key) {
        Optional<Indicator> indicator = cached(indicators, key, catalog::find);
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
                NotFound nf = notFound.size() < MAX_CACHED
                        ? notFound.computeIfAbsent(o.territoryKey().strip(), k -> new NotFound())
                        : notFound.get(o.territoryKey().strip());
                if (nf == null) {
                    reject(o.line(), "territory", resolved.code(), o.territoryKey());
                    return;
                }
                nf.count++;
                if (nf.lines.size() < MAX_PROBLEMS) {
                    nf.lines.add(o.line());
                }
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
        int pair = pairs.computeIfAbsent(key + "|" + period, k -> pairs.size() + 1);
        int first = cells.putIfAbsent(pair, territory.id(), o.line());
        if (first != 0) {
            reject(o.line(), null, "row.duplicate", key, o.territoryKey(), period, first);
            return;
        }
        valid++;
        pending.add(value);
        written.add(key);
        if (writtenPeriods.size() < MAX_CACHED) {
            writtenPeriods.add(period);
        }
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    /**
     * Writes the values checked so far. After the first chunk the value store refuses, nothing more is written (the
     * caller rolls back) and the refused values are reported.
     */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        if (!writeFailed) {
            try {
                WriteReport w = sink.write(List.copyOf(pending));
                created += w.created();
                changed += w.changed();
                unchanged += w.unchanged();
            } catch (InvalidValuesException e) {
                writeFailed = true;
                e.problems().stream()
                        .limit(MAX_PROBLEMS)
                        .forEach(p -> writeErrors.add(Problem.of(
                                file,
                                p.value().provenance().sourceLine() == null
                                        ? 0
                                        : p.value().provenance().sourceLine(),
                                null,
                                "value.rejected",
                                p.message())));
                errorCounts.merge("value.rejected", e.problems().size(), Integer::sum);
            }
        }
        pending.clear();
    }

    /** Settles the keys that named no stored unit, once the whole file is read. */
    void finish() {
        flush();
        notFound.forEach((key, nf) -> {
            if (nf.allNothing) {
                skipped += nf.count;
                warn(nf.lines.getFirst(), "territory", "territory.dissolved", key, nf.count);
            } else {
                nf.lines.forEach(line -> reject(line, "territory", "territory.unknown", key));
                for (int i = nf.lines.size(); i < nf.count; i++) {
                    rejected++;
                    count("territory.unknown");
                }
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
        if (count(problem.code()) <= MAX_PROBLEMS) {
            errors.add(problem);
        }
    }

    private int count(String code) {
        errorCount++;
        return errorCounts.merge(code, 1, Integer::sum);
    }

    private void warn(int line, String field, String code, Object... args) {
        if (warnings.size() < MAX_PROBLEMS * 10) {
            warnings.add(Problem.of(file, line, field, code, args));
        }
    }

    /** The valid values (all handed to the sink once {@link #finish()} was called). */
    int valid() {
        return valid;
    }

    /** The indicators that got values from this file. */
    Set<IndicatorKey> indicatorsWritten() {
        return Collections.unmodifiableSet(written);
    }

    /** The periods that got values from this file (at most {@value #MAX_CACHED}). */
    Set<Period> periodsWritten() {
        return Collections.unmodifiableSet(writtenPeriods);
    }

    /** What the sink reported: cells created, changed, unchanged. */
    WriteReport writeReport() {
        return new WriteReport(created, changed, unchanged);
    }

    /** Whether the value store refused a chunk (then nothing may be committed). */
    boolean writeFailed() {
        return writeFailed;
    }

    /** The values the value store refused, with their lines. */
    List<Problem> writeErrors() {
        return writeErrors;
    }

    /** The first {@value #MAX_PROBLEMS} errors of each kind. */
    List<Problem> errors() {
        return errors;
    }

    /** How many errors of each kind there were, including those not kept and the refused values. */
    Map<String, Integer> errorCounts() {
        return Collections.unmodifiableMap(errorCounts);
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
