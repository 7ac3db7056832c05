package de.lotse.directory.coverage;

import de.lotse.directory.schedule.ConsultationCalendar;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage analysis for planners: per municipality of a county the services, consultation hours (all and
 * decentral), the 2014 rule "at least one facility with fixed consultation hours in every municipality", hours per
 * 1,000 inhabitants of the target group and the straight-line distance to the nearest offer.
 */
@Service
@Transactional(readOnly = true)
class CoverageAnalysis {

    private final Territories territories;
    private final CoverageSites sites;
    private final CoverageTerms terms;
    private final ConsultationCalendar hours;
    private final PopulationBasis population;
    private final MunicipalityCentres centres;
    private final Clock clock;
    private volatile CountyChoice countyChoice;

    CoverageAnalysis(
            Territories territories,
            CoverageSites sites,
            CoverageTerms terms,
            ConsultationCalendar hours,
            PopulationBasis population,
            MunicipalityCentres centres,
            Optional<Clock> clock) {
        this.territories = territories;
        this.sites = sites;
        this.terms = terms;
        this.hours = hours;
        this.population = population;
        this.centres = centres;
        this.clock = clock.orElse(Clock.system(ZoneId.of("Europe/Berlin")));
    }

    /** The county to analyse: the given key (a Kreis), else the home county. */
    Optional<Territory> county(String key) {
        if (key == null || key.isBlank()) {
            return territories.homeCounty();
        }
        return territories.find(key.strip()).filter(t -> t.level() == TerritoryLevel.COUNTY);
    }

    /** The counties that can be analysed: those with municipality boundaries loaded, and the home county. */
    List<Territory> counties() {
        String revision = territories.revision();
        CountyChoice cached = countyChoice;
        if (cached != null && cached.revision().equals(revision)) {
            return cached.counties();
        }
        Set<String> keys = new HashSet<>();
        for (Territory m : territories.allOfLevel(TerritoryLevel.MUNICIPALITY)) {
            String[] path = m.path().split("/");
            if (m.hasBoundary() && path.length > 1 && path[1].length() == 5) {
                keys.add(path[1]);
            }
        }
        territories.homeCounty().ifPresent(c -> keys.add(c.key()));
        List<Territory> counties = keys.stream()
                .map(k -> territories.find(new de.lotse.territory.TerritoryKey(k), TerritoryLevel.COUNTY))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Territory::name))
                .toList();
        countyChoice = new CountyChoice(revision, counties);
        return counties;
    }

    private record CountyChoice(String revision, List<Territory> counties) {}

    CoverageReport analyse(Territory county, CoverageTerms.Term category, CoverageTerms.Term audience, String lang) {
        LocalDate weekOf = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Territory> municipalities = territories.children(county, TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .sorted(Comparator.comparing(Territory::name))
                .toList();
        String categoryCode = category == null ? null : category.code();
        String audienceCode = audience == null ? null : audience.code();
        List<CoverageSite> inCounty =
                sites.inTerritories(municipalities.stream().map(Territory::id).toList(), categoryCode, audienceCode);
        List<CoverageSite> located = sites.located(categoryCode, audienceCode);
        Map<UUID, Double> weekly = new HashMap<>();
        for (CoverageSite s : inCounty) {
            weekly.put(s.serviceAtLocationId(), hoursOf(hours.weeklyHours(s.serviceAtLocationId(), weekOf)));
        }
        List<CoverageReport.Row> rows = new ArrayList<>();
        Set<String> categoryCodes = new HashSet<>();
        for (Territory m : municipalities) {
            List<CoverageSite> here = inCounty.stream()
                    .filter(s -> s.territoryId() != null && s.territoryId() == m.id())
                    .toList();
            here.forEach(s -> categoryCodes.addAll(s.categories()));
            rows.add(row(m, here, weekly, located, audience));
        }
        List<CoverageTerms.Term> categories = terms.of(CoverageTerms.CATEGORIES, lang).stream()
                .filter(t -> categoryCodes.contains(t.code()))
                .toList();
        return new CoverageReport(county, category, audience, weekOf, rows, categories);
    }

    private CoverageReport.Row row(
            Territory m,
            List<CoverageSite> here,
            Map<UUID, Double> weekly,
            List<CoverageSite> located,
            CoverageTerms.Term audience) {
        double total = 0;
        double decentral = 0;
        List<CoverageReport.Facility> facilities = new ArrayList<>();
        Map<String, Set<UUID>> byCategory = new TreeMap<>();
        for (CoverageSite s : here) {
            double h = weekly.getOrDefault(s.serviceAtLocationId(), 0.0);
            total += h;
            if (s.decentral()) {
                decentral += h;
                if (h > 0 && s.recurring()) {
                    facilities.add(new CoverageReport.Facility(
                            s.serviceId(),
                            s.serviceName(),
                            s.locationId(),
                            s.locationName(),
                            s.facilityType().name(),
                            h,
                            s.exampleData()));
                }
            }
            s.categories()
                    .forEach(c ->
                            byCategory.computeIfAbsent(c, k -> new HashSet<>()).add(s.serviceId()));
        }
        Map<String, Integer> servicesByCategory = new LinkedHashMap<>();
        byCategory.forEach((c, ids) -> servicesByCategory.put(c, ids.size()));
        PopulationBasis.Basis basis = population.of(
                m, audience == null ? null : audience.minimumAge(), audience == null ? null : audience.maximumAge());
        Double per1000 =
                basis.population() == null || basis.population() == 0 ? null : total * 1000.0 / basis.population();
        int services =
                (int) here.stream().map(CoverageSite::serviceId).distinct().count();
        return new CoverageReport.Row(
                m,
                services,
                here.size(),
                total,
                decentral,
                !facilities.isEmpty(),
                List.copyOf(facilities),
                basis,
                per1000,
                nearest(m, located),
                servicesByCategory);
    }

    private CoverageReport.Nearest nearest(Territory m, List<CoverageSite> located) {
        Optional<MunicipalityCentres.Centre> centre = centres.of(m);
        if (centre.isEmpty()) {
            return null;
        }
        CoverageReport.Nearest best = null;
        for (CoverageSite s : located) {
            double d = MunicipalityCentres.distanceKm(
                    centre.get().latitude(), centre.get().longitude(), s.latitude(), s.longitude());
            if (best == null || d < best.distanceKm()) {
                best = new CoverageReport.Nearest(s.serviceId(), s.serviceName(), s.locationName(), d);
            }
        }
        return best;
    }

    private static double hoursOf(Duration d) {
        return d.toMinutes() / 60.0;
    }
}
