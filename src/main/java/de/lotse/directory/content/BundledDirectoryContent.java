package de.lotse.directory.content;

import static de.lotse.directory.content.BundledDirectoryContentException.within;

import de.lotse.account.AuditTrail;
import de.lotse.directory.DirectoryServices;
import de.lotse.directory.content.BundledDirectoryModel.Content;
import de.lotse.directory.content.BundledDirectoryModel.LocationItem;
import de.lotse.directory.content.BundledDirectoryModel.MeasureItem;
import de.lotse.directory.content.BundledDirectoryModel.ServiceItem;
import de.lotse.organisation.Organisations;
import de.lotse.planning.Measures;
import de.lotse.planning.Strategies;
import de.lotse.territory.Territories;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled counselling landscape of Landkreis Peine — the services the county documents name, summarised in
 * Lotse's own words ({@code directory/bundled/services.json}, see {@code docs/directory/content.md}) — once, on the
 * first start. It runs when the application starts accepting traffic, i.e. after every {@code ApplicationReadyEvent}
 * listener and therefore after the bundled planning content (whose measures the services are linked to) and the
 * bundled territories (whose boundaries place the services in their municipality). Everything is written in one
 * transaction through {@link DirectoryServices}: providing organisations that are not yet in the register, the
 * services with their places and consultation hours, the links to planning measures, an audit entry and the marker
 * in {@code bundled_dataset}. A broken file leaves nothing behind, and the next start tries again.
 */
@Component
class BundledDirectoryContent {

    private static final Logger log = LoggerFactory.getLogger(BundledDirectoryContent.class);

    private final DirectoryServices services;
    private final BundledDirectoryWriter writer;
    private final Organisations organisations;
    private final Territories territories;
    private final Strategies strategies;
    private final Measures measures;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final BundledDirectoryProperties properties;
    private final AtomicBoolean started = new AtomicBoolean();

    BundledDirectoryContent(
            DirectoryServices services,
            BundledDirectoryWriter writer,
            Organisations organisations,
            Territories territories,
            Strategies strategies,
            Measures measures,
            AuditTrail audit,
            PlatformTransactionManager transactionManager,
            BundledDirectoryProperties properties) {
        this.services = services;
        this.writer = writer;
        this.organisations = organisations;
        this.territories = territories;
        this.strategies = strategies;
        this.measures = measures;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    /**
     * What a load did.
     *
     * @param measuresNotFound links left out because the measure's strategy is not in Lotse
     */
    record Summary(
            boolean loaded,
            int services,
            int skippedServices,
            int organisationsCreated,
            int measureLinks,
            List<String> measuresNotFound) {}

    /** Spring Boot announces "accepting traffic" right after all ApplicationReadyEvent listeners have run. */
    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC
                || !properties.loadBundledContent()
                || !started.compareAndSet(false, true)) {
            return;
        }
        try {
            load();
        } catch (RuntimeException e) {
            log.error("The bundled directory content could not be loaded; nothing of it was written", e);
        }
    }

    /** Loads the bundled file unless its marker says it is loaded. */
    Summary load() {
        return load(BundledDirectoryReader.bundled());
    }

    /**
     * Loads the content of this reader's file unless its marker is set.
     *
     * @throws BundledDirectoryContentException naming the file and the item when the file is broken; nothing is
     *     written
     */
    synchronized Summary load(BundledDirectoryReader reader) {
        Content content = reader.read();
        String file = reader.path();
        within(file, null, () -> {
            if (content.dataset() == null || content.dataset().isBlank()) {
                throw new IllegalArgumentException("dataset is required");
            }
        });
        if (writer.datasetLoaded(content.dataset())) {
            log.info("Bundled directory content already loaded; nothing to do");
            return new Summary(false, 0, 0, 0, 0, List.of());
        }
        long started = System.nanoTime();
        Summary summary = transactions.execute(status -> write(file, content));
        log.info(
                "Bundled directory content loaded in {} ms: {} services ({} kept as they were), {} organisations"
                        + " created, {} measure links{}",
                (System.nanoTime() - started) / 1_000_000,
                summary.services(),
                summary.skippedServices(),
                summary.organisationsCreated(),
                summary.measureLinks(),
                summary.measuresNotFound().isEmpty()
                        ? ""
                        : "; not linked (strategy not in Lotse): " + summary.measuresNotFound());
        return summary;
    }

    /** Links the service to its measures; measures whose strategy is not in Lotse are added to {@code notFound}. */
    private int linkMeasures(
            String file,
            String where,
            UUID serviceId,
            ServiceItem item,
            BundledDirectoryMeasures measureIds,
            List<String> notFound) {
        int links = 0;
        for (MeasureItem measure : item.measures()) {
            Optional<Long> measureId =
                    within(file, where + ", measure '" + measure.measure() + "'", () -> measureIds.find(measure));
            if (measureId.isPresent()) {
                links += writer.linkMeasure(serviceId, measureId.get()) ? 1 : 0;
            } else {
                notFound.add(measure.strategy() + ": " + measure.measure());
            }
        }
        return links;
    }

    private Summary write(String file, Content content) {
        BundledDirectoryReferences refs = new BundledDirectoryReferences(organisations, territories);
        content.organisations()
                .forEach(o -> within(file, "organisation '" + o.key() + "'", () -> refs.organisation(o)));
        Map<String, LocationItem> locations = new LinkedHashMap<>();
        content.locations()
                .forEach(l -> within(file, "place '" + l.key() + "'", () -> {
                    if (locations.put(l.key(), l) != null) {
                        throw new IllegalArgumentException("declared twice");
                    }
                }));
        BundledDirectoryDrafts drafts =
                new BundledDirectoryDrafts(locations, refs::organisationId, refs::territoryId, writer::locationExists);
        BundledDirectoryMeasures measureIds = new BundledDirectoryMeasures(strategies, measures);
        List<String> written = new ArrayList<>();
        int skipped = 0;
        int links = 0;
        List<String> notFound = new ArrayList<>();
        for (ServiceItem item : content.services()) {
            String where = "service '" + item.key() + "'";
            UUID id = BundledDirectoryIds.service(item.key());
            if (writer.serviceExists(id)) {
                log.info("Service '{}' exists already; the bundled version is not loaded", item.key());
                skipped++;
                continue;
            }
            within(file, where, () -> services.create(drafts.draft(item), BundledDirectoryWriter.ACTOR));
            written.add(item.key());
            links += linkMeasures(file, where, id, item, measureIds, notFound);
        }
        audit.record(
                "BUNDLED_DIRECTORY_CONTENT_LOADED",
                "bundled_dataset",
                content.dataset(),
                "Beratungslandschaft des Landkreises Peine aus den Dokumenten geladen (" + written.size()
                        + " Angebote, " + links + " Verknüpfungen mit Maßnahmen)",
                Map.of(
                        "services",
                        written,
                        "organisationsCreated",
                        refs.organisationsCreated(),
                        "measureLinks",
                        links,
                        "measuresNotFound",
                        notFound));
        writer.markLoaded(content.dataset());
        return new Summary(true, written.size(), skipped, refs.organisationsCreated(), links, List.copyOf(notFound));
    }
}
