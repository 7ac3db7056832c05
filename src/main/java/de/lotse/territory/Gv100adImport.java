package de.lotse.territory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies one parsed GV100AD edition to the stored hierarchy: creates new units, updates names, types, seats, areas
 * and parents, closes units that disappeared (valid_to, nothing deleted) and adds the population figures. An edition
 * older than the newest one imported only adds population figures.
 */
final class Gv100adImport {

    private static final int MAX_LISTED_CREATIONS = 300;
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<TerritoryLevel> ORDER = List.of(
            TerritoryLevel.STATE, TerritoryLevel.COUNTY, TerritoryLevel.ASSOCIATION, TerritoryLevel.MUNICIPALITY);

    private static final int ALL_STATES = 16;

    private final TerritoryWriter writer;
    private final String fileName;
    private final Gv100adParser.Result parsed;
    private final LocalDate populationDate;
    private final String populationBasis;
    private final boolean dryRun;

    private final Map<String, TerritoryWriter.Row> existing;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, String> paths = new HashMap<>();
    private final List<TerritoryImportReport.Change> changes = new ArrayList<>();
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private int created;
    private int changed;
    private int unchanged;

    Gv100adImport(
            TerritoryWriter writer,
            String fileName,
            Gv100adParser.Result parsed,
            LocalDate populationDate,
            String populationBasis,
            boolean dryRun) {
        this.writer = writer;
        this.fileName = fileName;
        this.parsed = parsed;
        this.populationDate = populationDate != null ? populationDate : populationDateOf(parsed.edition());
        this.populationBasis = populationBasis;
        this.dryRun = dryRun;
        this.existing = writer.loadOfficialUnits();
    }

    /**
     * The reference date of the population in a GV100AD edition: the annual edition (Gebietsstand 31.12.) carries the
     * population of that day; an edition during the year carries that of 31.12. of the previous year.
     */
    static LocalDate populationDateOf(LocalDate edition) {
        if (edition.getMonthValue() == 12 && edition.getDayOfMonth() == 31) {
            return edition;
        }
        return LocalDate.of(edition.getYear() - 1, 12, 31);
    }

    /** Thrown when the file is consistent in itself but cannot be applied; carries the errors. */
    static final class Rejected extends RuntimeException {
        final transient List<ImportProblem> problems;

        Rejected(List<ImportProblem> problems) {
            super(problems.size() + " problems");
            this.problems = problems;
        }
    }

