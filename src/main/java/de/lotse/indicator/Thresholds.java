package de.lotse.indicator;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryKey;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early-warning thresholds: per indicator any number of rules (see {@link ThresholdRule}), each optionally limited to
 * a territory subtree and a level, with a severity and a note. Changes use optimistic locking (the caller names the
 * version it has seen) and every change is recorded in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class Thresholds {

    static final String AUDIT_TYPE = "indicator-threshold";

    private final ThresholdRepository repository;
    private final IndicatorCatalog catalog;
    private final Territories territories;
    private final AuditTrail audit;

    Thresholds(ThresholdRepository repository, IndicatorCatalog catalog, Territories territories, AuditTrail audit) {
        this.repository = repository;
        this.catalog = catalog;
        this.territories = territories;
        this.audit = audit;
    }

    /**
     * The thresholds of one indicator, oldest first.
     *
     * @throws UnknownIndicatorException if there is no such indicator
     */
    public List<Threshold> list(IndicatorKey indicator) {
        catalog.get(indicator);
        return resolve(repository.list(indicator));
    }

    /** All thresholds of all indicators, by indicator key and age. */
    public List<Threshold> all() {
        return resolve(repository.all());
    }

    /**
     * One threshold.
     *
     * @throws UnknownThresholdException if the indicator has no threshold with this id
     */
    public Threshold get(IndicatorKey indicator, long id) {
        return resolve(List.of(
                        repository.find(indicator, id).orElseThrow(() -> new UnknownThresholdException(indicator, id))))
                .getFirst();
    }

    /**
     * Adds a threshold in version 1.
     *
     * @throws UnknownIndicatorException if there is no such indicator
     * @throws InvalidThresholdException naming every invalid field
     */
    @Transactional
    public Threshold create(IndicatorKey key, ThresholdDraft draft) {
        Indicator indicator = catalog.get(key);
        ThresholdRepository.Values values = validate(indicator, draft);
        long id = repository.insert(indicator.id(), values, Actors.currentUsername());
        Threshold created = get(key, id);
        audit.record(
                "THRESHOLD_CREATED",
                AUDIT_TYPE,
                auditKey(created),
                "Schwellenwert " + id + " für Indikator „"
                        + indicator.definition().name().de() + "“ angelegt: " + describe(created),
                details(created));
        return created;
    }

    /**
     * Changes a threshold.
     *
     * @param expectedVersion the version the change is based on
     * @throws UnknownThresholdException if the indicator has no threshold with this id
     * @throws StaleThresholdException if the threshold was changed after that version
     * @throws InvalidThresholdException naming every invalid field
     */
    @Transactional
    public Threshold update(IndicatorKey key, long id, long expectedVersion, ThresholdDraft draft) {
        Indicator indicator = catalog.get(key);
        long version = repository.lockVersion(key, id).orElseThrow(() -> new UnknownThresholdException(key, id));
        if (version != expectedVersion) {
            throw new StaleThresholdException(id, expectedVersion, version);
        }
        ThresholdRepository.Values values = validate(indicator, draft);
        Threshold before = get(key, id);
        repository.update(id, values, Actors.currentUsername());
        Threshold after = get(key, id);
        Map<String, Object> details = details(after);
        details.put("before", describe(before));
        audit.record(
                "THRESHOLD_UPDATED",
                AUDIT_TYPE,
                auditKey(after),
                "Schwellenwert " + id + " für Indikator „"
                        + indicator.definition().name().de() + "“ geändert: " + describe(after),
                details);
        return after;
    }

    /**
     * Deletes a threshold.
     *
     * @param expectedVersion the version the deletion is based on, or {@code null} to delete whatever version
     * @throws UnknownThresholdException if the indicator has no threshold with this id
     * @throws StaleThresholdException if an expected version is given and the threshold was changed after it
     */
    @Transactional
    public void delete(IndicatorKey key, long id, Long expectedVersion) {
        Indicator indicator = catalog.get(key);
        long version = repository.lockVersion(key, id).orElseThrow(() -> new UnknownThresholdException(key, id));
        if (expectedVersion != null && version != expectedVersion) {
            throw new StaleThresholdException(id, expectedVersion, version);
        }
        Threshold deleted = get(key, id);
        repository.delete(id);
        audit.record(
                "THRESHOLD_DELETED",
                AUDIT_TYPE,
                auditKey(deleted),
                "Schwellenwert " + id + " für Indikator „"
                        + indicator.definition().name().de() + "“ gelöscht: " + describe(deleted),
                details(deleted));
    }

    /** A short German description of a threshold for the audit trail, e.g. "über 12,5 (Warnung)". */
    static String describe(Threshold t) {
        ThresholdRule r = t.rule();
        String limit = r.limit().stripTrailingZeros().toPlainString().replace('.', ',');
        String side =
                switch (r.direction()) {
                    case ABOVE -> "über";
                    case BELOW -> "unter";
                    case WORSE -> "schlechter als";
                };
        String rule = r.kind() == ThresholdRule.Kind.ABSOLUTE
                ? side + " " + limit
                : "mehr als " + limit + " Standardabweichungen " + side + " dem Mittel der Vergleichsregion";
        StringBuilder s = new StringBuilder(rule);
        if (t.scopeTerritory() != null) {
            s.append(", nur ").append(t.scopeTerritory().name());
        }
        if (t.scopeLevel() != null) {
            s.append(", nur Ebene ").append(t.scopeLevel().name());
        }
        s.append(" (")
                .append(t.severity() == Threshold.Severity.WARNING ? "Warnung" : "Hinweis")
                .append(')');
        return s.toString();
    }

    private static String auditKey(Threshold t) {
        return t.indicator().value() + "/" + t.id();
    }

    private static Map<String, Object> details(Threshold t) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("indicator", t.indicator().value());
        details.put("version", t.version());
        details.put("kind", t.rule().kind().name());
        details.put("direction", t.rule().direction().name());
        details.put("limit", t.rule().limit().toPlainString());
        details.put(
                "scopeTerritory",
                t.scopeTerritory() == null ? null : t.scopeTerritory().key());
        details.put("scopeLevel", t.scopeLevel() == null ? null : t.scopeLevel().name());
        details.put("severity", t.severity().name());
        details.put("note", t.note());
        return details;
    }

    private ThresholdRepository.Values validate(Indicator indicator, ThresholdDraft draft) {
        List<InvalidThresholdException.FieldError> errors = new ArrayList<>();
        ThresholdRule.Kind kind = enumValue(ThresholdRule.Kind.class, "kind", draft.kind(), errors);
        ThresholdRule.Direction direction =
                enumValue(ThresholdRule.Direction.class, "direction", draft.direction(), errors);
        Threshold.Severity severity = enumValue(Threshold.Severity.class, "severity", draft.severity(), errors);
        Polarity polarity = indicator.definition().polarity();
        if (direction == ThresholdRule.Direction.WORSE && polarity == Polarity.NEUTRAL) {
            errors.add(new InvalidThresholdException.FieldError(
                    "direction",
                    "warning.error.direction.neutral",
                    "'WORSE' needs an indicator with a polarity; " + indicator.key()
                            + " is neutral: use ABOVE or BELOW"));
        }
        BigDecimal limit = null;
        if (blank(draft.limit())) {
            errors.add(new InvalidThresholdException.FieldError(
                    "limit", "warning.error.limit.required", "a limit is required (the value, or k for DEVIATION)"));
        } else {
            try {
                limit = new BigDecimal(draft.limit().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.add(new InvalidThresholdException.FieldError(
                        "limit", "warning.error.limit.number", "'" + draft.limit() + "' is not a number"));
            }
            if (limit != null && kind == ThresholdRule.Kind.DEVIATION && limit.signum() <= 0) {
                errors.add(new InvalidThresholdException.FieldError(
                        "limit",
                        "warning.error.limit.positive",
                        "k (number of standard deviations) must be greater than 0, not " + draft.limit()));
            }
        }
        TerritoryLevel level = enumValue(TerritoryLevel.class, "scopeLevel", draft.scopeLevel(), errors, false);
        Set<TerritoryLevel> levels = indicator.definition().levels();
        if (level != null && !levels.isEmpty() && !levels.contains(level)) {
            errors.add(new InvalidThresholdException.FieldError(
                    "scopeLevel",
                    "warning.error.scopeLevel.indicator",
                    "indicator " + indicator.key() + " has no values for the level " + level + "; it exists for "
                            + levels));
        }
        Territory scope = null;
        if (!blank(draft.scopeTerritory())) {
            try {
                scope = territories
                        .find(new TerritoryKey(draft.scopeTerritory()), null)
                        .orElse(null);
                if (scope == null) {
                    errors.add(new InvalidThresholdException.FieldError(
                            "scopeTerritory",
                            "warning.error.scopeTerritory.unknown",
                            "there is no territory with the key "
                                    + draft.scopeTerritory().strip()));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidThresholdException.FieldError(
                        "scopeTerritory", "warning.error.scopeTerritory.malformed", e.getMessage()));
            }
        }
        String note = blank(draft.note()) ? null : draft.note().strip();
        if (note != null && note.length() > ThresholdDraft.MAX_NOTE) {
            errors.add(new InvalidThresholdException.FieldError(
                    "note",
                    "warning.error.note.long",
                    "the note has " + note.length() + " characters; at most " + ThresholdDraft.MAX_NOTE
                            + " are allowed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidThresholdException(errors);
        }
        return new ThresholdRepository.Values(
                new ThresholdRule(kind, direction, limit), scope == null ? null : scope.id(), level, severity, note);
    }

    private static <E extends Enum<E>> E enumValue(
            Class<E> type, String field, String text, List<InvalidThresholdException.FieldError> errors) {
        return enumValue(type, field, text, errors, true);
    }

    private static <E extends Enum<E>> E enumValue(
            Class<E> type,
            String field,
            String text,
            List<InvalidThresholdException.FieldError> errors,
            boolean required) {
        if (blank(text)) {
            if (required) {
                errors.add(new InvalidThresholdException.FieldError(
                        field,
                        "warning.error." + field + ".required",
                        field + " is required: one of " + java.util.Arrays.toString(type.getEnumConstants())));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidThresholdException.FieldError(
                    field,
                    "warning.error." + field + ".unknown",
                    "unknown " + field + " '" + text + "'; use one of "
                            + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private List<Threshold> resolve(List<ThresholdRepository.Row> rows) {
        Map<Long, Territory> scopes = territories.findAllById(rows.stream()
                .map(ThresholdRepository.Row::scopeTerritoryId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new Threshold(
                        r.id(),
                        r.indicator(),
                        r.rule(),
                        r.scopeTerritoryId() == null ? null : scopes.get(r.scopeTerritoryId()),
                        r.scopeLevel(),
                        r.severity(),
                        r.note(),
                        r.version(),
                        r.createdAt(),
                        r.createdBy(),
                        r.updatedAt(),
                        r.updatedBy()))
                .toList();
    }

    /** The id of the indicator (for the period lookup of the early warning). */
    long indicatorId(IndicatorKey key) {
        return catalog.get(key).id();
    }
}
