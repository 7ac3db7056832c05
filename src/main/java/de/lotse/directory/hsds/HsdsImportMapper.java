package de.lotse.directory.hsds;

import de.lotse.directory.FacilityType;
import de.lotse.directory.LocationDraft;
import de.lotse.directory.LocationType;
import de.lotse.directory.ServiceDraft;
import de.lotse.directory.ServiceStatus;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns the HSDS objects of a dataset into the directory's drafts ({@link ServiceDraft}, {@link LocationDraft}),
 * reading the German profile back (attributes, accessibility entries, schedule extensions, AGS); every problem names
 * the JSON path of the field. The places of a service are referred to by id (the import writes places first).
 */
final class HsdsImportMapper {

    private final HsdsImportTerms terms;
    private final Territories territories;

    HsdsImportMapper(HsdsImportTerms terms, Territories territories) {
        this.terms = terms;
        this.territories = territories;
    }

    ServiceDraft service(String path, HsdsModel.Service s, long organisationId, HsdsImportReport.Problems p) {
        String at = path + ".";
        p.required(at + "id", s.id());
        p.required(at + "name", s.name());
        p.required(at + "status", s.status());
        ServiceStatus status = null;
        if (s.status() != null && !s.status().isBlank()) {
            try {
                status = ServiceStatus.ofHsds(s.status().strip());
            } catch (IllegalArgumentException e) {
                p.add(
                        at + "status",
                        "must be active, inactive, defunct or temporarily closed: '" + s.status() + "'",
                        "Muss active, inactive, defunct oder temporarily closed sein");
            }
        }
        HsdsImportTerms.Read read = terms.read(at, s.attributes(), p);
        List<ServiceDraft.LanguageDraft> languages = new ArrayList<>();
        list(s.languages()).forEach(l -> languages.add(new ServiceDraft.LanguageDraft(l.code(), l.note())));
        for (int i = 0; i < list(s.languages()).size(); i++) {
            p.required(at + "languages[" + i + "].code", s.languages().get(i).code());
        }
        List<ServiceDraft.SiteDraft> sites = new ArrayList<>();
        for (int i = 0; i < list(s.serviceAtLocations()).size(); i++) {
            HsdsModel.ServiceAtLocation site = s.serviceAtLocations().get(i);
            String sitePath = at + "service_at_locations[" + i + "].";
            UUID locationId = site.locationId() != null
                    ? site.locationId()
                    : site.location() == null ? null : site.location().id();
            p.required(sitePath + "location_id", locationId);
            sites.add(new ServiceDraft.SiteDraft(
                    site.id(),
                    locationId,
                    null,
                    site.description(),
                    HsdsImportValues.schedules(sitePath, site.schedules(), p),
                    HsdsImportValues.phones(sitePath, site.phones(), p),
                    HsdsImportValues.contacts(site.contacts())));
        }
        return new ServiceDraft(
                s.id(),
                organisationId,
                s.name(),
                s.alternateName(),
                s.description(),
                status,
                s.url(),
                s.email(),
                s.interpretationServices(),
                s.applicationProcess(),
                s.feesDescription(),
                HsdsImportValues.bool(read.profile.get("free_of_charge")),
                s.eligibilityDescription(),
                s.minimumAge(),
                s.maximumAge(),
                HsdsImportValues.bool(read.profile.get("anonymous")),
                HsdsImportValues.bool(read.profile.get("outreach")),
                HsdsImportValues.bool(read.profile.get("phone_counselling")),
                HsdsImportValues.bool(read.profile.get("video_counselling")),
                HsdsImportValues.bool(read.profile.get("chat_counselling")),
                alert(s.alert()),
                read.profile.get("text_language"),
                read.categories,
                read.audiences,
                read.fieldsOfAction,
                read.lifeStages,
                languages,
                HsdsImportValues.phones(at, s.phones(), p),
                HsdsImportValues.contacts(s.contacts()),
                areas(at, s.serviceAreas(), p),
                costOptions(at, s.costOptions(), p),
                HsdsImportValues.schedules(at, s.schedules(), p),
                sites,
                List.of(),
                "true".equalsIgnoreCase(read.profile.get("example_data")),
                read.profile.get("source_note"));
    }

    /** The alert without the example-data note the export puts in front. */
    private static String alert(String alert) {
        if (alert == null || !alert.startsWith(HsdsServiceReader.EXAMPLE_ALERT)) {
            return alert;
        }
        String rest = alert.substring(HsdsServiceReader.EXAMPLE_ALERT.length()).strip();
        return rest.isEmpty() ? null : rest;
    }

    private List<ServiceDraft.ServiceAreaDraft> areas(
            String at, List<HsdsModel.ServiceArea> areas, HsdsImportReport.Problems p) {
        List<ServiceDraft.ServiceAreaDraft> drafts = new ArrayList<>();
        for (int i = 0; i < list(areas).size(); i++) {
            HsdsModel.ServiceArea area = areas.get(i);
            Territory territory = null;
            if (area.territoryKey() != null && !area.territoryKey().isBlank()) {
                territory = territory(area.territoryKey()).orElse(null);
                if (territory == null) {
                    p.add(
                            at + "service_areas[" + i + "].territory_key",
                            "no territory '" + area.territoryKey() + "'",
                            "Kein Gebiet „" + area.territoryKey() + "“");
                }
            } else {
                p.required(at + "service_areas[" + i + "].name", area.name());
            }
            String name = territory != null && territory.name().equals(area.name()) ? null : area.name();
            drafts.add(new ServiceDraft.ServiceAreaDraft(
                    territory == null ? null : territory.id(), name, area.description()));
        }
        return drafts;
    }