    TerritoryImportReport apply() {
        LocalDate edition = parsed.edition();
        LocalDate latest = writer.latestEdition();
        boolean older = latest != null && edition.isBefore(latest);
        boolean firstLoad = existing.isEmpty();
        Map<String, Gv100adRecord> byKey = new HashMap<>();
        for (Gv100adRecord r : parsed.records()) {
            byKey.put(r.level() + ":" + r.nativeKey(), r);
        }
        Map<String, BigDecimal> areas = aggregateAreas(parsed.records());
        existing.values().forEach(row -> {
            ids.put(row.level() + ":" + row.key(), row.id());
            paths.put(row.level() + ":" + row.key(), row.path());
        });

        Set<String> countiesInFile = new TreeSet<>();
        Set<String> statesInFile = new HashSet<>();
        for (Gv100adRecord r : parsed.records()) {
            if (r.level() == TerritoryLevel.COUNTY) {
                countiesInFile.add(r.nativeKey());
            }
            if (r.level() == TerritoryLevel.STATE) {
                statesInFile.add(r.nativeKey());
            }
        }
        // A complete register lists every Land: all 16, or at least all Länder already stored
        boolean storedStatesListed = existing.values().stream()
                .filter(r -> r.level() == TerritoryLevel.STATE && r.validTo() == null)
                .allMatch(r -> statesInFile.contains(r.key()));
        boolean complete = storedStatesListed && statesInFile.size() >= ALL_STATES;
        List<TerritoryWriter.NewUnit> inserts = new ArrayList<>();
        List<TerritoryWriter.UnitUpdate> updates = new ArrayList<>();
        for (TerritoryLevel level : ORDER) {
            List<Gv100adRecord> ofLevel =
                    parsed.records().stream().filter(r -> r.level() == level).toList();
            List<Long> newIds = older ? List.of() : writer.allocateIds(countNew(ofLevel));
            Iterator<Long> nextId = newIds.iterator();
            List<TerritoryWriter.NewUnit> levelInserts = new ArrayList<>();
            for (Gv100adRecord record : ofLevel) {
                if (older) {
                    // an older edition neither creates nor changes units: it only contributes population figures
                    // for the units that still exist (their ids are known), whatever their parents were then
                    if (!existing.containsKey(record.level() + ":" + record.nativeKey())) {
                        warnings.add(ImportProblem.of(
                                fileName,
                                record.line(),
                                null,
                                "unit.notInCurrentRegister",
                                record.name(),
                                record.nativeKey()));
                    }
                    continue;
                }
                String parentRef = parentRef(record);
                // gemeindefreie Gebiete outside any Kreis (e.g. coastal waters 13000 9999) hang directly below the
                // Land; Berlin (11000) and Hamburg (02000) do have a Kreis record and keep it as parent
                if (level == TerritoryLevel.ASSOCIATION
                        && record.ars().county().endsWith("000")
                        && !ids.containsKey(parentRef)) {
                    parentRef = "STATE:" + record.ars().state();
                }
                Long parentId = parentRef == null ? null : ids.get(parentRef);
                if (parentRef != null && parentId == null) {
                    String[] parent = parentRef.split(":");
                    errors.add(ImportProblem.of(
                            fileName,
                            record.line(),
                            "Amtlicher Regionalschlüssel",
                            "parent.missing",
                            TerritoryLevel.valueOf(parent[0]),
                            parent[1],
                            record.name(),
                            record.nativeKey()));
                    continue;
                }
                String ref = record.level() + ":" + record.nativeKey();
                String path = parentRef == null ? record.nativeKey() : paths.get(parentRef) + "/" + record.nativeKey();
                BigDecimal area = record.areaHa() != null
                        ? toKm2(record.areaHa())
                        : aggregateComplete(ref, countiesInFile, complete) ? areas.get(ref) : null;
                TerritoryWriter.Row row = existing.get(ref);
                if (row == null) {
                    long id = nextId.next();
                    ids.put(ref, id);
                    paths.put(ref, path);
                    levelInserts.add(new TerritoryWriter.NewUnit(
                            id,
                            record.ars(),
                            record.ags(),
                            record.name(),
                            level,
                            record.typeCode(),
                            record.seat(),
                            parentId,
                            path,
                            area,
                            firstLoad ? null : edition));
                    created++;
                    if (created <= MAX_LISTED_CREATIONS) {
                        changes.add(
                                new TerritoryImportReport.Change("CREATED", level, record.nativeKey(), record.name()));
                    }
                } else {
                    compare(row, record, parentId, path, area, updates);
                    paths.put(ref, path);
                }
            }
            if (!errors.isEmpty()) {
                throw new Rejected(errors);
            }
            writer.insert(levelInserts);
            inserts.addAll(levelInserts);
        }
        writer.update(updates);

        if (!older && edition.equals(latest)) {
            rejectMissingUnitsOfTheSameEdition(byKey, countiesInFile, complete);
        }
        int closed = older ? 0 : closeVanished(byKey, countiesInFile, complete, edition);
        PopulationResult population = writePopulation(countiesInFile, complete);

        TerritoryImportReport.Scope scope = new TerritoryImportReport.Scope(
                complete ? "COMPLETE" : "EXTRACT",
                statesInFile.size(),
                complete ? List.of() : List.copyOf(countiesInFile),
                null,
                older ? latest : null);
        return new TerritoryImportReport(
                fileName,
                "GV100AD",
                edition,
                populationDate,
                dryRun,
                !dryRun,
                parsed.records().size(),
                created,
                changed,
                closed,
                unchanged,
                population.added(),
                population.changed(),
                0,
                scope,
                List.copyOf(changes),
                List.of(),
                List.of(),
                List.copyOf(warnings));
    }

    private int countNew(List<Gv100adRecord> records) {
        int count = 0;
        for (Gv100adRecord r : records) {
            if (!existing.containsKey(r.level() + ":" + r.nativeKey())) {
                count++;
            }
        }
        return count;
    }

