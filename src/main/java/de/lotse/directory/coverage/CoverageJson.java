package de.lotse.directory.coverage;

import de.lotse.territory.Territory;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON of {@code GET /api/v1/directory/coverage}: aggregates of published content only. */
final class CoverageJson {

    private CoverageJson() {}

    record TerritoryRef(String key, String ags, String name) {
        static TerritoryRef of(Territory t) {
            return new TerritoryRef(t.key(), t.ags() == null ? null : t.ags().value(), t.name());
        }
    }

    record TermRef(String code, String name, Integer minimumAge, Integer maximumAge) {
        static TermRef of(CoverageTerms.Term t) {
            return t == null ? null : new TermRef(t.code(), t.name(), t.minimumAge(), t.maximumAge());
        }
    }

    record Summary(
            int municipalities,
            int municipalitiesMeetingRule,
            List<TerritoryRef> gaps,
            int services,
            double weeklyHours,
            double decentralHours) {}

    /**
     * The population a rate is related to: kind AGE_GROUP (monitoring indicators, ages ageFrom..ageTo, exact or an
     * approximation of the target group's range), TOTAL_POPULATION (territory register; fallback = true when it stands
     * in for a target group without age data) or NONE.
     */
    record Basis(
            String kind,
            Long population,
            String period,
            List<String> indicators,
            Integer ageFrom,
            Integer ageTo,
            boolean exact,
            boolean fallback,
            String source) {
        static Basis of(PopulationBasis.Basis b) {
            return new Basis(
                    b.kind().name(),
                    b.population(),
                    b.period(),
                    b.indicators(),
                    b.ageFrom(),
                    b.ageTo(),
                    b.exact(),
                    b.fallback(),
                    b.source());
        }
    }

    record Facility(
            UUID serviceId,
            String serviceName,
            UUID locationId,
            String locationName,
            String facilityType,
            double weeklyHours,
            boolean exampleData) {
        static Facility of(CoverageReport.Facility f) {
            return new Facility(
                    f.serviceId(),
                    f.serviceName(),
                    f.locationId(),
                    f.locationName(),
                    f.facilityType(),
                    round(f.weeklyHours()),
                    f.exampleData());
        }
    }

    record Nearest(UUID serviceId, String serviceName, String locationName, double distanceKm) {
        static Nearest of(CoverageReport.Nearest n) {
            return n == null
                    ? null
                    : new Nearest(n.serviceId(), n.serviceName(), n.locationName(), round(n.distanceKm()));
        }
    }

    record Municipality(
            TerritoryRef territory,
            int services,
            int sites,
            double weeklyHours,
            double decentralHours,
            boolean ruleMet,
            List<Facility> ruleFacilities,
            Basis populationBasis,
            Double hoursPer1000,
            Nearest nearestOffer,
            Map<String, Integer> servicesByCategory) {
        static Municipality of(CoverageReport.Row r) {
            return new Municipality(
                    TerritoryRef.of(r.municipality()),
                    r.services(),
                    r.sites(),
                    round(r.weeklyHours()),
                    round(r.decentralHours()),
                    r.ruleMet(),
                    r.ruleFacilities().stream().map(Facility::of).toList(),
                    Basis.of(r.basis()),
                    r.hoursPer1000() == null ? null : Math.round(r.hoursPer1000() * 1000) / 1000.0,
                    Nearest.of(r.nearest()),
                    r.servicesByCategory());
        }
    }

    /**
     * The whole answer.
     *
     * @param rule the rule evaluated per municipality, in words
     */
    record Coverage(
            TerritoryRef county,
            TermRef category,
            TermRef audience,
            String weekOf,
            String rule,
            Summary summary,
            List<Municipality> municipalities) {
        static Coverage of(CoverageReport report) {
            return new Coverage(
                    TerritoryRef.of(report.county()),
                    TermRef.of(report.category()),
                    TermRef.of(report.audience()),
                    report.weekOf().toString(),
                    "At least one school, Kita or family centre in the municipality with fixed (recurring) consultation"
                            + " hours of a matching service (county decision 2014/026).",
                    new Summary(
                            report.rows().size(),
                            report.municipalitiesMeetingRule(),
                            report.gaps().stream()
                                    .map(r -> TerritoryRef.of(r.municipality()))
                                    .toList(),
                            report.services(),
                            round(report.weeklyHours()),
                            round(report.decentralHours())),
                    report.rows().stream().map(Municipality::of).toList());
        }
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