    private static List<ServiceDraft.CostOptionDraft> costOptions(
            String at, List<HsdsModel.CostOption> options, HsdsImportReport.Problems p) {
        List<ServiceDraft.CostOptionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < list(options).size(); i++) {
            HsdsModel.CostOption c = options.get(i);
            String path = at + "cost_options[" + i + "].";
            drafts.add(new ServiceDraft.CostOptionDraft(
                    c.option(),
                    c.amount(),
                    c.currency(),
                    c.amountDescription(),
                    HsdsImportValues.date(path + "valid_from", c.validFrom(), p),
                    HsdsImportValues.date(path + "valid_to", c.validTo(), p)));
        }
        return drafts;
    }

    LocationDraft location(String path, HsdsModel.Location l, Long organisationId, HsdsImportReport.Problems p) {
        String at = path + ".";
        p.required(at + "id", l.id());
        p.required(at + "name", l.name());
        HsdsImportValues.inGermany(at, l.latitude(), l.longitude(), p);
        HsdsImportTerms.Read read = terms.read(at, l.attributes(), p);
        LocationType type = LocationType.PHYSICAL;
        if (l.locationType() != null) {
            try {
                type = LocationType.valueOf(l.locationType().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                p.add(
                        at + "location_type",
                        "must be physical, postal or virtual",
                        "Muss physical, postal oder virtual sein");
            }
        }
        FacilityType facility = type == LocationType.VIRTUAL ? FacilityType.ONLINE : FacilityType.OTHER;
        String facilityValue = read.profile.get("facility_type");
        if (facilityValue != null) {
            try {
                facility = FacilityType.valueOf(facilityValue.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                p.add(at + "attributes", "unknown facility_type '" + facilityValue + "'", "Unbekannte Art des Ortes");
            }
        }
        Long territoryId = chosenMunicipality(at, l, read, p);
        Long socialSpace = read.profile.get("social_space") == null
                ? null
                : territory(read.profile.get("social_space")).map(Territory::id).orElse(null);
        HsdsModel.Address address = list(l.addresses()).stream().findFirst().orElse(null);
        Accessibility access = accessibility(l.accessibility());
        return new LocationDraft(
                l.id(),
                organisationId,
                l.name(),
                l.alternateName(),
                l.description(),
                type,
                facility,
                l.url(),
                l.email(),
                l.latitude(),
                l.longitude(),
                territoryId,
                socialSpace,
                address == null ? null : address.address1(),
                address == null ? null : address.address2(),
                address == null ? null : address.postalCode(),
                address == null ? null : address.city(),
                address == null ? null : address.stateProvince(),
                address == null ? null : address.country(),
                l.transportation(),
                access.values[0],
                access.values[1],
                access.values[2],
                access.values[3],
                access.values[4],
                access.details,
                HsdsImportValues.phones(at, l.phones(), p),
                "true".equalsIgnoreCase(read.profile.get("example_data")),
                read.profile.get("source_note"));
    }

    /** The municipality given by AGS when it was chosen or when the place has no coordinates; null = from them. */
    private Long chosenMunicipality(
            String at, HsdsModel.Location l, HsdsImportTerms.Read read, HsdsImportReport.Problems p) {
        String ags =
                "ags".equalsIgnoreCase(l.externalIdentifierType()) ? l.externalIdentifier() : read.profile.get("ags");
        boolean chosen = "CHOSEN".equals(read.profile.get("territory_assignment")) || l.latitude() == null;
        if (ags == null || ags.isBlank() || !chosen) {
            return null;
        }
        Optional<Territory> found = territory(ags);
        if (found.isEmpty()) {
            p.add(
                    at + "external_identifier",
                    "no municipality with AGS '" + ags + "'",
                    "Keine Gemeinde mit AGS „" + ags + "“");
        }
        return found.map(Territory::id).orElse(null);
    }

    private Optional<Territory> territory(String key) {
        try {
            return territories.find(key.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Accessibility(Boolean[] values, String details) {}

    /** The five barrier-free details from the profile attributes; other entries become the free-text details. */
    private static Accessibility accessibility(List<HsdsModel.Accessibility> entries) {
        List<String> codes = List.copyOf(HsdsLocationReader.FEATURES.keySet());
        Boolean[] values = new Boolean[codes.size()];
        List<String> details = new ArrayList<>();
        for (HsdsModel.Accessibility entry : list(entries)) {
            boolean known = false;
            for (int i = 0; i < codes.size(); i++) {
                String value = HsdsImportValues.profileValue(entry.attributes(), codes.get(i));
                if (value != null) {
                    values[i] = HsdsImportValues.bool(value);
                    known = true;
                }
            }
            if (HsdsImportValues.profileValue(entry.attributes(), "accessibility_details") != null) {
                details.add(entry.details());
            } else if (!known) {
                String text = String.join(
                        ": ",
                        java.util.stream.Stream.of(entry.description(), entry.details())
                                .filter(t -> t != null && !t.isBlank())
                                .toList());
                if (!text.isBlank()) {
                    details.add(text);
                }
            }
        }
        return new Accessibility(values, details.isEmpty() ? null : String.join("\n", details));
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