    private void compare(
            TerritoryWriter.Row row,
            Gv100adRecord record,
            Long parentId,
            String path,
            BigDecimal area,
            List<TerritoryWriter.UnitUpdate> updates) {
        List<TerritoryImportReport.FieldChange> diffs = new ArrayList<>();
        diff(diffs, "name", row.name(), record.name());
        diff(diffs, "type", row.typeCode(), record.typeCode());
        diff(diffs, "seat", row.seat(), record.seat());
        if (area != null && (row.areaKm2() == null || row.areaKm2().compareTo(area) != 0)) {
            diff(diffs, "areaKm2", row.areaKm2() == null ? null : row.areaKm2().toPlainString(), area.toPlainString());
        }
        if (!Objects.equals(row.parentId(), parentId)) {
            diff(diffs, "path", row.path(), path);
        }
        boolean reopened = row.validTo() != null;
        if (reopened) {
            diff(diffs, "validTo", row.validTo().toString(), null);
        }
        if (diffs.isEmpty() && !reopened) {
            unchanged++;
            return;
        }
        changed++;
        updates.add(new TerritoryWriter.UnitUpdate(
                row.id(),
                record.name(),
                record.typeCode(),
                record.seat(),
                area != null ? area : row.areaKm2(),
                parentId,
                path,
                null));
        changes.add(new TerritoryImportReport.Change(
                reopened ? "REOPENED" : "CHANGED", row.level(), row.key(), record.name(), List.copyOf(diffs)));
    }

