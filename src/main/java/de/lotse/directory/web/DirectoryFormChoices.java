package de.lotse.directory.web;

import de.lotse.directory.AttendingType;
import de.lotse.directory.DirectoryServiceQueries;
import de.lotse.directory.DirectoryTaxonomy;
import de.lotse.directory.FacilityType;
import de.lotse.directory.ScheduleKind;
import de.lotse.directory.ServiceStatus;
import de.lotse.directory.StoredLocation;
import de.lotse.directory.Taxonomy;
import de.lotse.indicator.LifeStage;
import de.lotse.organisation.Organisations;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of the directory forms and filters: organisations, terms, places, municipalities, enums. */
@Component
class DirectoryFormChoices {

    /** A choice with a value and a label. */
    record Choice(String value, String label) {}

    static final List<String> WEEKDAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    static final int MAX_PLACES = 2000;

    private final Organisations organisations;
    private final DirectoryTaxonomy taxonomy;
    private final DirectoryServiceQueries queries;
    private final Territories territories;
    private final de.lotse.directory.DirectoryLocations locations;

    DirectoryFormChoices(
            Organisations organisations,
            DirectoryTaxonomy taxonomy,
            DirectoryServiceQueries queries,
            Territories territories,
            de.lotse.directory.DirectoryLocations locations) {
        this.locations = locations;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.queries = queries;
        this.territories = territories;
    }

    void addTo(Model model, Locale locale) {
        addTo(model, locale, List.of());
    }

    /**
     * The choices; {@code currentPlaces} (the places a service is offered at now) are always among the place choices,
     * even beyond the first {@value #MAX_PLACES}.
     */
    void addTo(Model model, Locale locale, java.util.Collection<java.util.UUID> currentPlaces) {
        String lang = locale.getLanguage();
        model.addAttribute(
                "organisationChoices",
                organisations.list().stream()
                        .map(o -> new Choice(Long.toString(o.id()), o.name()))
                        .toList());
        model.addAttribute("categoryChoices", terms(Taxonomy.CATEGORIES, lang));
        model.addAttribute("audienceChoices", terms(Taxonomy.AUDIENCES, lang));
        model.addAttribute("fieldChoices", terms(Taxonomy.FIELDS_OF_ACTION, lang));
        model.addAttribute("lifeStages", LifeStage.values());
        model.addAttribute(
                "statuses",
                Arrays.stream(ServiceStatus.values()).map(ServiceStatus::hsds).toList());
        model.addAttribute("facilityTypes", FacilityType.values());
        model.addAttribute("scheduleKinds", ScheduleKind.values());
        model.addAttribute("attendingTypes", AttendingType.values());
        model.addAttribute("weekdays", WEEKDAYS);
        model.addAttribute("placeChoices", places(currentPlaces));
        model.addAttribute("municipalityChoices", municipalities());
        model.addAttribute("areaChoices", areas());
    }

    List<Choice> terms(String taxonomyKey, String lang) {
        return taxonomy.terms(taxonomyKey).stream()
                .map(t -> new Choice(t.code(), t.label(lang)))
                .toList();
    }

    private List<Choice> places(java.util.Collection<java.util.UUID> currentPlaces) {
        List<StoredLocation> rows =
                new ArrayList<>(queries.locations(null, 0, MAX_PLACES).rows());
        java.util.Set<java.util.UUID> listed =
                rows.stream().map(StoredLocation::id).collect(java.util.stream.Collectors.toSet());
        List<java.util.UUID> missing =
                currentPlaces.stream().filter(id -> !listed.contains(id)).toList();
        rows.addAll(locations.findAll(missing).values());
        List<Territory> ts = new ArrayList<>(territories
                .findAllById(rows.stream()
                        .map(StoredLocation::territoryId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .values());
        return rows.stream()
                .map(l -> new Choice(
                        l.id().toString(),
                        l.content().name()
                                + (l.content().city() == null
                                        ? ""
                                        : ", " + l.content().city())
                                + ts.stream()
                                        .filter(t -> t.id() == (l.territoryId() == null ? -1 : l.territoryId()))
                                        .findFirst()
                                        .map(t -> " (" + t.name() + ")")
                                        .orElse("")))
                .toList();
    }

    /** The municipalities of the home county (all of Germany would not fit a choice list). */
    List<Choice> municipalities() {
        return territories
                .homeCounty()
                .map(county -> territories.children(county, TerritoryLevel.MUNICIPALITY).stream()
                        .filter(Territory::isCurrent)
                        .map(t -> new Choice(Long.toString(t.id()), t.name()))
                        .toList())
                .orElse(List.of());
    }

    /** Areas a service can serve: the home county and its municipalities. */
    List<Choice> areas() {
        List<Choice> choices = new ArrayList<>();
        territories.homeCounty().ifPresent(c -> choices.add(new Choice(Long.toString(c.id()), c.name())));
        choices.addAll(municipalities());
        return choices;
    }
}
