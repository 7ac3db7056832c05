package de.lotse.directory.hsds;

import de.lotse.account.AuditTrail;
import de.lotse.directory.DirectoryLocations;
import de.lotse.directory.DirectoryServices;
import de.lotse.directory.InvalidServiceException;
import de.lotse.directory.LocationDraft;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.StoredLocation;
import de.lotse.directory.StoredService;
import de.lotse.organisation.InvalidOrganisationException;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a whole HSDS 3.0 dataset into the directory, atomically: everything or nothing, in one transaction. The
 * dataset is first read and checked completely (malformed JSON with line and column; unknown taxonomy terms,
 * schedules that end before they start, coordinates outside Germany, unknown organizations or places, missing
 * required fields, each with its JSON path); with any problem nothing is written. Then new organisations are created
 * (as providers), places and services are created or updated (matched by their HSDS ids, which are kept) through the
 * directory's own write API, which checks again. A dry run does all of it and rolls back.
 */
@Service
class HsdsImport {

    private final DirectoryServices services;
    private final DirectoryLocations locations;
    private final Organisations organisations;
    private final HsdsTaxonomies taxonomies;
    private final Territories territories;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    HsdsImport(
            DirectoryServices services,
            DirectoryLocations locations,
            Organisations organisations,
            HsdsTaxonomies taxonomies,
            Territories territories,
            AuditTrail audit,
            PlatformTransactionManager transactions) {
        this.services = services;
        this.locations = locations;
        this.organisations = organisations;
        this.taxonomies = taxonomies;
        this.territories = territories;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A dataset read and checked, ready to write. */
    private record Plan(
            HsdsImportDataset data,
            HsdsImportMapper mapper,
            HsdsImportOrganisations orgs,
            Map<UUID, HsdsImportDataset.Item<HsdsModel.Location>> places,
            Map<String, HsdsImportOrganisations.Target> serviceOwners) {}

    /** Refusal inside the transaction: rolls everything back. */
    private static final class Refused extends RuntimeException {
        private final transient List<HsdsImportReport.Problem> problems;

        Refused(List<HsdsImportReport.Problem> problems) {
            super("HSDS import refused", null, false, false);
            this.problems = problems;
        }
    }

    HsdsImportReport run(String body, boolean dryRun, String actor) {
        HsdsImportReport.Problems problems = new HsdsImportReport.Problems();
        HsdsImportDataset data = HsdsImportDataset.read(body, problems);
        if (!problems.isEmpty()) {
            return HsdsImportReport.refused(dryRun, problems.list());
        }
        Plan plan = plan(data, problems);
        if (!problems.isEmpty()) {
            return HsdsImportReport.refused(dryRun, problems.list());
        }
        try {
            return transaction.execute(status -> {
                HsdsImportReport report = write(plan, dryRun, actor);
                if (dryRun) {
                    status.setRollbackOnly();
                }
                return report;
            });
        } catch (Refused e) {
            return HsdsImportReport.refused(dryRun, e.problems);
        }
    }

    private Plan plan(HsdsImportDataset data, HsdsImportReport.Problems p) {
        HsdsImportTerms terms = new HsdsImportTerms(taxonomies.terms());
        HsdsImportMapper mapper = new HsdsImportMapper(terms, territories);
        for (var item : data.taxonomies()) {
            if (!terms.knowsTaxonomy(item.value())) {
                p.add(
                        item.path(),
                        "unknown taxonomy '" + item.value().name() + "' (the import does not create" + " vocabularies)",
                        "Unbekannte Taxonomie „" + item.value().name() + "“");
            }
        }
        for (var item : data.terms()) {
            if (terms.find(item.value().id(), item.value()) == null) {
                p.add(
                        item.path() + ".id",
                        "unknown taxonomy term '" + item.value().code() + "'",
                        "Unbekannter Begriff „" + item.value().code() + "“");
            }
        }
        HsdsImportOrganisations orgs = new HsdsImportOrganisations(organisations.list());
        data.organizations().forEach(item -> orgs.add(item.path(), item.value(), p));
        Map<String, HsdsImportOrganisations.Target> owners = new HashMap<>();
        Map<UUID, HsdsImportDataset.Item<HsdsModel.Location>> places = new LinkedHashMap<>();
        data.locations().forEach(item -> places.putIfAbsent(item.value().id(), item));
        for (var item : data.services()) {
            owners.put(item.path(), owner(item, orgs, p));
            List<HsdsModel.ServiceAtLocation> sites = item.value().serviceAtLocations();
            for (int j = 0; sites != null && j < sites.size(); j++) {
                HsdsModel.Location nested = sites.get(j).location();
                if (nested != null && nested.id() != null) {
                    places.putIfAbsent(
                            nested.id(),
                            new HsdsImportDataset.Item<>(
                                    item.path() + ".service_at_locations[" + j + "].location", nested));
                }
            }
        }
        for (var place : places.values()) {
            mapper.location(place.path(), place.value(), placeOwner(place, orgs, p), p);
        }
        for (var item : data.services()) {
            mapper.service(item.path(), item.value(), 0L, p);
            checkSites(item, places, p);
        }
        return new Plan(data, mapper, orgs, places, owners);
    }

    private HsdsImportOrganisations.Target owner(
            HsdsImportDataset.Item<HsdsModel.Service> item, HsdsImportOrganisations orgs, HsdsImportReport.Problems p) {
        HsdsModel.Service s = item.value();
        Optional<HsdsImportOrganisations.Target> byId =
                s.organizationId() == null ? Optional.empty() : orgs.byId(s.organizationId());
        if (byId.isPresent()) {
            return byId.get();
        }
        if (s.organization() != null) {
            return orgs.add(item.path() + ".organization", s.organization(), p);
        }
        if (s.organizationId() == null) {
            p.add(item.path() + ".organization_id", "required, missing", "Pflichtangabe fehlt");
        } else {
            p.add(
                    item.path() + ".organization_id",
                    "unknown organization " + s.organizationId() + " (neither in the dataset nor in Lotse)",
                    "Unbekannte Organisation " + s.organizationId());
        }
        return null;
    }

    private static Long placeOwner(
            HsdsImportDataset.Item<HsdsModel.Location> place,
            HsdsImportOrganisations orgs,
            HsdsImportReport.Problems p) {
        UUID id = place.value().organizationId();
        if (id == null) {
            return null;
        }
        Optional<HsdsImportOrganisations.Target> target = orgs.byId(id);
        if (target.isEmpty()) {
            p.add(place.path() + ".organization_id", "unknown organization " + id, "Unbekannte Organisation " + id);
            return null;
        }
        return target.get().existingId() == null ? 0L : target.get().existingId();
    }

    private void checkSites(
            HsdsImportDataset.Item<HsdsModel.Service> item,
            Map<UUID, HsdsImportDataset.Item<HsdsModel.Location>> places,
            HsdsImportReport.Problems p) {
        List<HsdsModel.ServiceAtLocation> sites = item.value().serviceAtLocations();
        for (int j = 0; sites != null && j < sites.size(); j++) {
            HsdsModel.ServiceAtLocation site = sites.get(j);
            UUID id = site.locationId() != null
                    ? site.locationId()
                    : site.location() == null ? null : site.location().id();
            if (id != null && !places.containsKey(id) && locations.find(id).isEmpty()) {
                p.add(
                        item.path() + ".service_at_locations[" + j + "].location_id",
                        "unknown location " + id + " (neither in the dataset nor in Lotse)",
                        "Unbekannter Ort " + id);
            }
        }
    }

    private HsdsImportReport write(Plan plan, boolean dryRun, String actor) {
        Map<HsdsImportOrganisations.Target, Long> created = new HashMap<>();
        List<String> newNames = new ArrayList<>();
        for (HsdsImportOrganisations.Target target : plan.orgs().newOnes()) {
            try {
                created.put(target, organisations.create(target.newDraft()).id());
                newNames.add(target.newDraft().name());
            } catch (InvalidOrganisationException e) {
                throw new Refused(e.problems().stream()
                        .map(o ->
                                new HsdsImportReport.Problem(target.path() + "." + o.field(), o.message(), o.message()))
                        .toList());
            }
        }
        HsdsImportReport.Problems ignored = new HsdsImportReport.Problems();
        List<UUID> placesCreated = new ArrayList<>();
        List<UUID> placesUpdated = new ArrayList<>();
        for (var place : plan.places().values()) {
            Long owner = place.value().organizationId() == null
                    ? null
                    : orgId(plan.orgs().byId(place.value().organizationId()).orElse(null), created);
            LocationDraft draft = plan.mapper().location(place.path(), place.value(), owner, ignored);
            try {
                Optional<StoredLocation> existing = locations.find(draft.id());
                if (existing.isPresent()) {
                    locations.update(draft.id(), existing.get().version(), draft, actor);
                    placesUpdated.add(draft.id());
                } else {
                    locations.create(draft, actor);
                    placesCreated.add(draft.id());
                }
            } catch (InvalidServiceException e) {
                throw new Refused(HsdsImportPaths.problems(place.path(), e.problems()));
            }
        }
        List<UUID> servicesCreated = new ArrayList<>();
        List<UUID> servicesUpdated = new ArrayList<>();
        for (var item : plan.data().services()) {
            long owner = orgId(plan.serviceOwners().get(item.path()), created);
            ServiceDraft draft = plan.mapper().service(item.path(), item.value(), owner, ignored);
            try {
                Optional<StoredService> existing = services.find(draft.id());
                if (existing.isPresent()) {
                    services.update(draft.id(), existing.get().version(), draft, actor);
                    servicesUpdated.add(draft.id());
                } else {
                    services.create(draft, actor);
                    servicesCreated.add(draft.id());
                }
            } catch (InvalidServiceException e) {
                throw new Refused(HsdsImportPaths.problems(item.path(), e.problems()));
            }
        }
        audit.record(
                "DIRECTORY_HSDS_IMPORTED",
                "directory_import",
                "hsds",
                "HSDS-Import: " + servicesCreated.size() + " Angebote neu, " + servicesUpdated.size() + " geändert",
                Map.of(
                        "servicesCreated", servicesCreated.size(),
                        "servicesUpdated", servicesUpdated.size(),
                        "locationsCreated", placesCreated.size(),
                        "locationsUpdated", placesUpdated.size(),
                        "organisationsCreated", newNames.size()));
        return new HsdsImportReport(
                dryRun, !dryRun, servicesCreated, servicesUpdated, placesCreated, placesUpdated, newNames, List.of());
    }

    private static long orgId(
            HsdsImportOrganisations.Target target, Map<HsdsImportOrganisations.Target, Long> created) {
        if (target == null) {
            return 0L;
        }
        return target.existingId() != null ? target.existingId() : created.get(target);
    }
}
