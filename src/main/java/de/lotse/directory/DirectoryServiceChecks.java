package de.lotse.directory;

import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks a whole service draft and resolves its term codes. Collects every problem with its field path (e.g.
 * {@code sites[1].schedules[0].closesAt}) instead of stopping at the first.
 */
@Component
class DirectoryServiceChecks {

    static final Set<String> TRANSLATABLE = Set.of(
            "name",
            "alternate_name",
            "description",
            "eligibility_description",
            "application_process",
            "fees_description",
            "interpretation_services",
            "alert");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final Organisations organisations;
    private final Territories territories;
    private final DirectoryTaxonomy taxonomy;
    private final DirectoryLocations locations;

    DirectoryServiceChecks(
            Organisations organisations,
            Territories territories,
            DirectoryTaxonomy taxonomy,
            DirectoryLocations locations) {
        this.organisations = organisations;
        this.territories = territories;
        this.taxonomy = taxonomy;
        this.locations = locations;
    }

    /** Checks the draft; returns the term ids with their link type when the draft is valid. */
    Map<UUID, TermLinkType> check(ServiceDraft d, UUID serviceId, DraftProblems p) {
        p.requiredText("name", d.name(), 300);
        p.length("alternateName", d.alternateName(), 300);
        p.url("url", d.url());
        p.email("email", d.email());
        p.length("sourceNote", d.sourceNote(), 500);
        p.language("textLanguage", d.textLanguage());
        if (organisations.findById(d.organisationId()).isEmpty()) {
            p.add(
                    "organisationId",
                    "organisation.unknown",
                    "no organisation with id " + d.organisationId(),
                    d.organisationId());
        }
        ages(d, p);
        Map<UUID, TermLinkType> terms = new LinkedHashMap<>();
        terms(p, "categoryCodes", Taxonomy.CATEGORIES, d.categoryCodes(), TermLinkType.CATEGORY, terms);
        terms(p, "audienceCodes", Taxonomy.AUDIENCES, d.audienceCodes(), TermLinkType.AUDIENCE, terms);
        terms(
                p,
                "fieldOfActionCodes",
                Taxonomy.FIELDS_OF_ACTION,
                d.fieldOfActionCodes(),
                TermLinkType.FIELD_OF_ACTION,
                terms);
        languages(d, p);
        ScheduleChecks.phones(p, "", d.phones());
        ScheduleChecks.contacts(p, "", d.contacts());
        ScheduleChecks.schedules(p, "", d.schedules());
        areas(d, p);
        costs(d, p);
        translations(d, p);
        sites(d, serviceId, p);
        return terms;
    }

    private static void ages(ServiceDraft d, DraftProblems p) {
        if (d.minimumAge() != null && (d.minimumAge() < 0 || d.minimumAge() > 130)) {
            p.add("minimumAge", "age.range", "must be between 0 and 130");
        }
        if (d.maximumAge() != null && (d.maximumAge() < 0 || d.maximumAge() > 130)) {
            p.add("maximumAge", "age.range", "must be between 0 and 130");
        }
        if (d.minimumAge() != null && d.maximumAge() != null && d.minimumAge() > d.maximumAge()) {
            p.add("maximumAge", "age.order", "the maximum age is below the minimum age");
        }
    }

