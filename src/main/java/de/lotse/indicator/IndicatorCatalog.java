package de.lotse.indicator;

import de.lotse.account.Actors;
import de.lotse.account.AuditTrail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator catalogue, the indicator module's API for other modules and its web adapters: create indicators, edit
 * them with optimistic locking, find and list them. A change of meaning (see {@link IndicatorDefinition#MEANING})
 * creates a new version, so that values keep the definition they were computed with; a change of wording or
 * presentation updates the current version. Every change is recorded in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalog {

    static final String AUDIT_TYPE = "indicator";

    private final IndicatorRepository repository;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    IndicatorCatalog(IndicatorRepository repository, AuditTrail audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
    }

    /** A computed indicator was created or its formula changed; its stored values must be recomputed. */
    record ComputedIndicatorDefined(IndicatorKey key) {}

    /**
     * Adds an indicator in version 1, revision 1.
     *
     * @throws IndicatorKeyTakenException if the key is already used
     * @throws IllegalArgumentException if the formula refers to indicators that are not in the catalogue
     */
    @Transactional
    public Indicator create(IndicatorDefinition definition) {
        if (repository.find(definition.key()).isPresent()) {
            throw new IndicatorKeyTakenException(definition.key());
        }
        requireReferencesExist(definition);
        String actor = Actors.currentUsername();
        long id;
        try {
            id = repository.insert(definition, actor);
        } catch (DuplicateKeyException e) {
            throw new IndicatorKeyTakenException(definition.key()); // created concurrently since the check above
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", 1);
        details.put("formula", definition.formula().getClass().getSimpleName().toUpperCase());
        details.put("topic", definition.topic().name());
        audit.record(
                "INDICATOR_CREATED",
                AUDIT_TYPE,
                definition.key().value(),
                "Indikator „" + definition.name().de() + "“ angelegt",
                details);
        if (!(definition.formula() instanceof Formula.Raw)) {
            events.publishEvent(new ComputedIndicatorDefined(definition.key()));
        }
        return repository.find(definition.key()).orElseThrow(() -> new IllegalStateException("not stored: " + id));
    }

    /**
     * Changes an indicator. The key cannot change. When the meaning changes, a new version is created; otherwise the
     * current version is updated. An update without any difference changes nothing and returns the indicator as is.
     *
     * @param expectedRevision the revision the caller's change is based on ({@link Indicator#revision()})
     * @throws UnknownIndicatorException if there is no indicator with the key
     * @throws StaleIndicatorException if the indicator was changed after the expected revision
     * @throws IllegalArgumentException if the formula refers to indicators that are not in the catalogue
     */
    @Transactional
    public Indicator update(IndicatorKey key, long expectedRevision, IndicatorDefinition definition) {
        if (!key.equals(definition.key())) {
            throw new IllegalArgumentException(
                    "The key of an indicator cannot change: '" + key + "' to '" + definition.key() + "'");
        }
        long revision = repository.lockRevision(key).orElseThrow(() -> new UnknownIndicatorException(key));
        Indicator current = repository.find(key).orElseThrow(() -> new UnknownIndicatorException(key));
        if (revision != expectedRevision) {
            throw new StaleIndicatorException(
                    key, expectedRevision, revision, repository.changesAfter(current.id(), expectedRevision));
        }
        List<String> changed = definition.changesFrom(current.definition());
        if (changed.isEmpty()) {
            return current;
        }
        requireReferencesExist(definition);
        String actor = Actors.currentUsername();
        boolean newVersion = definition.changesMeaningOf(current.definition());
        if (newVersion) {
            repository.addVersion(current.id(), current.version(), definition, actor);
        } else {
            repository.updateVersion(current.id(), current.version(), definition);
        }
        long newRevision = repository.recordChange(current.id(), changed, actor);
        int version = newVersion ? current.version() + 1 : current.version();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", version);
        details.put("revision", newRevision);
        details.put("changed", changed);
        audit.record(
                newVersion ? "INDICATOR_VERSION_CREATED" : "INDICATOR_UPDATED",
                AUDIT_TYPE,
                key.value(),
                newVersion
                        ? "Indikator „" + definition.name().de() + "“ in neuer Version " + version + " definiert"
                        : "Indikator „" + definition.name().de() + "“ geändert (Version " + version + " bleibt)",
                details);
        if (changed.contains("formula")) {
            events.publishEvent(new ComputedIndicatorDefined(key));
        }
        return repository.find(key).orElseThrow(() -> new UnknownIndicatorException(key));
    }

    /** The indicator with the key, in its current version. */
    public Optional<Indicator> find(IndicatorKey key) {
        return repository.find(key);
    }

    /** The indicator with the key, in its current version, or an {@link UnknownIndicatorException}. */
    public Indicator get(IndicatorKey key) {
        return find(key).orElseThrow(() -> new UnknownIndicatorException(key));
    }

    /** The indicators that pass the filter, by German name. */
    public List<Indicator> list(IndicatorFilter filter) {
        return repository.list(filter == null ? IndicatorFilter.all() : filter);
    }

    /**
     * All versions of the indicator's definition, oldest first, each with the fields that changed against the previous
     * one.
     *
     * @throws UnknownIndicatorException if there is no indicator with the key
     */
    public List<IndicatorVersion> versions(IndicatorKey key) {
        return repository.versions(get(key).key());
    }

    /**
     * Every change of the indicator after its creation (cosmetic ones included), oldest first: the revision it produced,
     * who made it, when, and which fields it touched.
     *
     * @throws UnknownIndicatorException if there is no indicator with the key
     */
    public List<StaleIndicatorException.Change> changes(IndicatorKey key) {
        return repository.changesAfter(get(key).id(), 0);
    }

    private void requireReferencesExist(IndicatorDefinition definition) {
        Set<IndicatorKey> missing =
                new TreeSet<>(repository.missing(definition.formula().references()));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The formula of indicator '" + definition.key()
                    + "' refers to indicators that are not in the catalogue: " + missing);
        }
    }
}
