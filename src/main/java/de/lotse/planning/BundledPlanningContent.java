package de.lotse.planning;

import static de.lotse.planning.BundledPlanningContentException.within;

import de.lotse.account.AuditTrail;
import de.lotse.indicator.BundledIndicatorData;
import de.lotse.indicator.IndicatorKey;
import de.lotse.organisation.Organisations;
import de.lotse.planning.BundledPlanningModel.AspectItem;
import de.lotse.planning.BundledPlanningModel.Index;
import de.lotse.planning.BundledPlanningModel.StrategyItem;
import de.lotse.territory.Territories;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled planning content — the strategy documents of Landkreis Peine and Landkreis Lüchow-Dannenberg,
 * summarised in Lotse's own words ({@code bundled/planning/}, see its {@code SOURCES.md}) — once, when the application
 * is ready (after the bundled territories exist). All of it is written in one transaction: organisations and bodies
 * through {@link Organisations}, the planning rows with plain SQL, an audit entry and the marker in {@code
 * bundled_dataset}; a broken file leaves nothing behind and the next start tries again. The indicators that targets
 * refer to are taken from the bundled indicator catalogue first ({@link BundledIndicatorData#ensureIndicator}), so the
 * load does not depend on the background load of the indicator values.
 */
@Component
class BundledPlanningContent {

    private static final Logger log = LoggerFactory.getLogger(BundledPlanningContent.class);

    private final BundledPlanningWriter writer;
    private final Organisations organisations;
    private final Territories territories;
    private final BundledIndicatorData indicators;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final BundledPlanningProperties properties;

    BundledPlanningContent(
            BundledPlanningWriter writer,
            Organisations organisations,
            Territories territories,
            BundledIndicatorData indicators,
            AuditTrail audit,
            PlatformTransactionManager transactionManager,
            BundledPlanningProperties properties) {
        this.writer = writer;
        this.organisations = organisations;
        this.territories = territories;
        this.indicators = indicators;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    /** What a load did. */
    record Summary(boolean loaded, int strategies, int measures, int organisations, int bodies) {}

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!properties.loadBundledContent()) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            log.error("The bundled planning content could not be loaded; nothing of it was written", e);
        }
    }

    /** Loads the bundled content unless its marker says it is loaded. */
    Summary load() {
        return load(new BundledPlanningReader(BundledPlanningReader.BASE));
    }

    /**
     * Loads the content of this reader's folder unless its marker is set.
     *
     * @throws BundledPlanningContentException naming the file and the item when a file is broken; nothing is written
     */
    synchronized Summary load(BundledPlanningReader reader) {
        Index index = reader.index();
        String indexFile = reader.base() + BundledPlanningReader.INDEX;
        within(indexFile, null, () -> {
            if (index.dataset() == null || index.dataset().isBlank()) {
                throw new IllegalArgumentException("dataset is required");
            }
        });
        if (writer.datasetLoaded(index.dataset())) {
            log.info("Bundled planning content already loaded; nothing to do");
            return new Summary(false, 0, 0, 0, 0);
        }
        Map<String, StrategyItem> strategies = new LinkedHashMap<>();
        for (String file : index.strategies()) {
            strategies.put(reader.base() + file, reader.strategy(file));
        }
        var organisationsFile = reader.organisations(index.organisations());
        var aspectsFile = reader.aspects(index.aspects());
        for (Map.Entry<String, StrategyItem> entry : strategies.entrySet()) {
            for (IndicatorKey key : indicatorKeys(entry.getValue())) {
                within(entry.getKey(), "target indicator '" + key + "'", () -> indicators.ensureIndicator(key));
            }
        }
        long started = System.nanoTime();
        Summary summary = transactions.execute(status -> {
            BundledPlanningReferences refs = new BundledPlanningReferences(organisations, territories);
            String aspects = reader.base() + index.aspects();
            for (int i = 0; i < aspectsFile.aspects().size(); i++) {
                AspectItem aspect = aspectsFile.aspects().get(i);
                int position = i + 1;
                within(aspects, "aspect '" + aspect.key() + "'", () -> {
                    BundledPlanningReferences.requireSource(aspect.sourceNote());
                    refs.aspect(aspect.key(), writer.aspect(aspect, position));
                });
            }
            String register = reader.base() + index.organisations();
            organisationsFile
                    .organisations()
                    .forEach(o -> within(register, "organisation '" + o.key() + "'", () -> refs.organisation(o)));
            organisationsFile.bodies().forEach(b -> within(register, "body '" + b.key() + "'", () -> refs.body(b)));
            BundledPlanningStrategies writing = new BundledPlanningStrategies(writer, refs);
            List<String> written = new ArrayList<>();
            int measures = 0;
            for (Map.Entry<String, StrategyItem> entry : strategies.entrySet()) {
                StrategyItem strategy = entry.getValue();
                if (strategy.key() != null && writer.strategyId(strategy.key()).isPresent()) {
                    log.info("Strategy '{}' exists already; the bundled version is not loaded", strategy.key());
                    continue;
                }
                writing.write(entry.getKey(), strategy);
                written.add(strategy.key());
                measures += strategy.measures().size();
            }
            audit.record(
                    "BUNDLED_PLANNING_CONTENT_LOADED",
                    "bundled_dataset",
                    index.dataset(),
                    "Planungsinhalte aus den Dokumenten der Landkreise Peine und Lüchow-Dannenberg geladen ("
                            + written.size() + " Strategien, " + measures + " Maßnahmen)",
                    Map.of(
                            "strategies",
                            written,
                            "measures",
                            measures,
                            "organisationsCreated",
                            refs.organisationsCreated(),
                            "bodiesCreated",
                            refs.bodiesCreated()));
            writer.markLoaded(index.dataset());
            return new Summary(true, written.size(), measures, refs.organisationsCreated(), refs.bodiesCreated());
        });
        log.info(
                "Bundled planning content loaded in {} ms: {} strategies, {} measures, {} organisations, {} bodies",
                (System.nanoTime() - started) / 1_000_000,
                summary.strategies(),
                summary.measures(),
                summary.organisations(),
                summary.bodies());
        return summary;
    }

    private static Set<IndicatorKey> indicatorKeys(StrategyItem strategy) {
        Set<IndicatorKey> keys = new LinkedHashSet<>();
        strategy.measures().forEach(m -> m.targets().forEach(t -> keys.add(IndicatorKey.of(t.indicatorKey()))));
        return keys;
    }
}