    private static void diff(List<TerritoryImportReport.FieldChange> diffs, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            diffs.add(new TerritoryImportReport.FieldChange(field, before, after));
        }
    }

    /**
     * A unit cannot vanish without a new Gebietsstand: a file of the edition already imported that lacks units of the
     * Kreise it covers is incomplete, and importing it would wrongly close them.
     */
    private void rejectMissingUnitsOfTheSameEdition(
            Map<String, Gv100adRecord> inFile, Set<String> countiesInFile, boolean complete) {
        for (TerritoryWriter.Row row : existing.values()) {
            if (row.validTo() != null || inFile.containsKey(row.level() + ":" + row.key())) {
                continue;
            }
            boolean inScope = complete
                    || (row.level().compareTo(TerritoryLevel.ASSOCIATION) >= 0
                            && countiesInFile.contains(row.key().substring(0, 5)));
            if (inScope) {
                errors.add(ImportProblem.of(
                        fileName,
                        0,
                        null,
                        "unit.missingInSameEdition",
                        row.level(),
                        row.key(),
                        row.name(),
                        parsed.edition()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
    }

    private int closeVanished(
            Map<String, Gv100adRecord> inFile, Set<String> countiesInFile, boolean complete, LocalDate edition) {
        List<Long> toClose = new ArrayList<>();
        for (TerritoryWriter.Row row : existing.values()) {
            if (row.validTo() != null || inFile.containsKey(row.level() + ":" + row.key())) {
                continue;
            }
            boolean inScope =
                    switch (row.level()) {
                        case STATE, COUNTY -> complete;
                        case ASSOCIATION, MUNICIPALITY ->
                            complete || countiesInFile.contains(row.key().substring(0, 5));
                        default -> false;
                    };
            if (inScope) {
                toClose.add(row.id());
                changes.add(new TerritoryImportReport.Change(
                        "CLOSED",
                        row.level(),
                        row.key(),
                        row.name(),
                        List.of(new TerritoryImportReport.FieldChange("validTo", null, edition.toString()))));
            }
        }
        writer.close(toClose, edition);
        return toClose.size();
    }

    private record PopulationResult(int added, int changed) {}

    private PopulationResult writePopulation(Set<String> countiesInFile, boolean complete) {
        Map<String, long[]> sums = new HashMap<>();
        for (Gv100adRecord r : parsed.records()) {
            if (r.level() != TerritoryLevel.MUNICIPALITY) {
                continue;
            }
            add(sums, "MUNICIPALITY:" + r.nativeKey(), r);
            add(sums, "ASSOCIATION:" + r.ars().association(), r);
            add(sums, "COUNTY:" + r.ars().county(), r);
            add(sums, "STATE:" + r.ars().state(), r);
        }
        Map<Long, Long> stored = writer.populationOn(populationDate);
        String source = "Destatis, Gemeindeverzeichnis GV100AD, Gebietsstand " + GERMAN.format(parsed.edition());
        String sumSource = source + " (Summe der Gemeinden)";
        List<TerritoryWriter.PopulationRow> rows = new ArrayList<>();
        int added = 0;
        int corrected = 0;
        for (Map.Entry<String, long[]> entry : sums.entrySet()) {
            String ref = entry.getKey();
            if (!aggregateComplete(ref, countiesInFile, complete)) {
                continue;
            }
            Long id = ids.get(ref);
            if (id == null) {
                continue;
            }
            long value = entry.getValue()[0];
            Long before = stored.get(id);
            if (before == null) {
                added++;
            } else if (before != value) {
                corrected++;
                String[] parts = ref.split(":");
                changes.add(new TerritoryImportReport.Change(
                        "POPULATION_CHANGED",
                        TerritoryLevel.valueOf(parts[0]),
                        parts[1],
                        nameOf(ref),
                        List.of(
                                new TerritoryImportReport.FieldChange("referenceDate", null, populationDate.toString()),
                                new TerritoryImportReport.FieldChange(
                                        "population", before.toString(), Long.toString(value)))));
            } else {
                continue;
            }
            rows.add(new TerritoryWriter.PopulationRow(
                    id,
                    populationDate,
                    value,
                    entry.getValue()[1],
                    ref.startsWith("MUNICIPALITY:") ? source : sumSource,
                    populationBasis));
        }
        writer.upsertPopulation(rows);
        return new PopulationResult(added, corrected);
    }

    /** A sum above Gemeinde level is only complete if the file lists the whole Kreis, or (for a Land) all Kreise. */
    private boolean aggregateComplete(String ref, Set<String> countiesInFile, boolean complete) {
        if (ref.startsWith("MUNICIPALITY:") || complete) {
            return true;
        }
        String key = ref.substring(ref.indexOf(':') + 1);
        if (ref.startsWith("STATE:")) {
            List<String> storedCounties = existing.values().stream()
                    .filter(r -> r.level() == TerritoryLevel.COUNTY
                            && r.validTo() == null
                            && r.key().startsWith(key))
                    .map(TerritoryWriter.Row::key)
                    .toList();
            return !storedCounties.isEmpty() && countiesInFile.containsAll(storedCounties);
        }
        return countiesInFile.contains(key.substring(0, 5));
    }

    private String nameOf(String ref) {
        TerritoryWriter.Row row = existing.get(ref);
        return row != null ? row.name() : ref;
    }

    private static void add(Map<String, long[]> sums, String ref, Gv100adRecord r) {
        long[] sum = sums.computeIfAbsent(ref, k -> new long[2]);
        sum[0] += r.population();
        sum[1] += r.male();
    }

    private static Map<String, BigDecimal> aggregateAreas(List<Gv100adRecord> records) {
        Map<String, Long> hectares = new HashMap<>();
        for (Gv100adRecord r : records) {
            if (r.level() == TerritoryLevel.MUNICIPALITY) {
                hectares.merge("ASSOCIATION:" + r.ars().association(), r.areaHa(), Long::sum);
                hectares.merge("COUNTY:" + r.ars().county(), r.areaHa(), Long::sum);
                hectares.merge("STATE:" + r.ars().state(), r.areaHa(), Long::sum);
            }
        }
        Map<String, BigDecimal> km2 = new HashMap<>();
        hectares.forEach((k, v) -> km2.put(k, toKm2(v)));
        return km2;
    }

    private static BigDecimal toKm2(long hectares) {
        return BigDecimal.valueOf(hectares).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private static String parentRef(Gv100adRecord r) {
        return switch (r.level()) {
            case STATE -> null;
            case COUNTY -> "STATE:" + r.ars().state();
            case ASSOCIATION -> "COUNTY:" + r.ars().county();
            default -> "ASSOCIATION:" + r.ars().association();
        };
    }
}
