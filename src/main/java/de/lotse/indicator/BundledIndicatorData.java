package de.lotse.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the bundled starter catalogue of real indicators ({@code bundled/indicator/catalogue.json}) once, when the
 * application is ready, i.e. after the bundled territories (loaded before the web server starts) exist: creates the
 * indicators that are not yet in the catalogue, imports the bundled statistics files through the {@link
 * StatisticsImporter} with their column mappings (so every value records its file and line) and materialises the
 * computed indicators. By default this runs on a background thread after the web server is up; {@link #loading()}
 * tells pages that the values are still coming. The marker in {@code bundled_dataset} makes later starts skip it.
 */
@Component
public class BundledIndicatorData {

    private static final Logger log = LoggerFactory.getLogger(BundledIndicatorData.class);

    /** Import problems a bundled file may have: rows of Kreise dissolved since 2017 that Lotse does not know. */
    private static final Set<String> TOLERATED = Set.of("territory.unknown");

    private final IndicatorCatalog catalog;
    private final StatisticsImporter importer;
    private final ComputedIndicators computed;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BundledIndicatorProperties properties;
    private final JsonMapper json;
    private final AtomicBoolean loading = new AtomicBoolean();
    /** Guards creating catalogue entries, so that the load and {@link #ensureIndicator} never create one twice. */
    private final Object catalogueLock = new Object();

    private final TransactionTemplate ownTransaction;

    BundledIndicatorData(
            IndicatorCatalog catalog,
            StatisticsImporter importer,
            ComputedIndicators computed,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            BundledIndicatorProperties properties,
            JsonMapper json) {
        this.catalog = catalog;
        this.importer = importer;
        this.computed = computed;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.json = json;
    }

    /**
     * Makes sure the indicator of the bundled catalogue with this key exists, creating it (without values) in a
     * transaction of its own if it does not. Other bundled content that refers to a catalogue indicator (e.g. the
     * planning targets) calls this instead of waiting for the background load; it works whether or not the bundled
     * values are loaded, and for catalogue entries a later release added after the values were loaded.
     *
     * @return the indicator
     * @throws IllegalArgumentException if the bundled catalogue has no indicator with this key
     */
    public Indicator ensureIndicator(IndicatorKey key) {
        IndicatorDefinition definition = BundledCatalogue.load(json).indicators().stream()
                .filter(d -> d.key().equals(key))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("The bundled indicator catalogue has no indicator '" + key + "'"));
        synchronized (catalogueLock) {
            return ownTransaction.execute(status -> catalog.find(key).orElseGet(() -> catalog.create(definition)));
        }
    }

    /** Whether the bundled indicator values are being loaded right now (first start): figures are still missing. */
    public boolean loading() {
        return loading.get();
    }

    /** What a load did. */
    record Summary(boolean loaded, int indicatorsCreated, List<StatisticsImportReport> imports, int computedValues) {}

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!properties.loadBundledData()
                || alreadyLoaded(BundledCatalogue.load(json).dataset())) {
            return;
        }
        if (!properties.loadInBackground()) {
            load();
            return;
        }
        loading.set(true);
        log.info("Loading the bundled indicator values in the background; the catalogue shows"
                + " \"Daten werden geladen\" until they are in");
        Thread.ofPlatform().name("lotse-bundled-indicators").daemon(true).start(() -> {
            try {
                load();
            } catch (RuntimeException e) {
                log.error("The bundled indicator values could not be loaded", e);
            } finally {
                loading.set(false);
            }
        });
    }

    /**
     * Loads the bundled catalogue unless its marker says it is loaded. Indicators that already exist (e.g. edited by a
     * planner) are left as they are.
     *
     * @throws IllegalStateException if a bundled file cannot be imported
     */
    synchronized Summary load() {
        BundledCatalogue bundle = BundledCatalogue.load(json);
        if (alreadyLoaded(bundle.dataset())) {
            log.info("Bundled indicators already loaded; nothing to do");
            return new Summary(false, 0, List.of(), 0);
        }
        loading.set(true);
        try {
            long started = System.nanoTime();
            int created;
            synchronized (catalogueLock) {
                created = transactions.execute(status -> createIndicators(bundle));
            }
            List<StatisticsImportReport> reports = new ArrayList<>();
            Set<IndicatorKey> changed = computed.collectingChanges(() -> {
                for (BundledCatalogue.BundledFile file : bundle.files()) {
                    reports.add(importFile(file));
                }
            });
            ComputedIndicators.Outcome outcome = transactions.execute(status -> {
                ComputedIndicators.Outcome o = computed.recomputeDependentsOf(changed);
                jdbc.sql("INSERT INTO bundled_dataset (name) VALUES (?)")
                        .param(bundle.dataset())
                        .update();
                return o;
            });
            int values =
                    reports.stream().mapToInt(r -> r.created() + r.changed()).sum();
            log.info(
                    "Bundled indicators loaded in {} ms: {} indicators created, {} values from {} files, {} computed"
                            + " values",
                    (System.nanoTime() - started) / 1_000_000,
                    created,
                    values,
                    reports.size(),
                    outcome.created() + outcome.changed());
            return new Summary(true, created, List.copyOf(reports), outcome.created() + outcome.changed());
        } finally {
            loading.set(false);
        }
    }

    private int createIndicators(BundledCatalogue bundle) {
        int created = 0;
        // raw indicators first, so that every formula finds its inputs; computed ones in catalogue order
        List<IndicatorDefinition> ordered = new ArrayList<>(bundle.indicators());
        ordered.sort((a, b) ->
                Boolean.compare(!(a.formula() instanceof Formula.Raw), !(b.formula() instanceof Formula.Raw)));
        for (IndicatorDefinition definition : ordered) {
            if (catalog.find(definition.key()).isEmpty()) {
                catalog.create(definition);
                created++;
            }
        }
        return created;
    }

    private StatisticsImportReport importFile(BundledCatalogue.BundledFile file) {
        StatisticsImportReport report;
        try (InputStream in = new ClassPathResource(BundledCatalogue.BASE + file.file()).getInputStream()) {
            report = importer.importFile(file.file(), in, new ImportRequest(false, true, file.mapping()));
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled file " + file.file() + " is missing", e);
        }
        List<StatisticsImportReport.Problem> unexpected = report.errors().stream()
                .filter(p -> !TOLERATED.contains(p.code()))
                .toList();
        if (!report.committed() || !unexpected.isEmpty()) {
            throw new IllegalStateException("The bundled file " + file.file() + " could not be imported: "
                    + (unexpected.isEmpty() ? report.errors() : unexpected));
        }
        if (report.rejected() > 0) {
            log.info(
                    "Bundled file {}: {} rows of territories that no longer exist were left out (e.g. {})",
                    file.file(),
                    report.rejected(),
                    report.errors().stream()
                            .limit(3)
                            .map(p -> p.line() + ": " + p.message())
                            .toList());
        }
        return report;
    }

    private boolean alreadyLoaded(String dataset) {
        return jdbc.sql("SELECT count(*) FROM bundled_dataset WHERE name = ?")
                        .param(dataset)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