    private void terms(
            DraftProblems p,
            String field,
            String taxonomyKey,
            List<String> codes,
            TermLinkType link,
            Map<UUID, TermLinkType> resolved) {
        if (codes.isEmpty()) {
            return;
        }
        Map<String, UUID> known = taxonomy.termIds(taxonomyKey);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            UUID id = known.get(code);
            if (id == null) {
                p.add(
                        field + "[" + i + "]",
                        "term.unknown",
                        "'" + code + "' is not a term of taxonomy " + taxonomyKey,
                        code,
                        taxonomyKey);
            } else {
                resolved.putIfAbsent(id, link);
            }
        }
    }

    private static void languages(ServiceDraft d, DraftProblems p) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.languages().size(); i++) {
            ServiceDraft.LanguageDraft l = d.languages().get(i);
            p.language("languages[" + i + "].code", l.code());
            p.length("languages[" + i + "].note", l.note(), 300);
            if (l.code() != null && !seen.add(l.code().strip())) {
                p.add("languages[" + i + "].code", "duplicate", "is named twice");
            }
        }
    }

    private void areas(ServiceDraft d, DraftProblems p) {
        for (int i = 0; i < d.areas().size(); i++) {
            ServiceDraft.ServiceAreaDraft a = d.areas().get(i);
            String path = "areas[" + i + "].";
            if (a.territoryId() == null && DraftProblems.strip(a.name()) == null) {
                p.add(path + "name", "area.empty", "an area is a territory or has a name");
            }
            if (a.territoryId() != null && territories.findById(a.territoryId()).isEmpty()) {
                p.add(
                        path + "territoryId",
                        "territory.unknown",
                        "no territory with id " + a.territoryId(),
                        a.territoryId());
            }
            p.length(path + "name", a.name(), 300);
        }
    }

    private static void costs(ServiceDraft d, DraftProblems p) {
        for (int i = 0; i < d.costOptions().size(); i++) {
            ServiceDraft.CostOptionDraft c = d.costOptions().get(i);
            String path = "costOptions[" + i + "].";
            p.length(path + "option", c.option(), 300);
            p.length(path + "amountDescription", c.amountDescription(), 300);
            if (c.amount() != null && (c.amount().signum() < 0 || c.amount().compareTo(MAX_AMOUNT) > 0)) {
                p.add(path + "amount", "amount", "must be between 0 and 9,999,999,999.99");
            }
            if (c.currency() != null
                    && !c.currency().isBlank()
                    && !c.currency().strip().matches("[A-Z]{3}")) {
                p.add(path + "currency", "currency", "must be an ISO 4217 code such as EUR");
            }
            if (c.validFrom() != null && c.validTo() != null && c.validTo().isBefore(c.validFrom())) {
                p.add(path + "validTo", "ends-before-start", "ends before it starts");
            }
        }
    }

    private static void translations(ServiceDraft d, DraftProblems p) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.translations().size(); i++) {
            ServiceDraft.TranslationDraft t = d.translations().get(i);
            String path = "translations[" + i + "].";
            if (t.field() == null || !TRANSLATABLE.contains(t.field().strip())) {
                p.add(path + "field", "translation.field", "must be one of " + TRANSLATABLE, t.field());
            }
            p.language(path + "lang", t.lang());
            p.required(path + "text", t.text());
            if (t.field() != null
                    && t.lang() != null
                    && !seen.add(t.field().strip() + "/" + t.lang().strip())) {
                p.add(path + "lang", "duplicate", "is named twice");
            }
        }
    }

    private void sites(ServiceDraft d, UUID serviceId, DraftProblems p) {
        Set<UUID> places = new HashSet<>();
        for (int i = 0; i < d.sites().size(); i++) {
            ServiceDraft.SiteDraft s = d.sites().get(i);
            String path = "sites[" + i + "].";
            if ((s.locationId() == null) == (s.newLocation() == null)) {
                p.add(path + "locationId", "site.place", "a site names an existing place or a new one");
            } else if (s.locationId() != null) {
                if (!locations.exists(s.locationId())) {
                    p.add(
                            path + "locationId",
                            "location.unknown",
                            "no place with id " + s.locationId(),
                            s.locationId());
                } else if (!places.add(s.locationId())) {
                    p.add(path + "locationId", "duplicate", "the service is offered at this place already");
                }
            } else {
                locations.check(s.newLocation(), path + "newLocation.", p);
                if (s.newLocation().id() != null
                        && locations.exists(s.newLocation().id())) {
                    p.add(
                            path + "newLocation.id",
                            "id.taken",
                            "a place with this id exists",
                            s.newLocation().id());
                }
            }
            ScheduleChecks.schedules(p, path, s.schedules());
            ScheduleChecks.phones(p, path, s.phones());
            ScheduleChecks.contacts(p, path, s.contacts());
        }
    }
}
